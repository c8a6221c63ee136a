import type { TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, propertyName, unwrapExpression, type FunctionNode, type Node } from '../../../analysis/ast';
import type { Repetition } from '../../../analysis/model';

/** `Promise.all(list.map(cb))` with an inline callback: the shape both per-item fixes rewrite. */
export interface PromiseAllMap {
  /** The `Promise.all(…)` call, which the fix replaces. */
  all: TSESTree.CallExpression;
  /** `list`. */
  collection: Node;
  callback: FunctionNode;
}

export function promiseAllMap(rep: Repetition): PromiseAllMap | undefined {
  const map = rep.node;
  if (rep.kind !== 'callback' || rep.method !== 'map' || map.type !== 'CallExpression' || map.arguments.length !== 1) return undefined;
  const mapCallee = unwrapExpression(map.callee);
  if (mapCallee.type !== 'MemberExpression' || mapCallee.computed || mapCallee.optional) return undefined;
  const callback = unwrapExpression(map.arguments[0] as Node);
  if (!isFunctionNode(callback) || callback.generator) return undefined;
  let all: Node | undefined = map.parent;
  if (all?.type !== 'CallExpression' || all.arguments.length !== 1 || all.arguments[0] !== map) return undefined;
  const callee = unwrapExpression(all.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || propertyName(callee) !== 'all' || unwrapExpression(callee.object).type !== 'Identifier' || (unwrapExpression(callee.object) as TSESTree.Identifier).name !== 'Promise') return undefined;
  return { all, collection: unwrapExpression(mapCallee.object), callback };
}

/** What the callback gives back: `(x) => e`, `async (x) => await e`, `(x) => { return e; }`. */
export function returnedExpression(fn: FunctionNode): Node | undefined {
  let e: Node | undefined;
  if (fn.body.type !== 'BlockStatement') e = fn.body;
  else if (fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement') e = fn.body.body[0].argument ?? undefined;
  if (!e) return undefined;
  e = unwrapExpression(e);
  return e.type === 'AwaitExpression' ? unwrapExpression(e.argument) : e;
}

/** `ids`, `req.body.ids`, `this.ids`: read twice by a fix without running anything. */
export function isPlainPath(n: Node): boolean {
  const e = unwrapExpression(n);
  if (e.type === 'Identifier' || e.type === 'ThisExpression') return true;
  return e.type === 'MemberExpression' && !e.computed && !e.optional && isPlainPath(e.object);
}
