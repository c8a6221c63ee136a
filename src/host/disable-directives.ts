/**
 * `eslint-disable` comments, honoured exactly as ESLint does for our rules, so a finding silenced
 * in the editor is silenced in CI too (and the reverse):
 * - `/* eslint-disable [rules] *\/` … `/* eslint-enable [rules] *\/` (block comments only);
 * - `// eslint-disable-line [rules]` and `// eslint-disable-next-line [rules]` (line or block);
 * - no rule list means every rule; text after ` -- ` is a description.
 */
export interface Comment {
  type: 'Line' | 'Block';
  value: string;
  start: number;
  end: number;
}

interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  rules: string[] | 'all';
  /** Offset where a block directive takes effect. */
  offset: number;
  /** Line (1-based) the comment starts/ends on. */
  line: number;
  endLine: number;
}

const DIRECTIVE = /^\s*(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?:\s+([\s\S]*))?$/;

export function parseDirectives(comments: readonly Comment[], lineOf: (offset: number) => number): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.value.replace(/\s--\s[\s\S]*$/, '').replace(/\s--$/, ''));
    if (!m) continue;
    const kind = m[1].slice('eslint-'.length) as Directive['kind'];
    if ((kind === 'disable' || kind === 'enable') && c.type !== 'Block') continue;
    const list = (m[2] ?? '').split(',').map((r) => r.trim()).filter(Boolean);
    out.push({ kind, rules: list.length ? list : 'all', offset: c.start, line: lineOf(c.start), endLine: lineOf(c.end) });
  }
  return out;
}

const covers = (rules: string[] | 'all', ruleId: string) => rules === 'all' || rules.includes(ruleId);

/** Whether a finding of `ruleId` starting at `offset` on `line` is silenced (directives in source order). */
export function isDisabled(directives: readonly Directive[], ruleId: string, offset: number, line: number): boolean {
  let disabled = false;
  for (const d of directives) {
    if (!covers(d.rules, ruleId)) continue;
    if (d.kind === 'disable-line' && d.line === line) return true;
    if (d.kind === 'disable-next-line' && d.endLine + 1 === line) return true;
    if (d.kind === 'disable' && d.offset <= offset) disabled = true;
    if (d.kind === 'enable' && d.offset <= offset) disabled = false;
  }
  return disabled;
}
