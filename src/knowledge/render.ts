// Renders knowledge-base Markdown to HTML at build time, so the extension
// ships ready HTML and does no Markdown work at activation.
// Raw HTML in the Markdown is escaped (html: false): the webview shows
// what we wrote, never markup smuggled in through a content file.
import MarkdownIt from 'markdown-it';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import diff from 'highlight.js/lib/languages/diff';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import plaintext from 'highlight.js/lib/languages/plaintext';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import yaml from 'highlight.js/lib/languages/yaml';
import { knowledgeLinkId } from './schema.js';

hljs.registerLanguage('bash', bash);
hljs.registerLanguage('diff', diff);
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('json', json);
hljs.registerLanguage('plaintext', plaintext);
hljs.registerLanguage('sql', sql);
hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('yaml', yaml);
hljs.registerAliases(['sh', 'shell', 'console'], { languageName: 'bash' });
hljs.registerAliases(['text', 'txt'], { languageName: 'plaintext' });

export type KnowledgeKind = 'topic' | 'question' | 'rule';

export interface MarkdownRenderer {
  /** Block Markdown (bodies, sections) to HTML. */
  render(markdown: string): string;
  /** One paragraph's worth of Markdown (hints, follow-up answers) without the wrapping <p>. */
  renderInline(markdown: string): string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * `kindOf` resolves an id linked from the Markdown (`./connection-pooling.md`)
 * to its kind, so links become in-panel navigation: `#topic:connection-pooling`
 * plus `data-kb-kind` / `data-kb-id` attributes for the webview to act on.
 */
/** Where the facts scripts the explainers cite can be read (package.json's repository). */
export const REPOSITORY = 'https://github.com/perf-coach/perf-coach';

export function createRenderer(kindOf: (id: string) => KnowledgeKind | undefined = () => undefined): MarkdownRenderer {
  const md = new MarkdownIt({
    html: false,
    linkify: false,
    typographer: false,
    highlight(code: string, info: string): string {
      const requested = (info.trim().split(/\s+/)[0] ?? '').toLowerCase();
      const lang = requested && hljs.getLanguage(requested) ? requested : 'plaintext';
      const body = hljs.highlight(code, { language: lang, ignoreIllegals: true }).value;
      // Examples start with `// ❌` or `// ✅`; mark the block so the panel can style it.
      const first = code.trimStart();
      const verdict = first.startsWith('// ❌') ? ' example example-bad' : first.startsWith('// ✅') ? ' example example-good' : '';
      const langClass = escapeHtml(requested || 'plaintext');
      // The editor's fonts may lack the emoji: `// ❌ …` and `// ✅ …` show as words (the block's border colour says the same).
      const shown = body.replace(/\/\/ ❌ ?/g, '// Avoid: ').replace(/\/\/ ✅ ?/g, '// Prefer: ');
      return `<pre class="hljs${verdict}"><code class="hljs language-${langClass}">${shown}</code></pre>`;
    },
  });

  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = String(token?.attrGet('href') ?? '');
    const id = knowledgeLinkId(href);
    const kind = id !== undefined ? kindOf(id) : undefined;
    if (token && id !== undefined && kind !== undefined) {
      token.attrSet('href', `#${kind}:${id}`);
      token.attrSet('data-kb-kind', kind);
      token.attrSet('data-kb-id', id);
    }
    return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };

  // "(`node bench/facts/x.mjs` reproduces this)" names a script of this repository, which someone
  // reading the explainer in the editor does not have: link the script's page in the repository.
  const defaultCode = md.renderer.rules.code_inline;
  md.renderer.rules.code_inline = (tokens, idx, options, env, self) => {
    const fact = /^node (bench\/facts\/[\w.-]+\.mjs)$/.exec(tokens[idx]?.content ?? '');
    if (fact) return `<a href="${REPOSITORY}/blob/main/${fact[1]}" title="The script that measures this, in Perf Coach's repository"><code>${fact[1]}</code></a>`;
    return defaultCode ? defaultCode(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };

  return {
    render: (markdown) => md.render(markdown),
    renderInline: (markdown) => md.renderInline(markdown),
  };
}
