// Builds the explainer panel's HTML from the catalog. No `vscode` import: the
// caller passes the webview's CSP source, a fresh nonce and resource URIs,
// so the markup, the escaping and the CSP are unit-tested directly.
//
// Trust: the catalog's `*Html` fields were rendered at build time from our
// own Markdown with raw HTML disabled, so they are inserted as they are.
// Everything else (titles, summaries, ids, and above all the user's own
// snippet and finding message) goes through escapeHtml.
import type { CatalogQuestion, CatalogRule, CatalogTopic } from '../../knowledge/schema.js';
import type { CatalogIndex } from './catalog.js';
import { rulesForTopic } from './topic-tree-model.js';
import { headingWords, renderUserCode } from './user-code.js';
import { viewKey, type FindingSnapshot, type PanelView } from './views.js';

export interface PageAssets {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Fresh per render; base64 characters only. */
  nonce: string;
  styleUri: string;
  scriptUri: string;
  costModelUri: string;
  /** Webview URI of a file in media/. */
  mediaUri(file: string): string;
}

export interface PageOptions {
  canGoBack: boolean;
}

export interface RenderedPage {
  title: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/**
 * Only our own stylesheet, images and nonce-tagged scripts may load; no
 * inline styles or handlers, no fetches, frames, forms or <base>.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  if (!NONCE.test(nonce)) throw new Error('contentSecurityPolicy: the nonce must be at least 16 base64 characters');
  // VS Code's value looks like "'self' https://*.vscode-cdn.net": several sources, but never a second directive.
  if (/[;,\r\n"]/.test(cspSource)) throw new Error(`contentSecurityPolicy: unexpected webview CSP source ${JSON.stringify(cspSource)}`);
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// ---------------------------------------------------------------------------
// The interactive cost pictures: which model each rule uses and its sliders.
// The models themselves live in media/cost-model.js (they run in the webview).

export interface SliderSpec {
  param: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  unit: string;
}

export interface CostPictureSpec {
  model: 'roundTrips' | 'eventLoop' | 'awaits' | 'connections';
  /** One sentence above the sliders saying what the picture shows. */
  intro: string;
  sliders: SliderSpec[];
  /** Parameters the user does not change. */
  fixed?: Record<string, string | number>;
}

export const COST_PICTURES: Readonly<Record<string, CostPictureSpec>> = {
  'no-n-plus-one': {
    model: 'roundTrips',
    intro: 'One list query followed by a query per item, against the list query plus one batched query. Each red block is a full round trip.',
    sliders: [
      { param: 'n', label: 'Items in the list (N)', min: 1, max: 1000, step: 1, value: 200, unit: '' },
      { param: 'rtt', label: 'Round-trip time to the database', min: 0.1, max: 20, step: 0.1, value: 1, unit: 'ms' },
    ],
  },
  'no-blocking-io': {
    model: 'eventLoop',
    intro: 'Requests that arrive together, each making one synchronous call, plus a health check that needs 1 ms. Synchronous calls run one at a time on the event loop; their async versions run on libuv’s thread pool.',
    sliders: [
      { param: 'block', label: 'Duration of the synchronous call', min: 1, max: 200, step: 1, value: 68, unit: 'ms' },
      { param: 'requests', label: 'Requests arriving together', min: 1, max: 32, step: 1, value: 8, unit: '' },
    ],
    fixed: { lanes: 4, laneLabel: 'libuv thread' },
  },
  'no-sync-logging': {
    model: 'eventLoop',
    intro: 'Requests that arrive together, each writing a log line synchronously, plus a health check that needs 1 ms. A line written to a file took about 0.02 ms in our measurement; a busy disk or a log shipper that falls behind makes each write far slower. An asynchronous logger hands the write to a worker thread and the loop moves on.',
    sliders: [
      { param: 'block', label: 'Time of one synchronous log write', min: 0.01, max: 20, step: 0.01, value: 0.02, unit: 'ms' },
      { param: 'requests', label: 'Requests arriving together', min: 1, max: 100, step: 1, value: 20, unit: '' },
    ],
    fixed: { lanes: 1, laneLabel: 'Logger worker' },
  },
  'no-sequential-await': {
    model: 'awaits',
    intro: 'Independent calls in one handler, awaited one after another against started together and awaited once. The calls take different times, as real ones do.',
    sliders: [
      { param: 'calls', label: 'Independent calls', min: 2, max: 8, step: 1, value: 3, unit: '' },
      { param: 'latency', label: 'Typical latency of a call', min: 1, max: 500, step: 1, value: 40, unit: 'ms' },
    ],
  },
  'prefer-connection-pool': {
    model: 'connections',
    intro: 'A burst of requests, each opening its own connection, against a pool of 10 connections opened once at start-up. Each request runs one 1 ms query.',
    sliders: [
      { param: 'requests', label: 'Requests in the burst', min: 1, max: 200, step: 1, value: 20, unit: '' },
      { param: 'setup', label: 'Connection setup (TCP, TLS, auth)', min: 1, max: 100, step: 1, value: 15, unit: 'ms' },
    ],
  },
};

// ---------------------------------------------------------------------------
// Page

export function renderPanelPage(index: CatalogIndex, view: PanelView, assets: PageAssets, options: PageOptions): RenderedPage {
  const { title, body } = renderBody(index, view);
  const csp = contentSecurityPolicy(assets.cspSource, assets.nonce);
  const toolbar = renderToolbar(index, view, options);
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(assets.styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body data-view-key="${escapeHtml(viewKey(view))}" data-view="${escapeHtml(JSON.stringify(view))}">
${toolbar}
<main id="main" class="page page-${view.kind}">
${body(assets)}
</main>
<script nonce="${assets.nonce}" src="${escapeHtml(assets.costModelUri)}"></script>
<script nonce="${assets.nonce}" src="${escapeHtml(assets.scriptUri)}"></script>
</body>
</html>`;
  return { title, html };
}

/** Panel tab title for a view. */
export function panelTitle(index: CatalogIndex, view: PanelView): string {
  switch (view.kind) {
    case 'rule':
      return index.rules.get(view.id)?.title ?? 'Perf Coach';
    case 'topic':
      return index.topics.get(view.id)?.title ?? 'Perf Coach';
    case 'question':
      return view.practice ? 'Practice question' : 'Interview question';
    case 'home':
      return 'Perf Coach';
  }
}

type Body = { title: string; body: (assets: PageAssets) => string };

function renderBody(index: CatalogIndex, view: PanelView): Body {
  const title = panelTitle(index, view);
  switch (view.kind) {
    case 'rule': {
      const rule = index.rules.get(view.id);
      return rule ? { title, body: (a) => rulePage(index, rule, view.finding, a) } : notFound('pattern', view.id);
    }
    case 'topic': {
      const topic = index.topics.get(view.id);
      return topic ? { title, body: () => topicPage(index, topic) } : notFound('topic', view.id);
    }
    case 'question': {
      const question = index.questions.get(view.id);
      return question ? { title, body: () => questionPage(index, question, view.practice?.foundRuleIds) } : notFound('question', view.id);
    }
    case 'home':
      return { title, body: () => homePage(index) };
  }
}

function notFound(kind: string, id: string): Body {
  return {
    title: 'Perf Coach',
    body: () => `<h1>Not found</h1>
<p>The knowledge base has no ${escapeHtml(kind)} called <code>${escapeHtml(id)}</code>. It may have been renamed in a newer version.</p>
<p><a href="#home" data-kb-kind="home" data-kb-id="home">Browse all topics</a></p>`,
  };
}

function renderToolbar(index: CatalogIndex, view: PanelView, options: PageOptions): string {
  const back = options.canGoBack
    ? '<button type="button" class="toolbar-button" data-action="back" title="Back to the previous page"><span aria-hidden="true">←</span> Back</button>'
    : '';
  const category = view.kind === 'home' ? undefined : categoryOf(index, view);
  const crumbs = [
    view.kind === 'home' ? '<span>Perf Coach</span>' : link('home', 'home', 'Perf Coach'),
    ...(category ? [`<span>${escapeHtml(category)}</span>`] : []),
  ].join('<span class="crumb-separator" aria-hidden="true">›</span>');
  return `<nav class="toolbar" aria-label="Navigation">${back}<span class="crumbs">${crumbs}</span></nav>`;
}

function categoryOf(index: CatalogIndex, view: Exclude<PanelView, { kind: 'home' }>): string | undefined {
  const item = view.kind === 'rule' ? index.rules.get(view.id) : view.kind === 'topic' ? index.topics.get(view.id) : index.questions.get(view.id);
  return item ? index.categories.get(item.category)?.title : undefined;
}

/** A link the webview turns into "open this entry" (same convention as the catalog's rendered links). */
function link(kind: 'rule' | 'topic' | 'question' | 'home', id: string, text: string, className?: string): string {
  const cls = className ? ` class="${className}"` : '';
  return `<a href="#${kind}:${escapeHtml(id)}" data-kb-kind="${kind}" data-kb-id="${escapeHtml(id)}"${cls}>${escapeHtml(text)}</a>`;
}

/** Escapes text and shows its `backticked` parts as code, the way finding messages are written. */
export function escapeWithCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function badge(text: string, className = ''): string {
  return `<span class="badge${className ? ` ${className}` : ''}">${escapeHtml(text)}</span>`;
}

// ---------------------------------------------------------------------------
// Rule explainer

/** The first rendered `// ✅` (or `// ❌`) example of the Examples section. */
export function firstExample(rule: CatalogRule, verdict: 'good' | 'bad'): string | undefined {
  const html = rule.sections.find((s) => s.id === 'examples')?.html ?? '';
  const m = new RegExp(`<pre class="hljs example example-${verdict}">[\\s\\S]*?</pre>`).exec(html);
  return m?.[0];
}

/** Removes the indentation shared by all non-blank lines, and blank lines at either end. */
export function dedent(code: string): string {
  const lines = code.replace(/\t/g, '  ').split(/\r?\n/);
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines.at(-1)!.trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

export function fileLabel(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}

/** Explainer sections that start folded: reference material, read on demand. */
export const FOLDED_SECTIONS: ReadonlySet<string> = new Set(['when-it-is-fine', 'how-to-verify-the-fix', 'examples']);

function rulePage(index: CatalogIndex, rule: CatalogRule, finding: FindingSnapshot | undefined, assets: PageAssets): string {
  const category = index.categories.get(rule.category)?.title ?? rule.category;
  const sections = new Map(rule.sections.map((s) => [s.id, s]));
  // Every section folds; the reference parts start folded, so the page opens on what, why and
  // how to fix (the table of contents unfolds a section it jumps to).
  const section = (id: string, extra = '') => {
    const s = sections.get(id as CatalogRule['sections'][number]['id']);
    if (!s || !s.html.trim()) return '';
    const open = FOLDED_SECTIONS.has(s.id) ? '' : ' open';
    return `<section id="${escapeHtml(s.id)}" aria-labelledby="${escapeHtml(s.id)}-heading">
<details class="fold"${open}><summary><h2 id="${escapeHtml(s.id)}-heading">${escapeHtml(s.title)}</h2></summary>
${s.html}${extra}
</details>
</section>`;
  };
  const compare = compareSection(rule, finding);
  const toc = [
    ...(compare ? [['compare', finding ? 'Your code and the fix' : 'Before and after']] : []),
    ...rule.sections.filter((s) => s.html.trim()).map((s) => [s.id, s.title]),
    ['questions', 'Interview questions'],
    ['related', 'Related topics'],
  ]
    .map(([id, text]) => `<li><a href="#${escapeHtml(id!)}">${escapeHtml(text!)}</a></li>`)
    .join('');

  return `<header class="page-header">
<h1>${escapeHtml(rule.title)}</h1>
<p class="badges">${badge(`perf-coach/${rule.id}`, 'badge-rule')}${badge(category)}${badge(rule.severity === 'error' ? 'error by default' : 'warning by default', `badge-${rule.severity}`)}</p>
<p class="summary">${escapeHtml(rule.summary)}</p>
<p class="cost-line"><span class="cost-label">Cost</span> ${escapeHtml(rule.cost)}</p>
</header>
<nav class="toc" aria-label="On this page"><ul>${toc}</ul></nav>
${compare}
${section('what-it-is')}
${section('why-it-costs', costPicture(rule, assets))}
${section('how-to-fix-it')}
${section('when-it-is-fine')}
${section('how-to-verify-the-fix')}
${section('examples')}
${questionsSection(index, rule.questions, 'Interview questions', 'Questions an interviewer could ask about this pattern. Try your own answer before revealing the model one.')}
${relatedTopicsSection(index, rule.topics)}`;
}

/** Inline SVG icons (no emoji or symbol glyphs: the editor's fonts may lack them). */
export const ICONS = {
  good: '<svg class="icon verdict-good" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.3 11.6 2.7 8l1-1 2.6 2.6 6-6 1 1z"/></svg>',
  bad: '<svg class="icon verdict-bad" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path fill="currentColor" d="m8 7 3.6-3.6 1 1L9 8l3.6 3.6-1 1L8 9l-3.6 3.6-1-1L7 8 3.4 4.4l1-1z"/></svg>',
  warning: '<svg class="icon icon-warning" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8 1.5 15 14H1zm0 2.1L2.7 13h10.6zM7.4 6h1.2v4H7.4zm0 5h1.2v1.2H7.4z"/></svg>',
};

/**
 * The part of "How to fix it" for a library: the `###` whose heading names it, cut at the next
 * `###`; its first code block, or its text when it has none.
 */
export function libraryFix(rule: CatalogRule, library: string | undefined): { heading: string; html: string } | undefined {
  if (!library) return undefined;
  const html = rule.sections.find((s) => s.id === 'how-to-fix-it')?.html ?? '';
  const words = headingWords(library).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const named = new RegExp(`(^|[^\\w-])(${words.join('|')})($|[^\\w-])`, 'i');
  const parts = html.split(/(?=<h3[\s>])/);
  for (const part of parts) {
    const m = /^<h3[^>]*>([\s\S]*?)<\/h3>/.exec(part);
    if (!m || !named.test(m[1]!.replace(/<[^>]+>/g, ''))) continue;
    const body = part.slice(m[0].length);
    const pre = /<pre[\s\S]*?<\/pre>/.exec(body)?.[0];
    return { heading: m[1]!.replace(/<[^>]+>/g, ''), html: pre ?? body };
  }
  return undefined;
}

function compareSection(rule: CatalogRule, finding: FindingSnapshot | undefined): string {
  const example = firstExample(rule, 'good');
  if (finding) {
    const where = `${fileLabel(finding.uri)}:${finding.line + 1}`;
    const code = finding.code;
    const reveal = `<p class="pane-actions"><button type="button" class="secondary" data-action="revealFinding">Open ${escapeHtml(where)} in the editor</button></p>`;
    let body: string;
    if (code?.fix) {
      // The rule's own suggestion, as a change of the user's lines.
      body = `<h3>${ICONS.good} The rule's fix for your code <span class="where">${escapeHtml(where)}</span></h3>
<p class="fix-desc">${escapeWithCode(code.fix.desc)} It is one of the quick fixes on the finding (Ctrl+.).</p>
${renderUserCode(code, 'Your code with the suggested change: removed lines marked -, added lines marked +')}
${reveal}`;
    } else {
      const lib = libraryFix(rule, finding.library);
      const fixPane = lib
        ? `<div class="compare-pane compare-good"><h3>${ICONS.good} The fix with ${escapeHtml(lib.heading)}</h3>${lib.html}</div>`
        : example
          ? `<div class="compare-pane compare-good"><h3>${ICONS.good} A fix, from the examples</h3>${example}</div>`
          : '';
      const mine = code
        ? renderUserCode(code, 'Your flagged code, with the lines around it')
        : `<pre class="hljs user-snippet" aria-label="Your flagged code"><code>${escapeHtml(dedent(finding.snippet))}</code></pre>`;
      body = `<div class="compare-grid">
<div class="compare-pane compare-bad"><h3>${ICONS.bad} Your code <span class="where">${escapeHtml(where)}</span></h3>
${mine}
${reveal}</div>
${fixPane}
</div>`;
    }
    return `<section id="compare" class="compare" aria-labelledby="compare-heading">
<h2 id="compare-heading">Your code and the fix</h2>
<p class="finding-message">${ICONS.warning} ${escapeWithCode(finding.message)}</p>
${body}
</section>`;
  }
  const fixPane = example ? `<div class="compare-pane compare-good"><h3>${ICONS.good} The fix</h3>${example}</div>` : '';
  const bad = firstExample(rule, 'bad');
  const badPane = bad ? `<div class="compare-pane compare-bad"><h3>${ICONS.bad} The pattern</h3>${bad}</div>` : '';
  if (!badPane && !fixPane) return '';
  return `<section id="compare" class="compare" aria-labelledby="compare-heading">
<h2 id="compare-heading">Before and after</h2>
<div class="compare-grid">${badPane}${fixPane}</div>
</section>`;
}

function costPicture(rule: CatalogRule, assets: PageAssets): string {
  const spec = COST_PICTURES[rule.id];
  const staticPicture = rule.costPicture
    ? `<figure class="cost-static"><img src="${escapeHtml(assets.mediaUri(rule.costPicture))}" alt="${escapeHtml(rule.cost)}" width="480"><figcaption>At a glance, with the numbers from this explainer.</figcaption></figure>`
    : '';
  if (!spec) return staticPicture ? `<div class="cost-picture">${staticPicture}</div>` : '';
  const sliders = spec.sliders
    .map((s) => {
      const id = `slider-${s.param}`;
      const unit = s.unit ? ` ${escapeHtml(s.unit)}` : '';
      return `<div class="slider">
<label for="${id}">${escapeHtml(s.label)}</label>
<input type="range" id="${id}" data-param="${escapeHtml(s.param)}" data-unit="${escapeHtml(s.unit)}" min="${s.min}" max="${s.max}" step="${s.step}" value="${s.value}">
<output for="${id}" id="${id}-value">${s.value}${unit}</output>
</div>`;
    })
    .join('\n');
  return `<div class="cost-picture">
<figure class="cost-interactive" data-model="${escapeHtml(spec.model)}" data-fixed="${escapeHtml(JSON.stringify(spec.fixed ?? {}))}" aria-labelledby="cost-interactive-caption">
<figcaption id="cost-interactive-caption"><strong>Try it.</strong> ${escapeHtml(spec.intro)}</figcaption>
<div class="sliders">${sliders}</div>
<div class="timeline" role="img" aria-label="Timeline of the two approaches"></div>
<ul class="tl-legend" aria-label="Legend"></ul>
<ul class="cost-facts" aria-live="polite"></ul>
<noscript><p>The interactive picture needs scripts; the static picture below shows the same comparison.</p></noscript>
</figure>
${staticPicture}
</div>`;
}

// ---------------------------------------------------------------------------
// Questions

function questionCard(index: CatalogIndex, q: CatalogQuestion, headingLevel: 'h2' | 'h3', standalone: boolean): string {
  const base = `qa-${q.id}`;
  const category = index.categories.get(q.category)?.title ?? q.category;
  const followUps = q.followUps.length
    ? `<div class="follow-ups"><h4>Follow-up questions</h4><ol>${q.followUps
        .map(
          (f, i) => `<li><p class="follow-up-question">${escapeWithCode(f.question)}</p>
${revealButton(`${base}-follow-${i}`, 'Show answer', 'Hide answer', true)}
<div id="${base}-follow-${i}" class="reveal follow-up-answer" hidden><p>${f.answerHtml}</p></div></li>`,
        )
        .join('')}</ol></div>`
    : '';
  const heading = standalone
    ? `<h1 class="question-title">${q.questionHtml}</h1>`
    : `<${headingLevel} class="question-title">${q.questionHtml}</${headingLevel}>`;
  const open = standalone ? '' : `<p class="question-open">${link('question', q.id, 'Practise this question on its own')}</p>`;
  return `<article class="question-card" id="${base}" aria-label="Interview question">
${heading}
<p class="badges">${badge(q.difficulty, `badge-difficulty badge-${q.difficulty}`)}${badge(category)}</p>
<div class="reveal-buttons">
${revealButton(`${base}-hint`, 'Show hint', 'Hide hint', true)}
${revealButton(`${base}-answer`, 'Show model answer', 'Hide model answer', false)}
</div>
<div id="${base}-hint" class="reveal hint" hidden><p><span class="reveal-label">Hint</span> ${q.hintHtml}</p></div>
<div id="${base}-answer" class="reveal answer" hidden>
<h4 class="reveal-label">Model answer</h4>
${q.answerHtml}
${followUps}
</div>
${open}
</article>`;
}

function revealButton(target: string, show: string, hide: string, secondary: boolean): string {
  return `<button type="button" class="${secondary ? 'secondary' : 'primary'}" data-action="reveal" aria-expanded="false" aria-controls="${escapeHtml(target)}" data-show-label="${escapeHtml(show)}" data-hide-label="${escapeHtml(hide)}">${escapeHtml(show)}</button>`;
}

function questionsSection(index: CatalogIndex, ids: readonly string[], title: string, intro: string): string {
  const questions = ids.flatMap((id) => index.questions.get(id) ?? []);
  if (questions.length === 0) return '';
  return `<section id="questions" aria-labelledby="questions-heading">
<h2 id="questions-heading">${escapeHtml(title)}</h2>
<p class="section-intro">${escapeHtml(intro)}</p>
${questions.map((q) => questionCard(index, q, 'h3', false)).join('\n')}
</section>`;
}

function relatedTopicsSection(index: CatalogIndex, ids: readonly string[], heading = 'Related topics'): string {
  const topics = ids.flatMap((id) => index.topics.get(id) ?? []);
  if (topics.length === 0) return '';
  return `<section id="related" aria-labelledby="related-heading">
<h2 id="related-heading">${escapeHtml(heading)}</h2>
<ul class="link-list">${topics.map((t) => `<li>${link('topic', t.id, t.title)}<span class="link-summary">${escapeHtml(t.summary)}</span></li>`).join('')}</ul>
</section>`;
}

// ---------------------------------------------------------------------------
// Topic, question and home pages

function topicPage(index: CatalogIndex, topic: CatalogTopic): string {
  const category = index.categories.get(topic.category)?.title ?? topic.category;
  const rules = rulesForTopic(index, topic.id).flatMap((id) => index.rules.get(id) ?? []);
  const check = rules.length
    ? `<p class="check-status check-on">${ICONS.good} Checked in your code by ${rules.map((r) => link('rule', r.id, r.title)).join(', ')}.</p>`
    : '<p class="check-status check-off"><span aria-hidden="true">○</span> No automatic check yet: Perf Coach does not flag this in code, so it is here to read and practise.</p>';
  const patterns = rules.length
    ? `<section id="patterns" aria-labelledby="patterns-heading"><h2 id="patterns-heading">Patterns Perf Coach checks</h2>
<ul class="link-list">${rules.map((r) => `<li>${link('rule', r.id, r.title)}<span class="link-summary">${escapeHtml(r.summary)}</span></li>`).join('')}</ul></section>`
    : '';
  return `<header class="page-header">
<h1>${escapeHtml(topic.title)}</h1>
<p class="badges">${badge(category)}${rules.length ? badge('automatic check', 'badge-checked') : badge('no automatic check yet', 'badge-unchecked')}</p>
<p class="summary">${escapeHtml(topic.summary)}</p>
${check}
</header>
<section id="explainer" class="topic-body" aria-label="Explainer">
${topic.html}
</section>
${patterns}
${questionsSection(index, topic.questionIds, 'Interview questions', 'Try your own answer before revealing the model one.')}
${relatedTopicsSection(index, topic.related)}`;
}

function questionPage(index: CatalogIndex, q: CatalogQuestion, practiceRuleIds: string[] | undefined): string {
  let practice = '';
  if (practiceRuleIds) {
    const matched = practiceRuleIds.filter((id) => q.patterns.includes(id) || index.rules.get(id)?.questions.includes(q.id));
    const names = matched.flatMap((id) => index.rules.get(id)?.title ?? []);
    const why = names.length
      ? `Picked because this workspace has findings for ${names.map((n) => escapeHtml(n)).join(', ')}.`
      : practiceRuleIds.length
        ? 'Picked from the whole question set.'
        : 'No Perf Coach findings in this workspace yet, so this one comes from the whole set.';
    practice = `<div class="practice-note"><p><strong>Practice.</strong> ${why} Answer it aloud or in writing first, then compare with the model answer.</p>
<p><button type="button" class="secondary" data-action="anotherQuestion">Another question</button></p></div>`;
  }
  const topics = q.topics.flatMap((id) => index.topics.get(id) ?? []);
  const rules = q.patterns.flatMap((id) => index.rules.get(id) ?? []);
  const links = [
    ...rules.map((r) => `<li>${link('rule', r.id, r.title)}<span class="link-summary">Pattern checked in your code</span></li>`),
    ...topics.map((t) => `<li>${link('topic', t.id, t.title)}<span class="link-summary">${escapeHtml(t.summary)}</span></li>`),
  ];
  return `${practice}
${questionCard(index, q, 'h2', true)}
${links.length ? `<section id="related" aria-labelledby="related-heading"><h2 id="related-heading">Read up</h2><ul class="link-list">${links.join('')}</ul></section>` : ''}`;
}

function homePage(index: CatalogIndex): string {
  const rules = [...index.catalog.rules].sort((a, b) => a.title.localeCompare(b.title));
  const categories = index.catalog.categories
    .map((c) => {
      const topics = c.topicIds.flatMap((id) => index.topics.get(id) ?? []).sort((a, b) => a.title.localeCompare(b.title));
      return `<section aria-labelledby="cat-${escapeHtml(c.id)}"><h2 id="cat-${escapeHtml(c.id)}">${escapeHtml(c.title)}</h2>
<ul class="link-list">${topics
        .map((t) => `<li>${link('topic', t.id, t.title)}${t.automaticCheck ? ' ' + badge('automatic check', 'badge-checked') : ''}<span class="link-summary">${escapeHtml(t.summary)}</span></li>`)
        .join('')}</ul></section>`;
    })
    .join('\n');
  return `<header class="page-header"><h1>Perf Coach knowledge base</h1>
<p class="summary">${index.catalog.topics.length} topics and ${index.catalog.questions.length} interview questions on backend performance, and the ${rules.length} patterns Perf Coach checks in your code.</p></header>
<section aria-labelledby="patterns-heading"><h2 id="patterns-heading">Patterns checked in your code</h2>
<ul class="link-list">${rules.map((r) => `<li>${link('rule', r.id, r.title)}<span class="link-summary">${escapeHtml(r.summary)}</span></li>`).join('')}</ul></section>
${categories}`;
}
