import { isFunctionNode, patternBindings, pushChildren, rangeOf, referencedNames, rootName, unwrapExpression, type Node } from '../../../analysis/ast';
import type { CallEffect } from '../../../analysis/call-effects';
import type { FileAnalysis } from '../../../analysis/file-analysis';
import type { CallSite, Repetition } from '../../../analysis/model';
import { batched, readIntoMapBefore, type Suggestion } from './batch-read';
import { isPlainPath } from './promise-all-map';

/**
 * `for (const id of ids) { const user = await User.findByPk(id); … }` → one read of every key
 * before the loop into a Map, and the call replaced by a look-up. Only when nothing else in the
 * loop writes or calls code that may (the rows read first must be the rows the loop would have
 * read), and the loop leaves the list alone.
 */
export function batchReadLoopFix(analysis: FileAnalysis, site: CallSite, effect: Extract<CallEffect, { kind: 'query' }>, rep: Repetition): Suggestion | undefined {
  const loop = rep.node;
  if (!effect.read || !effect.table.batchReads || rep.kind !== 'for-of' || loop.type !== 'ForOfStatement' || loop.await || site.repetitions.at(-1) !== rep || site.loops.at(-1) !== rep) return undefined;
  if (loop.parent?.type !== 'BlockStatement' && loop.parent?.type !== 'Program') return undefined;
  const left = loop.left.type === 'VariableDeclaration' && loop.left.declarations.length === 1 ? loop.left.declarations[0].id : undefined;
  if (left?.type !== 'Identifier' || !isPlainPath(loop.right)) return undefined;
  const list = analysis.text(loop.right);
  const listRoot = rootName(loop.right);
  const bodyNames = referencedNames(loop.body, analysis.keysOf);
  if (!listRoot || bodyNames.has(listRoot)) return undefined;
  const declaredInLoop = new Set<string>([left.name, ...(analysis.collected.loops.get(loop)?.assigned ?? [])]);
  for (const n of declaredNames(loop.body, analysis)) declaredInLoop.add(n);
  const b = batched(analysis, site, effect, left.name, list, declaredInLoop);
  const awaited = b?.top.parent;
  if (!b || awaited?.type !== 'AwaitExpression' || awaited.argument !== b.top || !onlyReadsIn(analysis, loop, site, awaited)) return undefined;
  const fnText = analysis.text(site.fn?.node ?? analysis.collected.program);
  const { byKey, text: before } = readIntoMapBefore(analysis, b, fnText, rangeOf(loop)[0]);
  const lookup = b.lookup(byKey);
  const p = awaited.parent;
  const bare = p?.type === 'VariableDeclarator' || p?.type === 'ReturnStatement' || p?.type === 'ExpressionStatement' || p?.type === 'ArrayExpression' || (p?.type === 'AssignmentExpression' && p.right === awaited) || (p?.type === 'Property' && p.value === awaited) || (p?.type === 'CallExpression' && p.arguments.includes(awaited as never));
  const text = bare || !lookup.includes(' ?? ') ? lookup : `(${lookup})`;
  return {
    call: b.label,
    fix: (fixer) => [...(b.helper ? [b.helper(fixer)] : []), fixer.insertTextBefore(loop, before), fixer.replaceText(awaited, text)],
  };
}

/** Names declared anywhere inside `n` (variables, functions, classes, parameters). */
export function declaredNames(n: Node, analysis: FileAnalysis): Set<string> {
  const out = new Set<string>();
  const stack: Node[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.type === 'VariableDeclarator') for (const b of patternBindings(x.id)) out.add(b.id.name);
    if ((x.type === 'FunctionDeclaration' || x.type === 'ClassDeclaration') && x.id) out.add(x.id.name);
    if (isFunctionNode(x)) for (const p of x.params) for (const b of patternBindings(p)) out.add(b.id.name);
    pushChildren(stack, x, analysis.keysOf);
  }
  return out;
}

/**
 * Everything else the loop awaits is a read of a known library, and no call in it writes or runs
 * a helper that queries: reading every row first then gives the rows each iteration would have read.
 */
function onlyReadsIn(analysis: FileAnalysis, loop: Node, site: CallSite, own: Node): boolean {
  const [start, end] = rangeOf(loop);
  const within = (n: Node) => rangeOf(n)[0] >= start && rangeOf(n)[1] <= end;
  for (const c of analysis.collected.calls) {
    // The read itself, and what is chained on it (`.lean()`), are the fix's own.
    if (!within(c.node) || (rangeOf(c.node)[0] >= rangeOf(own)[0] && rangeOf(c.node)[1] <= rangeOf(own)[1])) continue;
    const e = analysis.effectOf(c);
    if (e?.kind === 'query' && !e.read) return false;
    if (e) continue;
    const t = analysis.targetOf(c);
    if (t ? analysis.queryWitness(t) : analysis.externalQueryWitness(c)) return false;
  }
  for (const a of analysis.collected.awaits) {
    if (!within(a.node) || a.node === own) continue;
    const arg = unwrapExpression(a.node.argument);
    const awaitedSite = arg.type === 'CallExpression' ? analysis.collected.callByNode.get(arg) : undefined;
    const e = awaitedSite && analysis.effectOf(awaitedSite);
    if (e?.kind !== 'query' || !e.read) return false;
  }
  return true;
}
