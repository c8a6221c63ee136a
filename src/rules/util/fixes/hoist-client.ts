import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, propertyName, pushChildren, rangeOf, unwrapExpression, type Node } from '../../../analysis/ast';
import type { CallEffect } from '../../../analysis/call-effects';
import type { FileAnalysis } from '../../../analysis/file-analysis';
import type { CallSite, FunctionInfo } from '../../../analysis/model';
import type { Scope } from '../../../analysis/scope';

type Create = Extract<CallEffect, { kind: 'create' }>;

/** Calls that end a client: after a move to module level they go (a shared client stays open). */
const CLOSE = new Set(['end', 'close', 'quit', 'disconnect', 'destroy', '$disconnect']);
/** Calls that (re)open or hand back a client: the next call would open it twice. */
const OPEN = new Set(['connect', '$connect', 'release']);
const PURE_CALLS = new Set(['Number', 'String', 'Boolean', 'parseInt', 'parseFloat']);

/**
 * `const prisma = new PrismaClient()` inside a handler → the same declaration once at module level,
 * before the statement that holds the function; the function then uses the module's binding.
 * Only when the arguments are the same on every call (literals, `process.env`, module constants),
 * the client pools (or multiplexes) so sharing it is what it is for, and the function only
 * queries through it (never connects or hands it on). A close at the end of the function or in
 * its `finally` (connect-query-close) is removed with it: the shared client stays open.
 */
export function hoistClientFix(analysis: FileAnalysis, site: CallSite, effect: Create, owner: FunctionInfo): { name: string; fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] } | undefined {
  const shareable = effect.factory.creates === 'pool' || (effect.factory.creates === 'connection' && !effect.factory.unpooledWhenShared);
  if (!shareable || site.repetitions.length) return undefined;
  const declarator = site.node.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== site.node || declarator.id.type !== 'Identifier') return undefined;
  const declaration = declarator.parent;
  if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const' || declaration.declarations.length !== 1) return undefined;
  const name = declarator.id.name;
  if (analysis.collected.moduleScope.vars.has(name)) return undefined;
  const top = topStatement(analysis, declaration);
  if (!top) return undefined;
  const insertAt = Math.min(rangeOf(top)[0], ...decoratorsOf(top).map((d) => rangeOf(d)[0]));
  if (!site.node.arguments.every((a) => isConstant(analysis, a as Node, site.scope, insertAt))) return undefined;
  const closes = usesOf(analysis, owner.node, name);
  if (!closes) return undefined;

  const text = analysis.file.text;
  const removals: Array<[number, number, string]> = [[...wholeLines(text, declaration), '']];
  for (const close of closes) {
    const block = close.parent;
    const tryStatement = block?.parent;
    if (block?.type === 'BlockStatement' && tryStatement?.type === 'TryStatement' && tryStatement.finalizer === block && block.body.every((b) => closes.includes(b))) {
      // The finally only closed the client: it goes, and a try left with nothing else is unwrapped.
      if (block.body[0] !== close) continue;
      if (tryStatement.handler) removals.push([rangeOf(tryStatement.handler)[1], rangeOf(block)[1], '']);
      else removals.push([...rangeOf(tryStatement), unwrapped(text, tryStatement.block)]);
    } else if (block?.type === 'BlockStatement' && (block === owner.node.body || block.parent?.type === 'TryStatement')) {
      removals.push([...wholeLines(text, close), '']);
    } else return undefined;
  }
  removals.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < removals.length; i++) if (removals[i][0] < removals[i - 1][1]) return undefined;
  const moved = `const ${analysis.text(declarator)};\n`;
  return {
    name,
    fix: (fixer) => [fixer.insertTextBeforeRange([insertAt, insertAt], moved), ...removals.map(([a, b, t]) => fixer.replaceTextRange([a, b], t))],
  };
}

/** The node's range, widened to its whole lines when nothing else is on them. */
function wholeLines(text: string, n: Node): [number, number] {
  const [start, end] = rangeOf(n);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const after = /^[ \t]*(\r?\n)?/.exec(text.slice(end))![0];
  return /^[ \t]*$/.test(text.slice(lineStart, start)) && after.endsWith('\n') ? [lineStart, end + after.length] : [start, end];
}

/** A block's statements, one level less indented, to stand where the `try` stood. */
function unwrapped(text: string, block: TSESTree.BlockStatement): string {
  const tryIndent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', rangeOf(block)[0] - 1) + 1))![0];
  const lines = text.slice(rangeOf(block)[0] + 1, rangeOf(block)[1] - 1).split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const inner = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l, i) => (i === 0 ? l.trim() : l.trim() ? tryIndent + l.slice(inner) : '')).join('\n');
}

/** The statement of the program that holds `n` (by position: every host sets parents differently above a class). */
function topStatement(analysis: FileAnalysis, n: Node): Node | undefined {
  const [start, end] = rangeOf(n);
  return analysis.collected.program.body.find((s) => rangeOf(s)[0] <= start && rangeOf(s)[1] >= end);
}

function decoratorsOf(n: Node): Node[] {
  const own = (x: Node | null | undefined) => ((x as { decorators?: Node[] } | null | undefined)?.decorators ?? []);
  return [...own(n), ...own((n as { declaration?: Node | null }).declaration)];
}

/** The same value on every call, and already there when module code reaches `insertAt`. */
function isConstant(analysis: FileAnalysis, node: Node, scope: Scope, insertAt: number): boolean {
  const n = unwrapExpression(node);
  const constant = (x: Node | null | undefined) => !x || isConstant(analysis, x, scope, insertAt);
  switch (n.type) {
    case 'Literal':
      return !('regex' in n && n.regex);
    case 'TemplateLiteral':
      return n.expressions.every(constant);
    case 'ArrayExpression':
      return n.elements.every(constant);
    case 'ObjectExpression':
      return n.properties.every((p) => (p.type === 'SpreadElement' ? constant(p.argument) : p.kind === 'init' && !p.method && (!p.computed || constant(p.key)) && constant(p.value as Node)));
    case 'SpreadElement':
      return constant(n.argument);
    case 'UnaryExpression':
      return n.operator !== 'delete' && constant(n.argument);
    case 'BinaryExpression':
    case 'LogicalExpression':
      return constant(n.left as Node) && constant(n.right);
    case 'ConditionalExpression':
      return constant(n.test) && constant(n.consequent) && constant(n.alternate);
    case 'CallExpression':
      return n.callee.type === 'Identifier' && PURE_CALLS.has(n.callee.name) && !scope.lookup(n.callee.name) && n.arguments.every((a) => constant(a as Node));
    case 'MemberExpression': {
      if (n.computed && !constant(n.property)) return false;
      const obj = unwrapExpression(n.object);
      // process.env.X: read once at start-up instead of on every call (the same unless the process rewrites its env).
      if (obj.type === 'MemberExpression' && !obj.computed && unwrapExpression(obj.object).type === 'Identifier' && (unwrapExpression(obj.object) as TSESTree.Identifier).name === 'process' && propertyName(obj) === 'env' && !scope.lookup('process')) return true;
      return constant(obj);
    }
    case 'Identifier': {
      if (n.name === 'undefined') return !scope.lookup('undefined');
      const b = scope.lookup(n.name);
      if (!b || b.scope !== analysis.collected.moduleScope) return false;
      if (b.kind === 'import') return true;
      if (b.kind !== 'variable' || b.values.length !== 1) return false;
      let d: Node | undefined = b.declNode;
      while (d && d.type !== 'VariableDeclaration') d = d.parent;
      return d?.type === 'VariableDeclaration' && d.kind === 'const' && rangeOf(d)[1] <= insertAt;
    }
    default:
      return false;
  }
}

/**
 * Every use of `name` in `fn` queries through it (`name.query(…)`, `name.user.findMany()`,
 * `name('users')`) or is a statement that closes it (`await name.end();`), returned. Undefined
 * when it is connected, handed on or stored.
 */
function usesOf(analysis: FileAnalysis, fn: Node, name: string): Node[] | undefined {
  const closes: Node[] = [];
  const stack: Node[] = [fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression' || fn.type === 'FunctionDeclaration' ? fn.body : fn];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'Identifier' && n.name === name) {
      const p = n.parent;
      if (p?.type === 'VariableDeclarator' && p.id === n) continue;
      if (p?.type === 'MemberExpression' && !p.computed && p.property === n) continue;
      if (p?.type === 'Property' && p.key === n && !p.computed && !p.shorthand) continue;
      if (p?.type === 'CallExpression' && p.callee === n) continue;
      const method = p?.type === 'MemberExpression' && p.object === n && !p.computed ? propertyName(p) : undefined;
      if (method && CLOSE.has(method)) {
        const call = p!.parent;
        const awaited = call?.type === 'CallExpression' && call.callee === p ? (call.parent?.type === 'AwaitExpression' ? call.parent : call) : undefined;
        if (awaited?.parent?.type !== 'ExpressionStatement') return undefined;
        closes.push(awaited.parent);
        continue;
      }
      if (method && !OPEN.has(method)) continue;
      return undefined;
    }
    if (isFunctionNode(n) && n !== fn && n.params.some((param) => param.type === 'Identifier' && param.name === name)) continue;
    pushChildren(stack, n, analysis.keysOf);
  }
  return closes;
}
