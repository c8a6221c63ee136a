import { isFunctionNode, patternBindings, unwrapExpression, type Node } from '../../analysis/ast';
import type { CallSite, Repetition } from '../../analysis/model';

/** Names bound per item: `for (const { id, name } of rows)`, `rows.map(({ id }) => …)`. Empty for other repetitions. */
export function repetitionItemNames(rep: Repetition): Set<string> {
  const loop = rep.node;
  let pattern: Node | undefined;
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') pattern = loop.left.type === 'VariableDeclaration' ? loop.left.declarations[0]?.id : loop.left;
  else if (rep.kind === 'callback' && loop.type === 'CallExpression') pattern = (loop.arguments as Node[]).map((a) => unwrapExpression(a)).find(isFunctionNode)?.params[0] as Node | undefined;
  return new Set(pattern ? patternBindings(pattern).map((b) => b.id.name) : []);
}

/** The innermost loop over a collection around a call; `for (const k of ['ca', 'key', 'cert'])` is a fixed list, not one. */
export function perItemLoop(site: CallSite): Repetition | undefined {
  for (let i = site.repetitions.length - 1; i >= 0; i--) if (!site.repetitions[i].fixedSize) return site.repetitions[i];
  return undefined;
}
