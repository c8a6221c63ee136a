import { isFunctionNode, propertyName, unwrapExpression, type Node } from './ast';
import type { Repetition } from './model';
import type { Binding } from './scope';

/*
 * The parts of a loop the rules read: what binds each item, the statements that run per item, and
 * the index. A loop is a `for…of`/`for` statement or the callback of `.map`/`.forEach`.
 */

/** The callback an iteration call runs per item (`rows.map((row) => …)`). */
export function iterationCallback(rep: Repetition): Node | undefined {
  const loop = rep.node;
  if (rep.kind !== 'callback' || loop.type !== 'CallExpression') return undefined;
  return (loop.arguments as Node[]).map((a) => unwrapExpression(a)).find(isFunctionNode);
}

/** What binds the item: `row` of `for (const row of rows)` or of `rows.map((row) => …)`, or a pattern. */
export function itemPattern(rep: Repetition): Node | undefined {
  const loop = rep.node;
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') return (loop.left.type === 'VariableDeclaration' ? loop.left.declarations[0]?.id : loop.left) as Node | undefined;
  const fn = iterationCallback(rep);
  return fn && isFunctionNode(fn) ? (fn.params[0] as Node | undefined) : undefined;
}

/** What the loop goes over: `rows` of `for (const row of rows)` or of `rows.map(…)`. */
export function loopList(rep: Repetition): Node | undefined {
  const loop = rep.node;
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') return loop.right as Node;
  if (rep.kind === 'callback' && loop.type === 'CallExpression' && loop.callee.type === 'MemberExpression') return loop.callee.object as Node;
  return undefined;
}

/** The statements that run once per item: a loop's body, or the callback's. */
export function loopBody(rep: Repetition): Node | undefined {
  const loop = rep.node;
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement' || loop.type === 'ForStatement' || loop.type === 'WhileStatement' || loop.type === 'DoWhileStatement') return loop.body as Node;
  const fn = iterationCallback(rep);
  return fn && isFunctionNode(fn) ? (fn.body as Node) : undefined;
}

/** `i` of `for (let i = 0; …)`, or the index parameter of `.map((item, i) => …)`. */
export function loopIndexName(rep: Repetition): string | undefined {
  const loop = rep.node;
  if (loop.type === 'ForStatement') return loop.init?.type === 'VariableDeclaration' && loop.init.declarations[0]?.id.type === 'Identifier' ? loop.init.declarations[0].id.name : undefined;
  const fn = iterationCallback(rep);
  const second = fn && isFunctionNode(fn) ? fn.params[1] : undefined;
  return second?.type === 'Identifier' ? second.name : undefined;
}

/** Array methods whose callback gets one item of the list as its first parameter. */
const ITEM_CALLBACK_METHODS = new Set(['map', 'forEach', 'flatMap', 'filter', 'some', 'every']);

/**
 * The list a name is an item of: `rows` for `row` of `for (const row of rows)`, or for the first
 * parameter of `rows.map((row) => …)`. Undefined for any other binding.
 */
export function listOfItem(b: Binding | undefined): Node | undefined {
  if (!b) return undefined;
  if (b.kind === 'variable' && !b.values.length) {
    const forOf = b.declNode.parent?.parent?.parent;
    return forOf?.type === 'ForOfStatement' && forOf.left === b.declNode.parent?.parent ? (forOf.right as Node) : undefined;
  }
  const fnNode = b.kind === 'parameter' && b.paramIndex === 0 ? b.owner?.node : undefined;
  const call = fnNode?.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== fnNode) return undefined;
  const callee = unwrapExpression(call.callee);
  return callee.type === 'MemberExpression' && ITEM_CALLBACK_METHODS.has(propertyName(callee) ?? '') ? (callee.object as Node) : undefined;
}
