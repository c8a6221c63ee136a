import { isFunctionNode, rangeOf, referencedNames, rootName, type Node } from '../../../analysis/ast';
import type { CallEffect } from '../../../analysis/call-effects';
import type { FileAnalysis } from '../../../analysis/file-analysis';
import type { CallSite, Repetition } from '../../../analysis/model';
import { batched, readIntoMapBefore, type Suggestion } from './batch-read';
import { declaredNames } from './batch-read-loop';
import { isPlainPath, promiseAllMap } from './promise-all-map';

/**
 * `await Promise.all(ids.map(async (id) => { const doc = await Document.findByPk(id); … }))` → one
 * read of every key just before the statement, and the read in the callback replaced by a look-up.
 *
 * `map` runs every callback up to its first `await` before any of them goes on, so when the read is
 * what the callback awaits first, every read is under way before anything after it runs (a write
 * included): reading all the keys first gives each callback the row it would have read. Only when
 * the read opens the callback (`const x = await <read>` as its first statement), the callback takes
 * the item alone, and the statement around `Promise.all` always runs it (no condition in between).
 */
export function batchReadMapFix(analysis: FileAnalysis, site: CallSite, effect: Extract<CallEffect, { kind: 'query' }>, rep: Repetition): Suggestion | undefined {
  if (!effect.read || !effect.table.batchReads || site.repetitions.at(-1) !== rep) return undefined;
  const shape = promiseAllMap(rep);
  const callback = shape?.callback;
  if (!shape || !callback || !callback.async || callback.body.type !== 'BlockStatement' || site.fn?.node !== callback) return undefined;
  if (callback.params.length !== 1 || callback.params[0].type !== 'Identifier' || !isPlainPath(shape.collection)) return undefined;
  const item = callback.params[0].name;
  const first = callback.body.body[0];
  const declarator = first?.type === 'VariableDeclaration' && first.declarations.length === 1 ? first.declarations[0] : undefined;
  const awaited = declarator?.init as Node | null | undefined;
  if (awaited?.type !== 'AwaitExpression') return undefined;
  const listRoot = rootName(shape.collection);
  if (!listRoot || referencedNames(callback.body as Node, analysis.keysOf).has(listRoot)) return undefined;
  const list = analysis.text(shape.collection);
  const b = batched(analysis, site, effect, item, list, new Set([item, ...declaredNames(callback.body as Node, analysis)]));
  if (!b || awaited.argument !== b.top) return undefined;
  const statement = statementAlwaysRunning(shape.all as Node);
  if (!statement) return undefined;
  const fnText = analysis.text(statement.fn);
  const { byKey, text: before } = readIntoMapBefore(analysis, b, fnText, rangeOf(statement.node)[0]);
  return {
    call: b.label,
    fix: (fixer) => [...(b.helper ? [b.helper(fixer)] : []), fixer.insertTextBefore(statement.node as never, before), fixer.replaceText(awaited as never, b.lookup(byKey))],
  };
}

/**
 * The statement of an async function (in any block of it) that evaluates `n` whenever it runs: `return …`, `const x = …`,
 * `x = …`, `await …;`, with only `await` and assignment between (no `?:`, `&&`, call or callback
 * that might skip it), so a read put just before it runs exactly when the original reads ran.
 */
function statementAlwaysRunning(n: Node): { node: Node; fn: Node } | undefined {
  let child = n;
  for (let p = n.parent as Node | undefined; p; child = p, p = p.parent as Node | undefined) {
    if (p.type === 'AwaitExpression' || (p.type === 'AssignmentExpression' && p.right === child) || (p.type === 'VariableDeclarator' && p.init === child)) continue;
    if (p.type !== 'ExpressionStatement' && p.type !== 'ReturnStatement' && !(p.type === 'VariableDeclaration' && p.declarations.length === 1)) return undefined;
    // Before a statement of a block (of the function or nested in it: `if (normalize) { items = await Promise.all(…) }`).
    if ((p.parent as Node | undefined)?.type !== 'BlockStatement') return undefined;
    let fn = p.parent as Node | undefined;
    while (fn && !isFunctionNode(fn)) fn = fn.parent as Node | undefined;
    return fn && isFunctionNode(fn) && fn.async ? { node: p, fn } : undefined;
  }
  return undefined;
}
