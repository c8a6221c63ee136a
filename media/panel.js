// Script of the Perf Coach explainer panel (loaded with a nonce; no inline
// handlers anywhere). It reveals answers, drives the interactive cost
// picture, forwards link clicks to the extension, and keeps what the user
// opened, the slider values and the scroll position in webview state, so
// the panel looks the same after it was hidden or VS Code restarted.
// Messages it sends are typed in src/extension/knowledge/views.ts (PanelMessage).
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const body = document.body;
  const viewKey = body.dataset.viewKey || '';
  let view = null;
  try {
    view = JSON.parse(body.dataset.view || 'null');
  } catch {
    view = null;
  }

  // Webview state: the view on screen (the serializer rebuilds the panel
  // from it after a restart) and, per recently shown view, what was revealed,
  // the slider values and the scroll position, so "Back" returns to the page
  // as the user left it. The panel is reused, so pages are keyed by view.
  const MAX_PAGES = 20;
  const saved = vscode.getState();
  const pages = saved && typeof saved.pages === 'object' && saved.pages ? saved.pages : {};
  const page = pages[viewKey] || {};
  const state = {
    revealed: Array.isArray(page.revealed) ? page.revealed : [],
    sliders: page.sliders && typeof page.sliders === 'object' ? page.sliders : {},
    scrollY: Number(page.scrollY) || 0,
  };
  const save = () => {
    delete pages[viewKey];
    pages[viewKey] = state; // re-inserted last: object key order is the recency order
    const keys = Object.keys(pages);
    for (const key of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) delete pages[key];
    vscode.setState({ view, viewKey, pages });
  };

  // ---------------------------------------------------------------------------
  // Reveal-on-click (hints, model answers, follow-ups): disclosure buttons.

  function setRevealed(button, open) {
    const target = document.getElementById(button.getAttribute('aria-controls') || '');
    if (!target) return;
    target.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    const label = open ? button.dataset.hideLabel : button.dataset.showLabel;
    if (label) button.textContent = label;
    const id = target.id;
    const at = state.revealed.indexOf(id);
    if (open && at < 0) state.revealed.push(id);
    if (!open && at >= 0) state.revealed.splice(at, 1);
  }

  for (const id of state.revealed) {
    const button = document.querySelector(`button[data-action="reveal"][aria-controls="${CSS.escape(id)}"]`);
    if (button) setRevealed(button, true);
  }

  // ---------------------------------------------------------------------------
  // Clicks: knowledge links go to the extension, in-page links scroll,
  // buttons act.

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;

    const kbLink = target.closest('a[data-kb-kind]');
    if (kbLink) {
      event.preventDefault();
      const kind = kbLink.getAttribute('data-kb-kind');
      const id = kbLink.getAttribute('data-kb-id');
      vscode.postMessage(kind === 'home' ? { type: 'open', kind: 'home' } : { type: 'open', kind, id });
      return;
    }

    const anchor = target.closest('a[href^="#"]');
    if (anchor) {
      const section = document.getElementById(decodeURIComponent(anchor.getAttribute('href').slice(1)));
      if (section) {
        event.preventDefault();
        const fold = section.querySelector('details.fold');
        if (fold) fold.open = true;
        section.scrollIntoView({ block: 'start' });
        // Move keyboard focus along with the view.
        const heading = section.querySelector('h2, h3') || section;
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
      return;
    }

    const button = target.closest('button[data-action]');
    if (!button) return;
    switch (button.dataset.action) {
      case 'reveal':
        setRevealed(button, button.getAttribute('aria-expanded') !== 'true');
        save();
        break;
      case 'back':
      case 'revealFinding':
      case 'anotherQuestion':
        vscode.postMessage({ type: button.dataset.action });
        break;
    }
  });

  // ---------------------------------------------------------------------------
  // Interactive cost picture: sliders → model (media/cost-model.js) → SVG.

  const SVG = 'http://www.w3.org/2000/svg';
  const model = self.perfCoachCostModel;
  const figure = document.querySelector('.cost-interactive');

  function svgEl(name, attrs, text) {
    const el = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /** A round step for about `count` axis ticks: 1, 2 or 5 × 10^k. */
  function niceStep(max, count) {
    const raw = max / count;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const unit = raw / power;
    return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
  }

  function drawTimeline(container, result) {
    const width = Math.max(320, Math.floor(container.clientWidth || 640));
    const labelWidth = Math.min(150, Math.round(width * 0.24));
    const x0 = labelWidth + 8;
    const x1 = width - 8;
    const plot = x1 - x0;
    const rowHeight = 16;
    const rowGap = 5;
    const scale = (t) => x0 + (t / result.max) * plot;

    const parts = [];
    let y = 0;
    for (const group of result.groups) {
      y += 16;
      parts.push(svgEl('text', { x: 0, y, class: 'tl-group-title' }, group.title));
      parts.push(svgEl('text', { x: x1, y, class: `tl-total tl-total-${group.verdict}`, 'text-anchor': 'end' }, `≈ ${model.formatMs(group.total)}`));
      y += 6;
      for (const row of group.rows) {
        const top = y;
        parts.push(svgEl('text', { x: 0, y: top + rowHeight - 4, class: 'tl-label' }, row.label));
        parts.push(svgEl('rect', { x: x0, y: top, width: plot, height: rowHeight, class: 'tl-track', rx: 2 }));
        for (const s of row.segments) {
          const left = scale(s.start);
          let w = scale(s.end) - left;
          // Leave a hairline between wide neighbours so single calls stay countable.
          if (w >= 4) w -= 1;
          const rect = svgEl('rect', { x: left.toFixed(2), y: top + 1, width: Math.max(0.75, w).toFixed(2), height: rowHeight - 2, class: `tl-seg tl-${s.kind}`, rx: w >= 4 ? 1.5 : 0 });
          rect.appendChild(svgEl('title', {}, `${s.title}: ${model.formatMs(s.end - s.start)}`));
          parts.push(rect);
        }
        y += rowHeight + rowGap;
      }
      y += 8;
    }
    // Time axis.
    const step = niceStep(result.max, Math.max(2, Math.floor(plot / 90)));
    parts.push(svgEl('line', { x1: x0, y1: y, x2: x1, y2: y, class: 'tl-axis' }));
    for (let t = 0; t <= result.max * 1.0001; t += step) {
      const x = scale(t);
      parts.push(svgEl('line', { x1: x, y1: y, x2: x, y2: y + 4, class: 'tl-axis' }));
      // Keep the first and last labels inside the picture.
      const anchor = t === 0 ? 'start' : x > x1 - 30 ? 'end' : 'middle';
      parts.push(svgEl('text', { x, y: y + 16, class: 'tl-tick', 'text-anchor': anchor }, t === 0 ? '0' : model.formatMs(t)));
    }
    y += 22;

    const svg = svgEl('svg', { viewBox: `0 0 ${width} ${y}`, width, height: y, 'aria-hidden': 'true', focusable: 'false' });
    for (const p of parts) svg.appendChild(p);
    container.replaceChildren(svg);
  }

  function setupCostPicture() {
    if (!figure || !model) return;
    const name = figure.dataset.model;
    let fixed = {};
    try {
      fixed = JSON.parse(figure.dataset.fixed || '{}');
    } catch {
      fixed = {};
    }
    const sliders = Array.from(figure.querySelectorAll('input[type="range"][data-param]'));
    const timeline = figure.querySelector('.timeline');
    const legend = figure.querySelector('.tl-legend');
    const facts = figure.querySelector('.cost-facts');

    for (const input of sliders) {
      const value = state.sliders[input.dataset.param];
      if (value !== undefined) input.value = String(value);
    }

    let pending = 0;
    function update() {
      pending = 0;
      const params = { ...fixed };
      for (const input of sliders) {
        const unit = input.dataset.unit ? ` ${input.dataset.unit}` : '';
        params[input.dataset.param] = Number(input.value);
        const output = document.getElementById(`${input.id}-value`);
        if (output) output.textContent = `${input.value}${unit}`;
        input.setAttribute('aria-valuetext', `${input.value}${unit}`);
      }
      const result = model.compute(name, params);
      if (!result) return;
      drawTimeline(timeline, result);
      if (legend && !legend.childElementCount) {
        legend.replaceChildren(
          ...result.legend.map((item) => {
            const li = document.createElement('li');
            const swatch = document.createElement('span');
            swatch.className = `swatch tl-${item.kind}`;
            swatch.setAttribute('aria-hidden', 'true');
            li.append(swatch, item.label);
            return li;
          }),
        );
      }
      facts.replaceChildren(...result.facts.map((f) => Object.assign(document.createElement('li'), { textContent: f })));
      timeline.setAttribute('aria-label', result.groups.map((g) => `${g.title}: about ${model.formatMs(g.total)}`).join('. '));
    }
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(update);
    };

    for (const input of sliders) {
      input.addEventListener('input', () => {
        state.sliders[input.dataset.param] = Number(input.value);
        schedule();
      });
      input.addEventListener('change', save);
    }
    new ResizeObserver(schedule).observe(timeline);
    update();
  }

  setupCostPicture();

  // ---------------------------------------------------------------------------
  // Scroll position, restored when the panel is shown again.

  let scrollTimer = 0;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      state.scrollY = Math.round(window.scrollY);
      save();
    }, 150);
  });
  // VS Code carries the previous page's scroll position over when the panel's
  // HTML is replaced (in its own 'load' listener, registered before this one);
  // a new page starts at the top, a revisited one where it was left.
  window.addEventListener('load', () => {
    requestAnimationFrame(() => window.scrollTo({ top: state.scrollY, behavior: 'instant' }));
  });
  save();
})();
