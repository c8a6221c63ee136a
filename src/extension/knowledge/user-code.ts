// The user's own code in the explainer: the flagged lines with a few lines around them, and the
// rule's own suggestion (the ESLint suggestion the finding carries) as a change of those lines.
// Plain text in, plain text out (it is kept in the panel's saved state); the panel highlights and
// escapes it when it renders (renderUserCode). No `vscode` import, so it is unit-tested directly.
import hljs from 'highlight.js/lib/core';
import javascript from 'highlight.js/lib/languages/javascript';
import typescript from 'highlight.js/lib/languages/typescript';

hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('typescript', typescript);

export interface FindingCode {
  /** 0-based document line of lines[0]. */
  firstLine: number;
  /** The document's lines: the flagged ones and up to CONTEXT_LINES around them. */
  lines: string[];
  /** Indexes into lines of the first and last flagged line. */
  flagged: [number, number];
  /** The rule's suggestion: lines[from..to] become `after`. */
  fix?: { desc: string; from: number; to: number; after: string[] };
  language: 'typescript' | 'javascript';
}

export const CONTEXT_LINES = 3;
/** Longer flagged ranges or fixes are cut (with a note), so the panel stays readable. */
export const MAX_LINES = 40;

interface Suggestion {
  desc: string;
  fix: { range: readonly [number, number]; text: string };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * @param text     the document's text
 * @param range    the finding's [start, end] offsets
 * @param filename decides the highlighting (TypeScript unless it is a .js/.jsx/.mjs/.cjs file)
 */
export function findingCode(text: string, range: readonly [number, number], filename: string, suggestion?: Suggestion): FindingCode {
  const starts = lineStarts(text);
  const all = text.split(/\r?\n/);
  let first = lineOf(starts, range[0]);
  let last = lineOf(starts, Math.max(range[0], range[1] - 1));
  let fix: FindingCode['fix'];
  if (suggestion) {
    const [from, to] = suggestion.fix.range;
    const a = lineOf(starts, from);
    const b = lineOf(starts, Math.max(from, to - 1));
    const lineEnd = b + 1 < starts.length ? starts[b + 1]! - 1 : text.length;
    const changed = (text.slice(starts[a], from) + suggestion.fix.text + text.slice(to, lineEnd)).replace(/\r/g, '').split('\n');
    if (b - a + 1 <= MAX_LINES && changed.length <= MAX_LINES) {
      first = Math.min(first, a);
      last = Math.max(last, b);
      fix = { desc: suggestion.desc, from: a, to: b, after: changed };
    }
  }
  last = Math.min(last, first + MAX_LINES - 1);
  const top = Math.max(0, first - CONTEXT_LINES);
  const bottom = Math.min(all.length - 1, last + CONTEXT_LINES);
  const lines = all.slice(top, bottom + 1);
  return {
    firstLine: top,
    lines,
    flagged: [first - top, last - top],
    ...(fix && { fix: { ...fix, from: fix.from - top, to: fix.to - top } }),
    language: /\.(c|m)?jsx?$/i.test(filename) ? 'javascript' : 'typescript',
  };
}

/** Highlights code and returns one HTML string per line (spans closed and reopened at line ends). */
export function highlightLines(code: string, language: FindingCode['language']): string[] {
  let html: string;
  try {
    html = hljs.highlight(code, { language, ignoreIllegals: true }).value;
  } catch {
    html = escape(code);
  }
  const out: string[] = [];
  const open: string[] = [];
  let line = '';
  for (const [token] of html.matchAll(/<span[^>]*>|<\/span>|\n|[^<\n]+/g)) {
    if (token === '\n') {
      out.push(line + '</span>'.repeat(open.length));
      line = open.join('');
    } else {
      if (token.startsWith('<span')) open.push(token);
      else if (token === '</span>') open.pop();
      line += token;
    }
  }
  out.push(line + '</span>'.repeat(open.length));
  return out;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

interface Row {
  kind: 'context' | 'flagged' | 'removed' | 'added';
  /** 1-based line number shown in the gutter (none for added lines). */
  number?: number;
  html: string;
}

/**
 * The rows the panel shows: without a fix, the lines with the flagged ones marked; with one, a
 * diff (lines the fix keeps as they are stay context, the others are removed and added).
 */
export function userCodeRows(code: FindingCode): Row[] {
  const before = highlightLines(code.lines.join('\n'), code.language);
  const number = (i: number) => code.firstLine + i + 1;
  const rows: Row[] = [];
  if (!code.fix) {
    code.lines.forEach((_, i) => rows.push({ kind: i >= code.flagged[0] && i <= code.flagged[1] ? 'flagged' : 'context', number: number(i), html: before[i]! }));
    return rows;
  }
  const { from, to } = code.fix;
  const afterLines = [...code.lines.slice(0, from), ...code.fix.after, ...code.lines.slice(to + 1)];
  const after = highlightLines(afterLines.join('\n'), code.language);
  const old = code.lines.slice(from, to + 1);
  const next = code.fix.after;
  // Lines the fix leaves alone at either end are context, not change.
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  for (let i = 0; i < from + head; i++) rows.push({ kind: 'context', number: number(i), html: before[i]! });
  for (let i = from + head; i <= to - tail; i++) rows.push({ kind: 'removed', number: number(i), html: before[i]! });
  for (let j = head; j < next.length - tail; j++) rows.push({ kind: 'added', html: after[from + j]! });
  for (let i = to - tail + 1; i < code.lines.length; i++) rows.push({ kind: 'context', number: number(i), html: before[i]! });
  return rows;
}

const MARK: Record<Row['kind'], string> = { context: ' ', flagged: ' ', removed: '-', added: '+' };

/** The `<pre>` of the user's code, highlighted, with line numbers and diff marks. */
export function renderUserCode(code: FindingCode, label: string): string {
  const rows = userCodeRows(code)
    .map((r) => `<span class="code-row row-${r.kind}"><span class="gutter" aria-hidden="true">${r.number ?? ''}</span><span class="mark" aria-hidden="true">${MARK[r.kind]}</span><span class="text">${r.html || ' '}</span></span>`)
    .join('');
  return `<pre class="hljs user-code${code.fix ? ' user-diff' : ''}" aria-label="${escape(label)}"><code>${rows}</code></pre>`;
}

/** Libraries the explainers' "How to fix it" sections have a part for: how the code names them, and the words their heading may use. */
const LIBRARIES: ReadonlyArray<{ name: string; code: RegExp; headings: string[] }> = [
  { name: 'Prisma', code: /@prisma\/client|\bprisma\./i, headings: ['Prisma'] },
  { name: 'TypeORM', code: /['"]typeorm['"]|\b(getRepository|createQueryBuilder|dataSource)\b/, headings: ['TypeORM'] },
  { name: 'Sequelize', code: /['"]sequelize['"]|\bsequelize\b/i, headings: ['Sequelize'] },
  { name: 'Mongoose', code: /['"]mongoose['"]/, headings: ['Mongoose'] },
  { name: 'MongoDB driver', code: /['"]mongodb['"]/, headings: ['MongoDB'] },
  { name: 'MikroORM', code: /['"]@mikro-orm\//, headings: ['MikroORM'] },
  { name: 'Drizzle', code: /['"]drizzle-orm/, headings: ['Drizzle'] },
  { name: 'Knex', code: /['"]knex['"]/, headings: ['Knex'] },
  { name: 'pg', code: /['"](pg|pg-pool)['"]/, headings: ['pg'] },
  { name: 'mysql2', code: /['"]mysql2(\/promise)?['"]/, headings: ['mysql2'] },
  { name: 'ioredis', code: /['"]ioredis['"]/, headings: ['ioredis', 'Redis'] },
  { name: 'redis', code: /['"]redis['"]/, headings: ['Redis'] },
  { name: 'AWS SDK', code: /['"]@aws-sdk\//, headings: ['AWS SDK', 'AWS'] },
  { name: 'axios', code: /['"]axios['"]/, headings: ['axios', 'HTTP'] },
  { name: 'got', code: /['"]got['"]/, headings: ['got', 'HTTP'] },
  { name: 'undici', code: /['"]undici['"]|\bfetch\(/, headings: ['undici', 'fetch', 'HTTP'] },
  { name: 'bcrypt', code: /['"]bcrypt(js)?['"]|\bbcrypt\./, headings: ['bcrypt'] },
  { name: 'node:fs', code: /['"](node:)?fs(\/promises)?['"]|\b(readFileSync|writeFileSync|existsSync|statSync|readdirSync)\b/, headings: ['fs'] },
  { name: 'node:crypto', code: /['"](node:)?crypto['"]|\b(pbkdf2Sync|scryptSync|randomBytes)\b/, headings: ['crypto'] },
  { name: 'node:zlib', code: /['"](node:)?zlib['"]|\b(gzipSync|gunzipSync|deflateSync|inflateSync|brotliCompressSync)\b/, headings: ['zlib'] },
  { name: 'node:child_process', code: /['"](node:)?child_process['"]|\b(execSync|execFileSync|spawnSync)\b/, headings: ['child_process'] },
  { name: 'pino', code: /['"]pino['"]/, headings: ['pino'] },
  { name: 'winston', code: /['"]winston['"]/, headings: ['winston'] },
  { name: 'bunyan', code: /['"]bunyan['"]/, headings: ['bunyan'] },
];

/**
 * The library behind the flagged code: first from the flagged lines themselves
 * (`prisma.user.findUnique`), then from the file's imports. Undefined when nothing matches.
 */
export function detectLibrary(flagged: string, fileText: string): string | undefined {
  return (LIBRARIES.find((l) => l.code.test(flagged)) ?? LIBRARIES.find((l) => l.code.test(fileText)))?.name;
}

/** Words a "How to fix it" heading may use for the library. */
export function headingWords(library: string): string[] {
  return LIBRARIES.find((l) => l.name === library)?.headings ?? [library];
}

const MAX_LINE_CHARS = 2000;

/** Reads a FindingCode back from saved webview state; undefined when it is not a valid one. */
export function parseFindingCode(v: unknown): FindingCode | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const lines = stringLines(o['lines']);
  const flagged = o['flagged'];
  if (!lines || !isIndex(o['firstLine']) || !Array.isArray(flagged) || flagged.length !== 2 || !flagged.every((i) => isIndex(i) && i < lines.length)) return undefined;
  const language = o['language'] === 'javascript' ? 'javascript' : 'typescript';
  const code: FindingCode = { firstLine: o['firstLine'] as number, lines, flagged: [flagged[0], flagged[1]], language };
  const fix = o['fix'] as Record<string, unknown> | undefined;
  if (fix && typeof fix === 'object') {
    const after = stringLines(fix['after']);
    const { from, to, desc } = fix;
    if (after && typeof desc === 'string' && isIndex(from) && isIndex(to) && from <= to && to < lines.length) {
      code.fix = { desc: desc.slice(0, 500), from, to, after };
    }
  }
  return code;
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function stringLines(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_LINES + 2 * CONTEXT_LINES || !v.every((l) => typeof l === 'string')) return undefined;
  return v.map((l: string) => l.slice(0, MAX_LINE_CHARS));
}
