/**
 * A linear scan of the text, before parsing, for input nested deeper than the parser and the
 * analysis can take. oxc-parser recurses on the native stack, and a native stack overflow is a
 * SIGSEGV of the whole extension host (figures in docs/ARCHITECTURE.md, "Deeply nested input"),
 * so such a file is refused with a reason instead of parsed.
 *
 * Rough on purpose, and conservative: strings, comments, template literals and regular
 * expressions are skipped approximately; ternaries count as a level each until the statement or
 * list item ends (`;`, `,`, a closing bracket, a line break that does not continue the
 * expression); an expression chain (`a + b + …`, `a.b.c…`, `x = y = …`) counts its operators.
 */
export const MAX_NESTING = 500;
export const MAX_CHAIN = 1000;
export const MAX_JSX_NESTING = 5000;

export interface NestingMeasure {
  /** Deepest bracket nesting plus the ternaries open at that point. */
  nesting: number;
  /** Longest run of operators in one expression. */
  chain: number;
  /** Deepest JSX-looking tag nesting (raw text, unclosed `<br>`s in strings included). */
  jsx: number;
}

const OPERATOR = new Set('+-*/%&|^=!~?:.'.split(''));
/** Keywords after which `/` starts a regular expression, not a division. */
const REGEX_AFTER = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);
const wordBefore = (text: string, end: number) => {
  let start = end;
  while (start > 0 && isIdent(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end + 1);
};
const isIdent = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95 || c > 127;

/** Why the text is too deeply nested to analyse, or undefined. */
export function nestingProblem(text: string, filename: string): string | undefined {
  const m = measureNesting(text, /\.(?:[cm]?[jt]sx|[cm]?js)$/.test(filename));
  if (m.nesting > MAX_NESTING) return `nested more than ${MAX_NESTING} levels deep (brackets, ternaries); too deep to parse safely`;
  if (m.chain > MAX_CHAIN) return `an expression chains more than ${MAX_CHAIN} operators; too deep to parse safely`;
  if (m.jsx > MAX_JSX_NESTING) return `JSX nested more than ${MAX_JSX_NESTING} levels deep; too deep to parse safely`;
  return undefined;
}

export function measureNesting(text: string, jsx = true): NestingMeasure {
  // Per open bracket: the ternaries opened at its level; the bottom entry is the top level.
  // A `-1` entry marks a template literal's `${`, whose `}` returns into the template.
  const ternaries: number[] = [0];
  const templateAt: boolean[] = [false];
  let open = 0; // ternaries currently counted, all levels
  let nesting = 0;
  let chain = 0;
  let maxChain = 0;
  let jsxDepth = 0;
  let maxJsx = 0;
  let last = 0; // last significant character code (0 at the start)
  let lastAt = -1;
  let sawNewline = false;
  const n = text.length;

  const endStatementPart = () => {
    open -= ternaries[ternaries.length - 1];
    ternaries[ternaries.length - 1] = 0;
    chain = 0;
  };
  const skipTemplate = (from: number): number => {
    // From inside a template literal: to its end (returns the index after the closing backtick)
    // or to a `${` (returns the index after it, with a template level pushed).
    let i = from;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 96) return i + 1;
      else if (c === 36 && text.charCodeAt(i + 1) === 123) {
        ternaries.push(0);
        templateAt.push(true);
        return i + 2;
      } else i++;
    }
    return n;
  };

  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // JSX-looking tags, on raw text: `<x` or `<>` after a non-identifier, closed by `</` or `/>`.
    if (jsx && c === 60) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) jsxDepth = Math.max(0, jsxDepth - 1);
      else if ((next === 62 || (isIdent(next) && next > 57)) && !isIdent(text.charCodeAt(i - 1))) jsxDepth++;
      if (jsxDepth > maxJsx) maxJsx = jsxDepth;
    } else if (jsx && c === 47 && text.charCodeAt(i + 1) === 62) jsxDepth = Math.max(0, jsxDepth - 1);

    if (c === 10 || c === 13) {
      sawNewline = true;
      i++;
      continue;
    }
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    // Comments.
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) break;
      if (text.slice(i, end).includes('\n')) sawNewline = true;
      i = end + 2;
      continue;
    }
    // A line break ends the expression unless the line before ends in an operator or the next
    // starts with one (`a +⏎ b`, `a⏎ .b`, `a ?⏎ b`).
    if (sawNewline) {
      sawNewline = false;
      if (!OPERATOR.has(String.fromCharCode(last)) && !OPERATOR.has(String.fromCharCode(c))) endStatementPart();
    }
    if (c === 39 || c === 34) {
      // A string; a line break ends it too, so one odd quote costs a line at most.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === c || d === 10) break;
        else j++;
      }
      i = j + 1;
      last = c;
      continue;
    }
    if (c === 96) {
      i = skipTemplate(i + 1);
      last = 96;
      continue;
    }
    if (c === 47 && (!isIdent(last) || REGEX_AFTER.has(wordBefore(text, lastAt))) && last !== 41 && last !== 93 && last !== 125 && last !== 39 && last !== 34 && last !== 96) {
      // A regular expression: after an operator, an opening bracket or nothing.
      let j = i + 1;
      let inClass = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === 10) break;
        else {
          if (d === 91) inClass = true;
          else if (d === 93) inClass = false;
          else if (d === 47 && !inClass) break;
          j++;
        }
      }
      i = j + 1;
      last = 47;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) {
      ternaries.push(0);
      templateAt.push(false);
      chain = 0;
    } else if (c === 41 || c === 93 || c === 125) {
      if (ternaries.length > 1) {
        open -= ternaries.pop()!;
        if (templateAt.pop() && c === 125) {
          i = skipTemplate(i + 1);
          last = 96;
          continue;
        }
      }
      chain = 0;
    } else if (c === 59 || c === 44) {
      endStatementPart();
    } else if (c === 63) {
      const next = text.charCodeAt(i + 1);
      // Not `?.`, `??`, `?:` (optional member), `?)` / `?,` / `?=` (optional parameter).
      if (next === 63 || next === 58 || next === 41 || next === 44 || next === 61 || (next === 46 && !(text.charCodeAt(i + 2) >= 48 && text.charCodeAt(i + 2) <= 57))) {
        i += next === 63 ? 2 : 1;
        if (next === 63) chain++;
        last = 63;
        continue;
      }
      ternaries[ternaries.length - 1]++;
      open++;
      chain++;
    } else if (OPERATOR.has(String.fromCharCode(c)) || c === 60 || c === 62) {
      // One operator per run of operator characters (`===`, `&&`, `=>`, `...`).
      if (!OPERATOR.has(String.fromCharCode(last)) && last !== 60 && last !== 62) chain++;
    }
    if (chain > maxChain) maxChain = chain;
    const depth = ternaries.length - 1 + open;
    if (depth > nesting) nesting = depth;
    last = c;
    lastAt = i;
    i++;
  }
  return { nesting, chain: maxChain, jsx: maxJsx };
}
