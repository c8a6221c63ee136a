/**
 * A helper whose query runs only when the caller asks for it: `getPermissions({ …, fetchData })`
 * with `fetchData ? await payload.findByID(…) : undefined`, `if (withCount) await db.count(…)`.
 * A caller that passes the option as `false` sends no query through it.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { unwrapExpression, type CallLike, type Node } from './ast';
import type { FunctionInfo } from './model';

/** The option: a parameter by position, or a key of the object passed there. */
export interface OptionGate {
  param: number;
  key?: string;
}

/** The option of `fn` that the way from `fn`'s body down to `site` tests first, if any. */
export function optionGate(site: Node, fn: FunctionInfo): OptionGate | undefined {
  const flags = optionNames(fn);
  if (!flags.size) return undefined;
  for (let child: Node = site, p = site.parent; p && child !== fn.node; child = p, p = p.parent) {
    const test =
      p.type === 'IfStatement' && p.consequent === child ? p.test
      : p.type === 'ConditionalExpression' && p.consequent === child ? p.test
      : p.type === 'LogicalExpression' && p.operator === '&&' && p.right === child ? p.left
      : undefined;
    const gate = test && testedOption(test as Node, flags);
    if (gate) return gate;
  }
  return undefined;
}

/** The call passes `false` for the option: `f(false)`, `f({ …, fetchData: false })`. */
export function gateOff(call: CallLike, gate: OptionGate): boolean {
  const arg = call.arguments[gate.param] && unwrapExpression(call.arguments[gate.param] as Node);
  if (!arg) return false;
  if (gate.key === undefined) return isFalse(arg);
  if (arg.type !== 'ObjectExpression') return false;
  const prop = arg.properties.find((p): p is TSESTree.Property => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === gate.key);
  return !!prop && isFalse(unwrapExpression(prop.value as Node));
}

/**
 * `processWhereQuery({ …, fetchData })` in a function that has a `fetchData` option of its own: the
 * callee's option is `fn`'s, passed on as it came. Which of `fn`'s options that is.
 */
export function forwardedGate(call: CallLike, calleeGate: OptionGate, fn: FunctionInfo): OptionGate | undefined {
  const arg = call.arguments[calleeGate.param] && unwrapExpression(call.arguments[calleeGate.param] as Node);
  let value: Node | undefined = arg;
  if (calleeGate.key !== undefined) {
    const prop = arg?.type === 'ObjectExpression' ? arg.properties.find((p): p is TSESTree.Property => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === calleeGate.key) : undefined;
    value = prop && unwrapExpression(prop.value as Node);
  }
  return value?.type === 'Identifier' ? optionNames(fn).get(value.name) : undefined;
}

export function sameGate(a: OptionGate | undefined, b: OptionGate | undefined): boolean {
  return !!a && !!b && a.param === b.param && a.key === b.key;
}

function isFalse(n: Node): boolean {
  return n.type === 'Literal' && n.value === false;
}

/** Per function: asked for every function whose query sits under a test, and again for each of its calls. */
const optionNamesMemo = new WeakMap<FunctionInfo, Map<string, OptionGate>>();

/** `fetchData` → where it comes from: a parameter, a key of an object parameter, or a key destructured from one at the top of the body. */
function optionNames(fn: FunctionInfo): Map<string, OptionGate> {
  let out = optionNamesMemo.get(fn);
  if (!out) optionNamesMemo.set(fn, (out = readOptionNames(fn)));
  return out;
}

function readOptionNames(fn: FunctionInfo): Map<string, OptionGate> {
  const out = new Map<string, OptionGate>();
  const params = fn.node.params;
  const objectParams = new Map<string, number>();
  params.forEach((raw, i) => {
    const p = raw.type === 'AssignmentPattern' ? raw.left : raw;
    if (p.type === 'Identifier') {
      out.set(p.name, { param: i });
      objectParams.set(p.name, i);
    } else if (p.type === 'ObjectPattern') keysOf(p, i, out);
  });
  // `const { fetchData, req } = args` at the top of the body.
  const body = fn.node.body;
  if (body.type === 'BlockStatement') {
    for (const s of body.body) {
      if (s.type !== 'VariableDeclaration') continue;
      for (const d of s.declarations) {
        const from = d.init && unwrapExpression(d.init as Node);
        const i = from?.type === 'Identifier' ? objectParams.get(from.name) : undefined;
        if (i !== undefined && d.id.type === 'ObjectPattern') keysOf(d.id, i, out);
      }
    }
  }
  return out;
}

function keysOf(pattern: TSESTree.ObjectPattern, param: number, out: Map<string, OptionGate>) {
  for (const prop of pattern.properties) {
    if (prop.type !== 'Property' || prop.computed || prop.key.type !== 'Identifier') continue;
    const value = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
    if (value.type === 'Identifier') out.set(value.name, { param, key: prop.key.name });
  }
}

/** `fetchData`, `fetchData && entityType === 'global'`: the option the test requires to be set. */
function testedOption(test: Node, flags: Map<string, OptionGate>): OptionGate | undefined {
  const t = unwrapExpression(test);
  if (t.type === 'Identifier') return flags.get(t.name);
  if (t.type === 'LogicalExpression' && t.operator === '&&') return testedOption(t.left as Node, flags) ?? testedOption(t.right as Node, flags);
  return undefined;
}
