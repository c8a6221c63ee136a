/**
 * Where and how to write `eslint-disable` comments for a finding, as plain text edits (no
 * `vscode` import). They are ESLint's own comments, so CI's `eslint` honours them exactly as the
 * editor does; an existing comment of the same kind is extended rather than stacked.
 */
export interface TextEdit {
  /** 0-based line and character of the replaced range's start and end (equal for an insert). */
  line: number;
  character: number;
  endCharacter: number;
  text: string;
}

const NEXT_LINE = /^(\s*)\/\/\s*eslint-disable-next-line(?:\s+(.*?))?(\s+--\s.*)?\s*$/;
const FILE_BLOCK = /^\s*\/\*\s*eslint-disable(?:\s+(.*?))?\s*\*\/\s*$/;
const DIRECTIVE = /^\s*(['"])use [\w -]+\1\s*;?\s*(\/\/.*)?$/;

/** `// eslint-disable-next-line perf-coach/<id>` above `line`, with that line's indentation. */
export function disableForLine(lines: readonly string[], line: number, ruleId: string, eol = '\n'): TextEdit | undefined {
  const target = lines[line] ?? '';
  const indent = /^\s*/.exec(target)![0];
  const above = line > 0 ? lines[line - 1] : undefined;
  const m = above !== undefined ? NEXT_LINE.exec(above) : null;
  if (m) {
    const list = m[2]?.trim() ?? '';
    // No list: every rule is already disabled on the next line.
    if (!list || splitList(list).includes(ruleId)) return undefined;
    const at = above!.indexOf(list) + list.length;
    return { line: line - 1, character: at, endCharacter: at, text: `, ${ruleId}` };
  }
  return { line, character: 0, endCharacter: 0, text: `${indent}// eslint-disable-next-line ${ruleId}${eol}` };
}

/**
 * `/* eslint-disable perf-coach/<id> *\/` at the top of the file: after a shebang and a directive
 * prologue ('use strict', 'use server', 'use client'), which must stay first to keep working.
 */
export function disableForFile(lines: readonly string[], ruleId: string, eol = '\n'): TextEdit | undefined {
  let i = 0;
  if (lines[0]?.startsWith('#!')) i = 1;
  while (i < lines.length && DIRECTIVE.test(lines[i])) i++;
  // An existing file-level comment right there: add the rule to it.
  for (let j = 0; j < Math.min(lines.length, i + 5); j++) {
    const m = FILE_BLOCK.exec(lines[j]);
    if (!m) continue;
    const list = m[1]?.trim() ?? '';
    if (!list || splitList(list).includes(ruleId)) return undefined;
    const at = lines[j].indexOf(list) + list.length;
    return { line: j, character: at, endCharacter: at, text: `, ${ruleId}` };
  }
  if (i >= lines.length) {
    // Nothing but a prologue: append after its last line.
    const last = lines.length - 1;
    const end = lines[last]?.length ?? 0;
    return { line: Math.max(last, 0), character: end, endCharacter: end, text: `${eol}/* eslint-disable ${ruleId} */${eol}` };
  }
  return { line: i, character: 0, endCharacter: 0, text: `/* eslint-disable ${ruleId} */${eol}` };
}

function splitList(list: string): string[] {
  return list.split(',').map((r) => r.trim());
}
