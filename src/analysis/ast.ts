import type { TSESTree } from '@typescript-eslint/utils';

/**
 * Small, allocation-free helpers over ESTree (as produced by espree, typescript-estree or oxc).
 * Only type imports from typescript-eslint: the runtime stays dependency-free so the same
 * code runs under ESLint, oxlint's JS plugin host and the extension's worker.
 */

export type Node = TSESTree.Node;
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
export type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

/**
 * A node's source offsets. ESLint's parsers give `range`; the editor host asks oxc-parser for
 * `start`/`end` only (a `range` array per node is a fifth more AST to build and collect).
 */
export function rangeOf(node: { range?: [number, number]; start?: number; end?: number }): [number, number] {
  return node.range ?? [node.start as number, node.end as number];
}

export function isFunctionNode(node: Node | null | undefined): node is FunctionNode {
  return !!node && (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression');
}

/** `name` as a whole identifier in source text (not inside `names`, `$name`, `name_`). */
export function identifierPattern(name: string, flags = ''): RegExp {
  return new RegExp(`(?<![\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`, flags);
}

/** Peels TS-only wrappers and no-op nodes: `x!`, `x as T`, `<T>x`, `x satisfies T`, `(0, x)`. */
export function unwrapExpression(node: Node): Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case 'TSNonNullExpression':
      case 'TSAsExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
      case 'ChainExpression':
        n = n.expression;
        continue;
      case 'SequenceExpression': {
        // `(0, fs_1.readFileSync)(…)`: how tsc and Babel call an import without a `this`.
        const last = n.expressions[n.expressions.length - 1];
        if (n.expressions.length < 2 || !n.expressions.slice(0, -1).every((e) => e.type === 'Literal')) return n;
        n = last;
        continue;
      }
      default:
        return n;
    }
  }
}

/** The name a member chain starts from: `cache.users[id]` → cache, `this.x.y` → this. */
export function rootName(target: Node): string | undefined {
  let t = unwrapExpression(target);
  while (t.type === 'MemberExpression') t = unwrapExpression(t.object);
  return t.type === 'Identifier' ? t.name : t.type === 'ThisExpression' ? 'this' : undefined;
}

/** Static name of a member's property: `a.b` → b, `a['b']` → b, `a[b]` → undefined. */
export function propertyName(member: TSESTree.MemberExpression): string | undefined {
  const p = member.property;
  if (!member.computed && p.type === 'Identifier') return p.name;
  if (p.type === 'Literal' && typeof p.value === 'string') return p.value;
  if (p.type === 'PrivateIdentifier') return p.name;
  return undefined;
}

/** Static key of an object property / class member. */
export function keyName(node: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition | TSESTree.TSAbstractMethodDefinition): string | undefined {
  const k = node.key;
  if (!node.computed && k.type === 'Identifier') return k.name;
  if (k.type === 'Literal' && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value);
  if (k.type === 'PrivateIdentifier') return k.name;
  return undefined;
}

const callViews = new WeakMap<TSESTree.TaggedTemplateExpression, TSESTree.CallExpression>();
const taggedOfView = new WeakMap<Node, TSESTree.TaggedTemplateExpression>();

/**
 * A tagged template as the call it is: its tag called with the template (`sql\`select …\`` of
 * postgres.js or Neon, `prisma.$queryRaw\`…\``). The collector hands this view to the rules, so
 * they read one shape for every call. It is not in the tree: it reads its parent and place from the
 * tagged template (which is), and the same view comes back for the same node.
 */
export function taggedCallView(node: TSESTree.TaggedTemplateExpression): TSESTree.CallExpression {
  let view = callViews.get(node);
  if (!view) {
    view = {
      type: 'CallExpression',
      callee: node.tag,
      arguments: [node.quasi],
      optional: false,
      typeArguments: node.typeArguments,
      get parent() { return node.parent; },
      get range() { return node.range; },
      get loc() { return node.loc; },
      get start() { return (node as { start?: number }).start; },
      get end() { return (node as { end?: number }).end; },
    } as unknown as TSESTree.CallExpression;
    callViews.set(node, view);
    taggedOfView.set(view, node);
  }
  return view;
}

/** The tagged template a call view stands for; undefined for a call written as one. */
export function taggedTemplateOf(call: Node): TSESTree.TaggedTemplateExpression | undefined {
  return taggedOfView.get(call);
}

/** The node in the tree for a call: the tagged template for a view of one, else the call itself. */
export function inTree(call: Node): Node {
  return taggedOfView.get(call) ?? call;
}

/** Whether `inner` lies inside `outer` in the source. */
export function within(inner: Node, outer: Node): boolean {
  const [a, b] = rangeOf(inner);
  const [c, d] = rangeOf(outer);
  return a >= c && b <= d;
}

/** The argument a call passes at `index`, or with `key` the value of that key of an object literal there (`f({ tx })` → `tx`). */
export function argumentAt(call: CallLike, index: number, key?: string): Node | undefined {
  const arg = call.arguments[index] as Node | undefined;
  if (!arg || arg.type === 'SpreadElement') return undefined;
  if (key === undefined) return arg;
  const obj = unwrapExpression(arg);
  if (obj.type !== 'ObjectExpression') return undefined;
  for (const p of obj.properties) if (p.type === 'Property' && keyName(p) === key) return p.value as Node;
  return undefined;
}

/** Wrappers that hand back a function calling the one they are given: `util.promisify(f)`, Bluebird's `Promise.promisify(f)`, `callbackify(f)`. */
const SAME_CALL_WRAPPERS = new Set(['promisify', 'callbackify', 'fromCallback']);

/** `this.loadOne.bind(this)` → `this.loadOne`: the function a bound copy calls (a name or a member), or `undefined`. */
export function boundTarget(n: Node): Node | undefined {
  if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || propertyName(n.callee) !== 'bind') return undefined;
  const target = unwrapExpression(n.callee.object as Node);
  return target.type === 'MemberExpression' || target.type === 'Identifier' ? target : undefined;
}

/**
 * The function a wrapped copy calls: `util.promisify(handler.update.bind(handler))` and
 * `this.load.bind(this)` call `handler.update` and `this.load`. `undefined` for anything else.
 */
export function wrappedFunction(n: Node): Node | undefined {
  let inner: Node | undefined;
  for (let e = unwrapExpression(n), depth = 0; e.type === 'CallExpression' && depth < 3; depth++) {
    const callee = unwrapExpression(e.callee as Node);
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
    const bound = boundTarget(e);
    if (bound) inner = bound;
    else if (name && SAME_CALL_WRAPPERS.has(name) && e.arguments.length === 1) inner = unwrapExpression(e.arguments[0] as Node);
    else break;
    e = inner;
  }
  return inner && (inner.type === 'Identifier' || inner.type === 'MemberExpression') ? inner : undefined;
}

/** The method name of a call: `a.b.c()` → c, `f()` → f. */
export function calleeName(call: CallLike): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') return propertyName(callee);
  return undefined;
}

/** `Object.keys(x)`, `Object.values(x)`, `Object.entries(x)`: the `x` whose keys or values the call lists. */
export function objectListed(n: Node): Node | undefined {
  if (n.type !== 'CallExpression' || n.arguments.length !== 1) return undefined;
  const callee = unwrapExpression(n.callee);
  if (callee.type !== 'MemberExpression' || !['keys', 'values', 'entries'].includes(propertyName(callee) ?? '')) return undefined;
  const obj = unwrapExpression(callee.object);
  return obj.type === 'Identifier' && obj.name === 'Object' ? unwrapExpression(n.arguments[0] as Node) : undefined;
}

export function stringValue(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.quasis.length === 1) return node.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/** Decorator names on a class or member: `@Get('x')` → Get, `@Nest.Controller()` → Controller. */
export function decoratorNames(node: { decorators?: TSESTree.Decorator[] }): string[] {
  const out: string[] = [];
  for (const d of node.decorators ?? []) {
    let e: Node = d.expression;
    if (e.type === 'CallExpression') e = e.callee;
    if (e.type === 'Identifier') out.push(e.name);
    else if (e.type === 'MemberExpression') {
      const name = propertyName(e);
      if (name) out.push(name);
    }
  }
  return out;
}

/** Names bound by a destructuring pattern, with the property path that leads to each. */
export function patternBindings(pattern: Node, path: string[] = [], out: Array<{ id: TSESTree.Identifier; path: string[] }> = []) {
  switch (pattern.type) {
    case 'Identifier':
      out.push({ id: pattern, path });
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties) {
        if (p.type === 'RestElement') patternBindings(p.argument, [...path, '*rest'], out);
        else {
          const key = !p.computed && p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : '*';
          patternBindings(p.value, [...path, key], out);
        }
      }
      break;
    case 'ArrayPattern':
      pattern.elements.forEach((el, i) => el && patternBindings(el, [...path, `[${i}]`], out));
      break;
    case 'AssignmentPattern':
      patternBindings(pattern.left, path, out);
      break;
    case 'RestElement':
      patternBindings(pattern.argument, [...path, '*rest'], out);
      break;
    case 'TSParameterProperty':
      patternBindings(pattern.parameter, path, out);
      break;
    default:
      break;
  }
  return out;
}

/** Pushes the child nodes of `n` (by the visitor keys) onto a walk's stack. */
export function pushChildren(stack: Node[], n: Node, keysOf: (n: Node) => readonly string[]) {
  for (const key of keysOf(n)) {
    const child = (n as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof (c as Node).type === 'string') stack.push(c as Node);
    } else if (child && typeof (child as Node).type === 'string') stack.push(child as Node);
  }
}

/** The `return` statements of a function itself, not of the functions nested in it. */
export function ownReturns(fn: FunctionNode, keysOf: (n: Node) => readonly string[]): TSESTree.ReturnStatement[] {
  const out: TSESTree.ReturnStatement[] = [];
  const stack: Node[] = [];
  pushChildren(stack, fn.body as Node, keysOf);
  while (stack.length) {
    const n = stack.pop()!;
    if (isFunctionNode(n)) continue;
    if (n.type === 'ReturnStatement') out.push(n);
    pushChildren(stack, n, keysOf);
  }
  return out;
}

/** Identifier names read anywhere inside `node` (cheap, ignores scoping: used for dependency checks). */
export function referencedNames(node: Node, keysOf: (n: Node) => readonly string[], out = new Set<string>()): Set<string> {
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'Identifier') {
      out.add(n.name);
      continue;
    }
    if (n.type === 'ThisExpression') {
      out.add('this');
      continue;
    }
    for (const key of keysOf(n)) {
      if (key === 'typeAnnotation' || key === 'typeArguments' || key === 'typeParameters' || key === 'returnType') continue;
      // `a.b`: only `a` is a reference.
      if (key === 'property' && n.type === 'MemberExpression' && !n.computed) continue;
      if (key === 'key' && (n.type === 'Property' ) && !n.computed) continue;
      const child = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof (c as Node).type === 'string') stack.push(c as Node);
      } else if (child && typeof (child as Node).type === 'string') stack.push(child as Node);
    }
  }
  return out;
}
