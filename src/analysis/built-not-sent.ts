/**
 * Query builders (Knex, Objection, Drizzle) send a statement only when it is awaited or run. A
 * builder made and then written into another statement is part of that one statement, sent once:
 *
 * - `sql\`${db.select(…).from(t)}\``: a subquery in a template of raw SQL;
 * - `db.select(…).from(t).as('sq')`, `.toSQL()`: an aliased subquery, or the text only;
 * - `let query = db.select(…).$dynamic(); query = query.where(…); const sub = query.as('sq')`:
 *   a builder the function only extends and embeds, never awaits, returns or runs.
 *
 * (Dropped results and builders passed to another call are judged by no-n-plus-one itself.)
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, inTree, isFunctionNode, pushChildren, taggedTemplateOf, unwrapExpression, type CallLike, type Node } from './ast';
import { outermostChainCall } from './call-effects';
import type { KeysOf } from './visitor-keys';

/** Libraries whose queries are builders, sent only when awaited or run. */
export const LAZY_LIBRARIES = new Set(['knex', 'objection', 'drizzle', 'drizzle-sqlite', 'kysely', 'postgres-js', 'neon']);

/** Chain ends that make the statement's text or a named subquery, never a round trip. */
const BUILD_ONLY = new Set(['as', 'toSQL', 'toSql', 'getSQL', 'toQuery', 'toString']);

export function builtNotSent(call: CallLike, keysOf: KeysOf): boolean {
  const top = withWrappers(outermostChainCall(call));
  return embedded(top) || keptUnsent(top, keysOf, 0) || madeForEmbedding(top, keysOf) || foldedIntoOne(call) || onlyAPart(call);
}

/** How a statement starts (after comments): what a template sent on its own must begin with. */
const STATEMENT = /^(select|insert|update|delete|with|values|table|merge|create|alter|drop|truncate|grant|revoke|comment|begin|start|commit|rollback|abort|end|savepoint|release|set|reset|show|call|do|copy|explain|analyze|vacuum|cluster|reindex|refresh|lock|listen|unlisten|notify|prepare|execute|deallocate|declare|fetch|move|close|discard|checkpoint|load|import|security|pragma|replace|upsert|use|describe)\b/i;
/** What continues a condition or an expression: a value written next to it makes a part of one statement. */
const CONTINUES = /^(=|<|>|!|@|\|\||::|\+|-|\*|\/|%|and\b|or\b|not\b|in\b|is\b|like\b|ilike\b|between\b|as\b|asc\b|desc\b|,)/i;

/**
 * A template that cannot be a statement of its own: `sql\`\`` (empty, the neutral part of a
 * condition), `sql\`(r.type = ${type})\``, `sql\`true\``, `sql\`${column} = ${value}\``. postgres.js
 * and Neon build a query from such parts; only the template they end up in is sent.
 */
function onlyAPart(call: CallLike): boolean {
  const quasi = taggedTemplateOf(call)?.quasi;
  if (!quasi) return false;
  const text = (i: number) => (quasi.quasis[i]?.value.cooked ?? '').replace(/^(\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)+/, '');
  const first = text(0);
  if (!first) return quasi.expressions.length ? CONTINUES.test(text(1)) : true;
  // `(select …) union (…)` is a statement; `(r.name = any(…))` is a condition.
  return !STATEMENT.test(first.replace(/^\(\s*/, ''));
}

/**
 * `parts.reduce((acc, part) => sql\`${acc} AND ${part}\`)`: each step writes the statement so far
 * into the next one, so the fold makes one statement, sent (or not) by whoever takes the result.
 */
function foldedIntoOne(call: CallLike): boolean {
  const tagged = taggedTemplateOf(call);
  if (!tagged) return false;
  const value = throughBranches(withWrappers(inTree(call)));
  let fn: Node | undefined = value.parent;
  if (fn?.type === 'ReturnStatement') while (fn && !isFunctionNode(fn)) fn = fn.parent;
  else if (!(fn?.type === 'ArrowFunctionExpression' && fn.body === value)) return false;
  const fold = fn?.parent;
  if (fold?.type !== 'CallExpression' || fold.arguments[0] !== fn || !/^reduce(Right)?$/.test(calleeName(fold) ?? '')) return false;
  const acc = (fn as TSESTree.FunctionLike).params[0];
  return acc?.type === 'Identifier' && tagged.quasi.expressions.some((e) => e.type === 'Identifier' && e.name === acc.name);
}

/**
 * `const rowsOf = (check) => db.select(…).from(t).where(check)`, used only as
 * `exists(rowsOf(…))`: an arrow that makes the builder, whose every call in the function around it
 * is written into another statement (an argument of a call that does not await it, a raw SQL template).
 */
function madeForEmbedding(top: Node, keysOf: KeysOf): boolean {
  const arrow = top.parent;
  const decl = arrow?.type === 'ArrowFunctionExpression' && arrow.body === top ? arrow.parent : undefined;
  if (decl?.type !== 'VariableDeclarator' || decl.id.type !== 'Identifier') return false;
  const name = decl.id.name;
  let fn: Node | undefined = decl.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  const body = fn && (fn as TSESTree.FunctionLike).body;
  if (!body) return false;
  const stack: Node[] = [body as Node];
  let calls = 0;
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'Identifier' && n.name === name && n !== decl.id) {
      const call = n.parent;
      if (call?.type !== 'CallExpression' || call.callee !== n) return false;
      const at = withWrappers(call);
      const p = at.parent;
      if (!inTemplate(at) && !(p?.type === 'CallExpression' && p.arguments.includes(at as never) && !combinesPromises(p))) return false;
      calls++;
    }
    pushChildren(stack, n, keysOf);
  }
  return calls > 0;
}

/** The chain is written into another statement: as a subquery, in a raw SQL template, or as text. */
function embedded(top: Node): boolean {
  const end = unwrapExpression(top);
  if (end.type === 'CallExpression' && BUILD_ONLY.has(calleeName(end) ?? '')) return true;
  return inTemplate(top);
}

/** Written into a template of raw SQL, directly or as a branch (`${cond ? sql\`and …\` : sql\`\`}`). */
export function inTemplate(n: Node): boolean {
  const child = throughBranches(n);
  return child.parent?.type === 'TemplateLiteral' && child.parent.parent?.type === 'TaggedTemplateExpression';
}

/** The expression with the conditionals around it that pick it as a value (`a ? <n> : b`, `a && <n>`, `<n> ?? b`). */
export function throughBranches(n: Node): Node {
  let child = n;
  while (child.parent && ((child.parent.type === 'ConditionalExpression' && child.parent.test !== child) || child.parent.type === 'LogicalExpression')) child = child.parent;
  return child;
}

/** `let query = <chain>` or `query = <chain>`, and no use of `query` in the function sends it. */
function keptUnsent(top: Node, keysOf: KeysOf, depth: number): boolean {
  const p = top.parent;
  const name = p?.type === 'VariableDeclarator' && p.init === top && p.id.type === 'Identifier' ? p.id.name : p?.type === 'AssignmentExpression' && p.right === top && p.left.type === 'Identifier' ? p.left.name : undefined;
  if (!name || depth > 2) return false;
  // Where the name lives: the block of its `let`/`const` (another block's `query` is another
  // variable), else the whole function.
  let fn: Node | undefined = p;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  const block = p?.type === 'VariableDeclarator' ? p.parent?.parent : fn && (fn as TSESTree.FunctionLike).body;
  if (!fn || !block) return false;
  const stack: Node[] = [block as Node];
  while (stack.length) {
    const n = stack.pop()!;
    // An inner block with a `query` of its own: another variable.
    if (n !== block && n.type === 'BlockStatement' && declares(n, name)) continue;
    if (n.type === 'Identifier' && n.name === name && usedHere(n) && sends(n, name, keysOf, depth)) return false;
    pushChildren(stack, n, keysOf);
  }
  return true;
}

function declares(block: TSESTree.BlockStatement, name: string): boolean {
  return block.body.some((s) => s.type === 'VariableDeclaration' && s.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === name));
}

/** A read of the name (not its declaration, a key, or the left side of an assignment). */
function usedHere(id: TSESTree.Identifier): boolean {
  const p = id.parent;
  if (!p) return false;
  if (p.type === 'VariableDeclarator' && p.id === id) return false;
  if (p.type === 'AssignmentExpression' && p.left === id) return false;
  if (p.type === 'MemberExpression' && p.property === id && !p.computed) return false;
  if (p.type === 'Property' && p.key === id && !p.computed && !p.shorthand) return false;
  return true;
}

/**
 * Whether this use of the builder may send it: awaited, returned, run, collected, or anything else
 * not known to only extend or embed it. `query = query.where(…)` extends it; `query.as('sq')`, a raw
 * SQL template and another builder call's argument (`.from(query)`, `unionAll(query)`) embed it.
 */
function sends(id: Node, name: string, keysOf: KeysOf, depth: number): boolean {
  let n: Node = id;
  while (n.parent && ((n.parent.type === 'MemberExpression' && n.parent.object === n) || (n.parent.type === 'CallExpression' && n.parent.callee === n))) n = n.parent;
  const top = withWrappers(n);
  if (embedded(top)) return false;
  const p = top.parent;
  // `if (query === null)`, `!query`: a test of the variable, not a use of the statement.
  if (p?.type === 'BinaryExpression' || p?.type === 'UnaryExpression') return false;
  if (p?.type === 'AssignmentExpression' && p.right === top && p.left.type === 'Identifier') return p.left.name === name ? false : !keptUnsent(top, keysOf, depth + 1);
  if (p?.type === 'VariableDeclarator' && p.init === top) return !keptUnsent(top, keysOf, depth + 1);
  // An argument of a call that is not a promise combinator: part of that call's statement.
  if (p?.type === 'CallExpression' && p.arguments.includes(top as never)) return combinesPromises(p) || COLLECTS.test(calleeName(p) ?? '');
  return true;
}

/** Calls that take promises and await them (or run them as a batch): a builder handed to these is sent. */
const PROMISE_COMBINATORS = /^(all|allSettled|race|any|pMap|map|mapSeries|each|resolve|then|\$transaction|transaction|batch)$/;
/** Calls that keep a value in a collection, to be awaited later with the rest. */
const COLLECTS = /^(push|unshift|add|set)$/;

export function combinesPromises(call: TSESTree.CallExpression): boolean {
  return PROMISE_COMBINATORS.test(calleeName(call) ?? '');
}

/**
 * `db.batch([...ids.map((id) => db.update(t).set(…).where(…))])`: Drizzle's batch API (libsql, D1,
 * Neon HTTP) sends the statements it is handed in one request. A builder handed to it is sent, but
 * not on its own.
 */
export function sendsAsOneBatch(call: TSESTree.CallExpression): boolean {
  return call.callee.type === 'MemberExpression' && calleeName(call) === 'batch' && call.arguments.length > 0;
}

/** The expression with the `as T`, `!` and `?.` nodes around it: what its parent sees. */
export function withWrappers(n: Node): Node {
  while (n.parent && (n.parent.type === 'TSAsExpression' || n.parent.type === 'TSNonNullExpression' || n.parent.type === 'ChainExpression' || n.parent.type === 'TSSatisfiesExpression')) n = n.parent;
  return n;
}
