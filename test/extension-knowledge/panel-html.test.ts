import { describe, expect, it } from 'vitest';
import {
  COST_PICTURES,
  contentSecurityPolicy,
  dedent,
  escapeHtml,
  fileLabel,
  firstExample,
  renderPanelPage,
} from '../../src/extension/knowledge/panel-html.js';
import { parsePanelView, type PanelView } from '../../src/extension/knowledge/views.js';
import { assets, NONCE, repoCatalog } from './fixtures.js';

const index = repoCatalog();
const render = (view: PanelView, canGoBack = false) => renderPanelPage(index, view, assets, { canGoBack }).html;

const hostile = {
  message: '`prisma.user.findUnique` runs once per item of <orders> & "friends" `<b>`',
  snippet: "    for (const o of orders) {\n      await db.q('</script><script>alert(1)</script>');\n    }\n",
  uri: 'file:///home/dev/shop/src/routes/orders%20list.ts',
  line: 41,
};

/** Every view the panel can show for the real catalog. */
function allViews(): PanelView[] {
  return [
    { kind: 'home' },
    ...index.catalog.rules.map((r) => ({ kind: 'rule', id: r.id }) as PanelView),
    ...index.catalog.topics.map((t) => ({ kind: 'topic', id: t.id }) as PanelView),
    ...index.catalog.questions.map((q) => ({ kind: 'question', id: q.id }) as PanelView),
    { kind: 'rule', id: 'no-n-plus-one', finding: hostile },
    { kind: 'question', id: 'q-n-plus-one', practice: { foundRuleIds: ['no-n-plus-one'] } },
  ];
}

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('contentSecurityPolicy', () => {
  it('allows only our styles, images and nonce-tagged scripts', () => {
    expect(contentSecurityPolicy("'self' https://*.vscode-cdn.net", NONCE)).toBe(
      `default-src 'none'; style-src 'self' https://*.vscode-cdn.net; img-src 'self' https://*.vscode-cdn.net; script-src 'nonce-${NONCE}'; base-uri 'none'; form-action 'none'`,
    );
  });

  it('refuses a short or malformed nonce and a source that would widen the policy', () => {
    expect(() => contentSecurityPolicy('https://x', 'short')).toThrow(/nonce/);
    expect(() => contentSecurityPolicy('https://x', `${NONCE}'; script-src *`)).toThrow(/nonce/);
    expect(() => contentSecurityPolicy("https://x; script-src 'unsafe-inline'", NONCE)).toThrow(/CSP source/);
  });
});

describe('renderPanelPage: safety of every page', () => {
  for (const view of allViews()) {
    const name = 'id' in view ? `${view.kind} ${view.id}${'finding' in view && view.finding ? ' with a finding' : ''}` : view.kind;
    it(name, () => {
      const html = render(view, true);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`);
      // No inline handlers, inline styles, inline scripts or javascript: URLs.
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/\sstyle\s*=/i);
      expect(html).not.toMatch(/<style/i);
      expect(html).not.toMatch(/javascript:/i);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts).toHaveLength(2);
      for (const s of scripts) expect(s).toMatch(new RegExp(`nonce="${NONCE}" src="https://`));
      expect(html.match(/<\/script>/g)).toHaveLength(2);
      // Every resource comes from the webview's media URIs; links go within the panel, or to
      // https pages (official documentation, the facts scripts), which VS Code opens outside.
      for (const m of html.matchAll(/\s(?:src|href)="(?!#)([^"]*)"/g)) expect(m[1]).toMatch(/^https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/media\/|^https:\/\/(?!file\+)/);
      for (const m of html.matchAll(/<(?:script|link|img)\b[^>]*\s(?:src|href)="([^"]*)"/g)) expect(m[1]).toMatch(/^https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/media\//);
      // Knowledge links point at entries that exist.
      for (const m of html.matchAll(/data-kb-kind="(\w+)" data-kb-id="([^"]+)"/g)) {
        const [, kind, id] = m;
        const known = kind === 'home' || (kind === 'rule' ? index.rules : kind === 'topic' ? index.topics : index.questions).has(id!);
        expect(known, `${kind}:${id}`).toBe(true);
      }
      // Disclosure buttons control an element that exists and starts hidden.
      for (const m of html.matchAll(/aria-expanded="false" aria-controls="([^"]+)"/g)) {
        expect(html).toMatch(new RegExp(`id="${m[1]}" class="reveal[^"]*" hidden>`));
      }
      // The view travels with the page so a restored panel can rebuild it.
      const data = /data-view="([^"]*)"/.exec(html)![1]!;
      const json = data.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      expect(parsePanelView(JSON.parse(json))).toEqual(view);
    });
  }
});

describe('renderPanelPage: rule explainer', () => {
  it('shows the user\'s snippet escaped and dedented beside the first ✅ example', () => {
    const html = render({ kind: 'rule', id: 'no-n-plus-one', finding: hostile });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain(
      '<code>for (const o of orders) {\n  await db.q(&#39;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;);\n}</code>',
    );
    expect(html).toContain('<code>prisma.user.findUnique</code> runs once per item of &lt;orders&gt; &amp; &quot;friends&quot; <code>&lt;b&gt;</code>');
    expect(html).toContain('orders list.ts:42');
    const grid = html.slice(html.indexOf('class="compare-grid"'), html.indexOf('</section>', html.indexOf('class="compare-grid"')));
    expect(grid).toContain('user-snippet');
    expect(grid).toContain(firstExample(index.rules.get('no-n-plus-one')!, 'good'));
  });

  it('without a finding, pairs the first ❌ and ✅ examples', () => {
    const html = render({ kind: 'rule', id: 'no-n-plus-one' });
    expect(html).toContain('Before and after');
    expect(html).toContain(firstExample(index.rules.get('no-n-plus-one')!, 'bad'));
    expect(html).not.toContain('user-snippet');
  });

  it('has every section, the cost pictures, questions and related topics', () => {
    const rule = index.rules.get('no-n-plus-one')!;
    const html = render({ kind: 'rule', id: rule.id });
    for (const s of rule.sections) expect(html).toContain(`<h2 id="${s.id}-heading">${s.title}</h2>`);
    expect(html).toContain('data-model="roundTrips"');
    expect(html).toMatch(/<input type="range" id="slider-n" data-param="n" data-unit="" min="1" max="1000" step="1" value="200">/);
    expect(html).toMatch(/<label for="slider-rtt">/);
    expect(html).toContain('media/cost-n-plus-one.svg');
    for (const q of rule.questions) expect(html).toContain(`id="qa-${q}"`);
    for (const t of rule.topics) expect(html).toContain(`data-kb-kind="topic" data-kb-id="${t}"`);
  });

  it('has an interactive picture for every rule', () => {
    for (const rule of index.catalog.rules) {
      expect(COST_PICTURES[rule.id], rule.id).toBeDefined();
      for (const s of COST_PICTURES[rule.id]!.sliders) expect(s.value >= s.min && s.value <= s.max, `${rule.id} ${s.param}`).toBe(true);
    }
  });

  it('offers Back only when there is somewhere to go', () => {
    expect(render({ kind: 'rule', id: 'no-n-plus-one' }, true)).toContain('data-action="back"');
    expect(render({ kind: 'rule', id: 'no-n-plus-one' }, false)).not.toContain('data-action="back"');
  });

  it('renders a not-found page for an unknown id instead of failing', () => {
    const html = render({ kind: 'rule', id: 'no-such-rule' });
    expect(html).toContain('has no pattern called <code>no-such-rule</code>');
  });
});

describe('renderPanelPage: topics and questions', () => {
  it('marks a topic without a rule as having no automatic check', () => {
    const html = render({ kind: 'topic', id: 'cache-stampede' });
    expect(html).toContain('No automatic check yet');
    expect(html).not.toContain('Patterns Perf Coach checks');
  });

  it('links a checked topic to its rules', () => {
    const html = render({ kind: 'topic', id: 'n-plus-one-queries' });
    expect(html).toContain('data-kb-kind="rule" data-kb-id="no-n-plus-one"');
  });

  it('keeps the model answer hidden until asked, and says why a practice question was picked', () => {
    const html = render({ kind: 'question', id: 'q-n-plus-one', practice: { foundRuleIds: ['no-n-plus-one'] } });
    expect(html).toContain('id="qa-q-n-plus-one-answer" class="reveal answer" hidden>');
    expect(html).toContain('Picked because this workspace has findings for N+1 calls.');
    expect(html).toContain('data-action="anotherQuestion"');
  });

  it('says so when practice starts without findings', () => {
    const html = render({ kind: 'question', id: 'q-latency-percentiles', practice: { foundRuleIds: [] } });
    expect(html).toContain('No Perf Coach findings in this workspace yet');
  });
});

describe('helpers', () => {
  it('dedent removes shared indentation and blank edges', () => {
    expect(dedent('\n    a\n      b\n\n    c\n  \n')).toBe('a\n  b\n\nc');
  });

  it('fileLabel shows the decoded file name', () => {
    expect(fileLabel('file:///a/b/orders%20list.ts')).toBe('orders list.ts');
    expect(fileLabel('untitled:Untitled-1')).toBe('untitled:Untitled-1');
  });
});
