import type { TSESTree } from '@typescript-eslint/utils';
import { identifierPattern, isFunctionNode, propertyName, pushChildren, unwrapExpression, type Node } from './ast';
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
  // `while ((row = await cursor.next()))`: a drained cursor hands each pass its row.
  if (loop.type === 'WhileStatement' && rep.overCollection) {
    const test = unwrapExpression(loop.test as Node);
    if (test.type === 'AssignmentExpression' && test.left.type === 'Identifier') return test.left;
    // `while (row !== undefined) { row = await cursor.next(); … }`, `while (queue.length) { const node =
    // queue.shift(); … }`: the body's first step takes it.
    const step = firstStep(loop.body as Node);
    return step && (drainedCursor(step.value) || takenFrom(step.value)) ? step.target : undefined;
  }
  const fn = iterationCallback(rep);
  return fn && isFunctionNode(fn) ? (fn.params[0] as Node | undefined) : undefined;
}

/** The statements that loop (an iteration callback is the other way code repeats). */
export const LOOP_STATEMENTS: ReadonlySet<string> = new Set(['ForOfStatement', 'ForInStatement', 'ForStatement', 'WhileStatement', 'DoWhileStatement']);

/** What the loop goes over: `rows` of `for (const row of rows)`, of `rows.map(…)` or of a helper's `pMap(rows, fn)`, `_map(rows, fn)`. */
export function loopList(rep: Repetition): Node | undefined {
  const loop = rep.node;
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') return loop.right as Node;
  // `Promise.map(rows, fn)`, `async.eachLimit(rows, 5, fn)`: the list is an argument, not the receiver.
  if (rep.list) return rep.list;
  if (rep.kind !== 'callback' || loop.type !== 'CallExpression') return undefined;
  return loop.callee.type === 'MemberExpression' ? (loop.callee.object as Node) : undefined;
}

/** The statements that run once per item: a loop's body, or the callback's. */
export function loopBody(rep: Repetition): Node | undefined {
  const loop = rep.node;
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement' || loop.type === 'ForStatement' || loop.type === 'WhileStatement' || loop.type === 'DoWhileStatement') return loop.body as Node;
  const fn = iterationCallback(rep);
  return fn && isFunctionNode(fn) ? (fn.body as Node) : undefined;
}

/**
 * The name bound to each item's value: `row` of `for (const row of rows)`, of `rows.map((row) => …)`,
 * and of `for (const [i, row] of rows.entries())` (the second half of an entry pair is the item).
 */
export function itemValueName(rep: Repetition): string | undefined {
  const pattern = itemPattern(rep);
  if (pattern?.type === 'Identifier') return pattern.name;
  const value = pattern?.type === 'ArrayPattern' && rep.node.type === 'ForOfStatement' && entriesOf(rep.node.right as Node) ? pattern.elements[1] : undefined;
  return value?.type === 'Identifier' ? value.name : undefined;
}

/** `rows` of `rows.entries()`: an array's or a map's pairs, the index or key beside each item. */
function entriesOf(n: Node | undefined): Node | undefined {
  const call = n && unwrapExpression(n);
  if (call?.type !== 'CallExpression' || call.arguments.length || call.callee.type !== 'MemberExpression') return undefined;
  return propertyName(call.callee) === 'entries' ? (call.callee.object as Node) : undefined;
}

/** What `for (const x of …)` goes over, given the declarator of `x` (or of its pattern). */
function forOfRight(declarator: Node | undefined): Node | undefined {
  const forOf = declarator?.parent?.parent;
  return forOf?.type === 'ForOfStatement' && forOf.left === declarator?.parent ? (forOf.right as Node) : undefined;
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
    const pair = b.declNode.parent;
    if (pair?.type === 'ArrayPattern') return pair.elements[1] === b.declNode ? entriesOf(forOfRight(pair.parent)) : undefined;
    const right = forOfRight(pair);
    return right && !entriesOf(right) ? right : undefined;
  }
  const fnNode = b.kind === 'parameter' && b.paramIndex === 0 ? b.owner?.node : undefined;
  const call = fnNode?.parent;
  if (call?.type !== 'CallExpression') return undefined;
  const callee = unwrapExpression(call.callee);
  const name = callee.type === 'MemberExpression' ? propertyName(callee) : callee.type === 'Identifier' ? callee.name : undefined;
  if (call.arguments[0] === fnNode) {
    if (callee.type !== 'MemberExpression') return undefined;
    // `PromisePool.for(rows).process(async (row) => …)`: the list its `.for` took.
    if (name === 'process') return poolList(callee.object as Node);
    return ITEM_CALLBACK_METHODS.has(name ?? '') ? (callee.object as Node) : undefined;
  }
  // `Promise.map(rows, async (row) => …, { concurrency })` (Bluebird), `pMap(rows, fn)`, `async.eachLimit(rows, 5, fn)`:
  // the list the iteration helper takes (not a reduce's, whose first parameter is the accumulator).
  if (!name || !isIterationHelper(name) || /reduce/i.test(name)) return undefined;
  const it = helperIteration(call.arguments as Node[]);
  return it && it.fn === fnNode ? it.collection : undefined;
}

// `async.timesLimit(count, 5, (i) => …)`, `_.times(rows.length, fn)`: once per index up to a count (a literal count is a limit, so no list).
const ITERATION_HELPERS = new Set(['map', 'forEach', 'each', 'eachSeries', 'eachLimit', 'mapSeries', 'mapLimit', 'forEachSeries', 'forEachLimit', 'pMap', 'pMapSeries', 'from', 'flatMap', 'filter', 'reduce', 'times', 'timesLimit', 'timesSeries']);
/**
 * A project's own or a library's concurrency-limited or awaiting map: `promiseMapWithLimit(5, users,
 * fn)`, `async.mapLimit(ids, 10, fn)`, `Bluebird.map(rows, fn, { concurrency })`,
 * `mapConcurrently(…)`, `snip.forEachArrayItem(list, fn, done)`, and the helpers projects keep in a utilities module, `asyncMap(rows, fn, {
 * concurrency: 5 })`, `asyncForEach(rows, fn)`, `mapAsync(rows, fn)`; caolan's async over a list or
 * an object's values (`async.eachOf`, `eachOfSeries`, `mapValues`, `filterSeries`, `concatLimit`).
 * A limit caps how many run at once; each item still makes its own call.
 */
const ITERATION_HELPER_NAME =
  /^(?:(p|promise|bluebird|async)(map|forEach|each|flatMap)(Series|Limit|WithLimit|WithConcurrency|Concurrent(ly)?|InParallel|Parallel|Pool)?|(map|forEach|each|flatMap)(Series|Limit|WithLimit|WithConcurrency|Concurrent(ly)?|InParallel|Parallel|Pool|Async|Serial|Sequential(ly)?|InSeries|InSequence|(Array)?(Item|Element|Entry)s?)|(each|forEach)Of(Series|Limit)?|mapValues(Series|Limit)?|(filter|reject|detect|concat|groupBy|sortBy|some|every)(Series|Limit))$/i;

export function isIterationHelper(name: string): boolean {
  return ITERATION_HELPERS.has(name) || ITERATION_HELPER_NAME.test(name);
}

/** `5`, `concurrency`, `this.options.parallel`: how many at a time, not the list. */
export function isLimitArgument(n: Node): boolean {
  return (n.type === 'Literal' && typeof n.value === 'number') || (n.type === 'Identifier' && /limit|concurrency|parallel|workers|batchSize/i.test(n.name)) || (n.type === 'MemberExpression' && /limit|concurrency|parallel/i.test(propertyName(n) ?? ''));
}

/**
 * The callback and the list of `helper(list, fn)`, `helper(list, limit, fn)`, `helper(limit, list, fn)`:
 * the first function literal after the list (caolan's async ends with a callback for when all are
 * done), and the argument before it that is not a number or a limit.
 */
export function helperIteration(args: Node[]): { fn: Node; collection: Node } | undefined {
  const unwrapped = args.map((a) => unwrapExpression(a));
  let fnIndex = -1;
  // The first function after the list: `async.each(notes, (note, next) => …, (err) => done(err))` ends with
  // the callback for when all are done, which runs once.
  for (let i = 1; i < unwrapped.length && fnIndex < 0; i++) if (isFunctionNode(unwrapped[i])) fnIndex = i;
  if (fnIndex < 0) return undefined;
  const collection = unwrapped.slice(0, fnIndex).find((n) => !isLimitArgument(n) && !isFunctionNode(n));
  return collection ? { fn: unwrapped[fnIndex], collection } : undefined;
}


/**
 * `while (folderId) { const f = await find(folderId); folderId = f?.parentId ?? null; }`: a walk along
 * links the rows hold (parents, a next page's cursor). Its test is one variable, and the body sets
 * that variable to a member of something it awaited. A retry (`while (attempt < 3)`), a poll on a
 * flag, or a walk over objects already in memory (`cert = cert.issuerCertificate`) is not one.
 */
export function isLinkWalk(loop: Node, keysOf: (n: Node) => readonly string[]): boolean {
  if (loop.type !== 'WhileStatement' && loop.type !== 'DoWhileStatement') return false;
  const test = unwrapExpression(loop.test as Node);
  const name = test.type === 'Identifier' ? test.name : test.type === 'BinaryExpression' && /^!==?$/.test(test.operator) && test.left.type === 'Identifier' ? test.left.name : undefined;
  if (!name) return false;
  const awaited = new Set<string>();
  const links: string[] = [];
  const stack: Node[] = [loop.body as Node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isFunctionNode(n)) continue;
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && unwrapExpression(n.init as Node).type === 'AwaitExpression') awaited.add(n.id.name);
    if (n.type === 'AssignmentExpression' && n.left.type === 'Identifier') {
      if (unwrapExpression(n.right as Node).type === 'AwaitExpression') awaited.add(n.left.name);
      const root = n.left.name === name ? memberRoot(n.right as Node) : undefined;
      if (root) links.push(root);
    }
    pushChildren(stack, n, keysOf);
  }
  return links.some((r) => r !== name && awaited.has(r));
}

/** The variable a link is read from: `f` of `f.parentId`, `f?.parentId || null`, `page.next ?? undefined`. */
function memberRoot(n: Node): string | undefined {
  let e = unwrapExpression(n);
  if (e.type === 'LogicalExpression') e = unwrapExpression(e.left as Node);
  if (e.type === 'ChainExpression') e = unwrapExpression(e.expression as Node);
  if (e.type !== 'MemberExpression') return undefined;
  let o = unwrapExpression(e.object as Node);
  while (o.type === 'MemberExpression') o = unwrapExpression(o.object as Node);
  return o.type === 'Identifier' ? o.name : undefined;
}

/** The list of a promise pool's chain (`PromisePool.withConcurrency(2).for(ids).handleError(…)`): the argument of its `.for(…)`. */
export function poolList(chain: Node): Node | undefined {
  let n = unwrapExpression(chain);
  for (let depth = 0; depth < 6 && n.type === 'CallExpression' && n.callee.type === 'MemberExpression'; depth++) {
    if (propertyName(n.callee) === 'for' && n.arguments.length === 1) return unwrapExpression(n.arguments[0] as Node);
    n = unwrapExpression(n.callee.object as Node);
  }
  return undefined;
}

/**
 * The first step of a loop body: `x = <value>` or `const x = <value>`, also inside a leading `try`.
 * What it takes and where it keeps it.
 */
function firstStep(body: Node): { target: TSESTree.Identifier; value: Node } | undefined {
  let first: Node | undefined = body.type === 'BlockStatement' ? (body.body[0] as Node | undefined) : body;
  if (first?.type === 'TryStatement') first = first.block.body[0] as Node | undefined;
  if (first?.type === 'VariableDeclaration' && first.declarations.length === 1) {
    const d = first.declarations[0];
    return d.id.type === 'Identifier' && d.init ? { target: d.id, value: d.init as Node } : undefined;
  }
  const e = first?.type === 'ExpressionStatement' ? unwrapExpression(first.expression) : undefined;
  return e?.type === 'AssignmentExpression' && e.operator === '=' && e.left.type === 'Identifier' ? { target: e.left, value: e.right as Node } : undefined;
}

/**
 * `while (message !== undefined) { try { message = await cursor.next(); … } … }`, `while (true) {
 * const doc = await cursor.next(); if (!doc) break; … }`: the body's first step takes the next row of
 * a cursor. That step, or undefined.
 */
export function cursorStep(body: Node): { target: TSESTree.Identifier; value: Node } | undefined {
  const step = firstStep(body);
  return step && drainedCursor(step.value) ? step : undefined;
}

/** `await cursor.hasNext()`, `(row = await cursor.next())`, `stream.read()`: a loop that drains a cursor. Its receiver. */
export function drainedCursor(test: Node | undefined): Node | undefined {
  if (!test) return undefined;
  let n = unwrapExpression(test);
  if (n.type === 'AssignmentExpression') n = unwrapExpression(n.right as Node);
  if (n.type === 'AwaitExpression') n = unwrapExpression(n.argument as Node);
  if (n.type !== 'CallExpression' || n.arguments.length) return undefined;
  const callee = unwrapExpression(n.callee);
  if (callee.type !== 'MemberExpression' || !['hasNext', 'hasMore', 'next', 'nextObject'].includes(propertyName(callee) ?? '')) return undefined;
  const receiver = unwrapExpression(callee.object);
  return receiver.type === 'Identifier' || receiver.type === 'MemberExpression' ? receiver : undefined;
}

/**
 * `while (queue.length) { const node = queue.shift(); … }`, and a tree walked breadth first,
 * `while (true) { const p = ps.shift(); if (p == null) break; …; ps.push(...replies); }`: the body's
 * first step takes the next item off a list of the function's own, which the loop's test reads or the
 * body refills. The list. Not a loop that only takes (`const job = jobs.shift()` in a worker polling
 * forever): there each pass is a job of its own.
 */
export function drainedList(loop: TSESTree.WhileStatement, textOf: (n: Node) => string): TSESTree.Identifier | undefined {
  const list = takenFrom(firstStep(loop.body as Node)?.value);
  if (!list) return undefined;
  // The list's own name, not a member of that name (`this.queue`).
  const name = String.raw`(?<!\.)${identifierPattern(list.name).source}`;
  const testsLength = new RegExp(String.raw`${name}\.length\b`).test(textOf(loop.test as Node));
  const refills = new RegExp(String.raw`${name}\.(?:push|unshift)\(`).test(textOf(loop.body as Node));
  return testsLength || refills ? list : undefined;
}

/** `queue.shift()`, `stack.pop()`: the list an item is taken off. */
function takenFrom(value: Node | undefined): TSESTree.Identifier | undefined {
  const call = value && unwrapExpression(value);
  if (call?.type !== 'CallExpression' || call.arguments.length || call.callee.type !== 'MemberExpression') return undefined;
  const list = unwrapExpression(call.callee.object);
  return ['shift', 'pop'].includes(propertyName(call.callee) ?? '') && list.type === 'Identifier' ? list : undefined;
}

/**
 * `if (doc == null) break;` right after `const doc = await cursor.next()` or `const p = ps.shift()`:
 * the loop ends with its items, it does not stop at a search's hit. That statement.
 */
export function endOfItemsCheck(loop: Node): Node | undefined {
  if (loop.type !== 'WhileStatement' || loop.body.type !== 'BlockStatement') return undefined;
  const step = firstStep(loop.body);
  if (!step || (!drainedCursor(step.value) && !takenFrom(step.value))) return undefined;
  const check = loop.body.body[1] as Node | undefined;
  if (check?.type !== 'IfStatement' || check.alternate) return undefined;
  const exit = check.consequent.type === 'BlockStatement' && check.consequent.body.length === 1 ? check.consequent.body[0] : check.consequent;
  if (exit.type !== 'BreakStatement' || exit.label) return undefined;
  return testsOnly(unwrapExpression(check.test as Node), step.target.name) ? check : undefined;
}

/** `!x`, `x == null`, `x === undefined`, `x === null`: a test of whether `name` holds anything. */
function testsOnly(test: Node, name: string): boolean {
  const isName = (n: Node) => n.type === 'Identifier' && n.name === name;
  if (test.type === 'UnaryExpression' && test.operator === '!') return isName(unwrapExpression(test.argument as Node));
  if (test.type !== 'BinaryExpression' || (test.operator !== '==' && test.operator !== '===')) return false;
  const [a, b] = [unwrapExpression(test.left as Node), unwrapExpression(test.right as Node)];
  const empty = (n: Node) => (n.type === 'Literal' && n.value === null) || (n.type === 'Identifier' && n.name === 'undefined');
  return (isName(a) && empty(b)) || (isName(b) && empty(a));
}
