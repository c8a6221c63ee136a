import type { TSESLint } from '@typescript-eslint/utils';
import type { FileAnalysis } from '../../../analysis/file-analysis';
import type { Repetition } from '../../../analysis/model';
import { freshName, indentAt } from './names';
import { promiseAllMap } from './promise-all-map';
import type { Suggestion } from './batch-read';
import { rangeOf } from '../../../analysis/ast';

/** How many requests the bounded-concurrency rewrite runs together. */
export const CHUNK_SIZE = 8;

/**
 * `await Promise.all(items.map(async (item) => fetch(…)))` → the same callback over slices of
 * `CHUNK_SIZE` items, one slice after another; results keep their order. Only when the callback
 * takes the item alone (an index would restart at 0 in every slice) and only reads; the list is
 * evaluated once.
 */
export function chunkedMapFix(analysis: FileAnalysis, rep: Repetition): Omit<Suggestion, 'call'> | undefined {
  const shape = promiseAllMap(rep);
  if (!shape || shape.callback.params.length > 1) return undefined;
  const cbText = analysis.text(shape.callback);
  if (shape.callback.type !== 'ArrowFunctionExpression' && /\barguments\b/.test(cbText)) return undefined;
  // A callback that may throw before its first await: `Promise.all(…)` would throw at once, the rewrite rejects later.
  if (!shape.callback.async && shape.all.parent?.type !== 'AwaitExpression') return undefined;
  // On a failure the rewrite does not start the slices after it: fine for reads, not for writes.
  const [start, end] = rangeOf(shape.callback);
  for (const c of analysis.collected.calls) {
    if (rangeOf(c.node)[0] < start || rangeOf(c.node)[1] > end) continue;
    const e = analysis.effectOf(c);
    if (e?.kind === 'query' && !e.read) return undefined;
  }
  const listText = analysis.text(shape.collection);
  const list = freshName('items', cbText, listText);
  const out = freshName('results', cbText, listText);
  const i = freshName('i', cbText, listText);
  const indent = indentAt(analysis.file.text, rangeOf(shape.all)[0]);
  const text = [
    '(async () => {',
    `${indent}  const ${list} = ${listText};`,
    `${indent}  const ${out} = [];`,
    `${indent}  for (let ${i} = 0; ${i} < ${list}.length; ${i} += ${CHUNK_SIZE}) {`,
    `${indent}    ${out}.push(...(await Promise.all(${list}.slice(${i}, ${i} + ${CHUNK_SIZE}).map(${cbText}))));`,
    `${indent}  }`,
    `${indent}  return ${out};`,
    `${indent}})()`,
  ].join('\n');
  return { fix: (fixer: TSESLint.RuleFixer) => [fixer.replaceText(shape.all, text)] };
}
