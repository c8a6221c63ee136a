import { isFunctionNode, patternBindings, unwrapExpression, type Node } from '../../analysis/ast';
import type { Repetition } from '../../analysis/model';

/** Names bound per item: `for (const { id, name } of rows)`, `rows.map(({ id }) => …)`. Empty for other repetitions. */
export function repetitionItemNames(rep: Repetition): Set<string> {
  const loop = rep.node;
  let pattern: Node | undefined;
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') pattern = loop.left.type === 'VariableDeclaration' ? loop.left.declarations[0]?.id : loop.left;
  else if (rep.kind === 'callback' && loop.type === 'CallExpression') pattern = (loop.arguments as Node[]).map((a) => unwrapExpression(a)).find(isFunctionNode)?.params[0] as Node | undefined;
  return new Set(pattern ? patternBindings(pattern).map((b) => b.id.name) : []);
}
