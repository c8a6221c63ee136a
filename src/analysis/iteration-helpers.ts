import type { TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, propertyName, pushChildren, referencedNames, unwrapExpression, type Node } from './ast';
import { LOOP_STATEMENTS } from './loop-shape';
import type { KeysOf } from './visitor-keys';

/*
 * A file's own iteration helpers: `processInSubBatches(items, handler)` that slices `items` and runs
 * `batch.map(handler)`, `forEachInTurn(list, fn)` that awaits `fn(item)` in a loop. A call of one
 * runs the callback it is handed once per item of the list it is handed, like `items.map(fn)`.
 */

/** Parameter positions of a helper: the list it goes over and the callback it runs per item. */
export interface IterationHelper {
  list: number;
  fn: number;
}

const ITERATING_METHODS = new Set(['map', 'forEach', 'flatMap']);

/** Functions declared at the top of the module (`function f`, `const f = (…) => …`) that iterate a callback parameter over a list parameter. */
export function localIterationHelpers(program: TSESTree.Program, keysOf: KeysOf, textOf: (n: Node) => string): Map<string, IterationHelper> {
  const out = new Map<string, IterationHelper>();
  for (const statement of program.body) {
    const s = (statement.type === 'ExportNamedDeclaration' && statement.declaration ? statement.declaration : statement) as Node;
    if (s.type === 'FunctionDeclaration' && s.id) add(s.id.name, s);
    if (s.type === 'VariableDeclaration') {
      for (const d of s.declarations) {
        const init = d.init && unwrapExpression(d.init as Node);
        if (d.id.type === 'Identifier' && init && isFunctionNode(init)) add(d.id.name, init);
      }
    }
  }
  return out;

  function add(name: string, fn: Node) {
    const helper = iteratesCallback(fn, keysOf, textOf);
    if (helper) out.set(name, helper);
  }
}

function iteratesCallback(fn: Node, keysOf: KeysOf, textOf: (n: Node) => string): IterationHelper | undefined {
  if (!isFunctionNode(fn) || fn.params.length < 2) return undefined;
  const params = fn.params.map((p) => (p.type === 'Identifier' ? p.name : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? p.left.name : undefined));
  const text = textOf(fn.body as Node);
  for (let j = 1; j < params.length; j++) {
    const cb = params[j];
    // Read as text first (`cb(` or `.map(cb)`): most functions never call a parameter, and walking every body costs.
    if (!cb || !new RegExp(`(^|[^\\w$.])${cb.replace(/\$/g, '\\$')}\\s*\\(|\\.(map|forEach|flatMap)\\(\\s*${cb.replace(/\$/g, '\\$')}\\s*[,)]`).test(text)) continue;
    if (!runsPerItem(fn.body as Node, cb, keysOf)) continue;
    // The list comes before the callback (`helper(items, fn)`), and the body reads it.
    const read = referencedNames(fn.body as Node, keysOf);
    const list = params.slice(0, j).findIndex((p) => !!p && read.has(p));
    if (list >= 0) return { list, fn: j };
  }
  return undefined;
}

/** `batch.map(cb)`, or `cb(item)` inside a loop or an iteration callback of the body. */
function runsPerItem(body: Node, cb: string, keysOf: KeysOf): boolean {
  const stack: Array<{ n: Node; repeated: boolean }> = [{ n: body, repeated: false }];
  while (stack.length) {
    const { n, repeated } = stack.pop()!;
    if (n.type === 'CallExpression') {
      const callee = unwrapExpression(n.callee as Node);
      if (callee.type === 'MemberExpression' && ITERATING_METHODS.has(propertyName(callee) ?? '') && n.arguments.some((a) => isName(a as Node, cb))) return true;
      if (repeated && isName(callee, cb)) return true;
    }
    // Inside a loop, or a callback of `.map` / `.forEach`, each call of `cb` is one per item; not in a
    // loop that returns or breaks (`retry(times, fn)` stops once `fn` succeeds).
    const inner = repeated || (LOOP_STATEMENTS.has(n.type) && !exits(n, keysOf)) || (isFunctionNode(n) && n.parent?.type === 'CallExpression' && ITERATING_METHODS.has(calledMethod(n.parent as TSESTree.CallExpression)));
    const children: Node[] = [];
    pushChildren(children, n, keysOf);
    for (const c of children) stack.push({ n: c, repeated: inner });
  }
  return false;
}

function exits(loop: Node, keysOf: KeysOf): boolean {
  const stack: Node[] = [loop];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'ReturnStatement' || n.type === 'BreakStatement') return true;
    if (n !== loop && isFunctionNode(n)) continue;
    pushChildren(stack, n, keysOf);
  }
  return false;
}

function calledMethod(call: TSESTree.CallExpression): string {
  const callee = unwrapExpression(call.callee as Node);
  return callee.type === 'MemberExpression' ? (propertyName(callee) ?? '') : '';
}

function isName(n: Node, name: string): boolean {
  const u = unwrapExpression(n);
  return u.type === 'Identifier' && u.name === name;
}
