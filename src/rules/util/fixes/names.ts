import { identifierPattern } from '../../../analysis/ast';

/** `base`, or `base2`, `base3`… whichever the given source texts do not mention (so it shadows nothing they use). */
export function freshName(base: string, ...texts: string[]): string {
  const used = (name: string) => texts.some((t) => identifierPattern(name).test(t));
  if (!used(base)) return base;
  for (let i = 2; ; i++) if (!used(`${base}${i}`)) return `${base}${i}`;
}

/** The file is TypeScript: the fix may (and sometimes must) say `as const`. */
export function isTypeScriptFile(filename: string): boolean {
  return /\.[cm]?tsx?$/.test(filename);
}

/** Leading whitespace of the line `offset` is on. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}
