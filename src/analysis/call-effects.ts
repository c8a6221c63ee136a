import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, inTree, keyName, propertyName, rootName, stringValue, taggedTemplateOf, unwrapExpression, type CallLike, type Node } from './ast';
import { callingSends, LOCAL_DB_MODULE, localDatabaseModule, tableSets, type ClientFactory, type LibraryTable } from './libraries';
import { itemValueName, LOOP_STATEMENTS, loopIndexName } from './loop-shape';
import type { CallSite } from './model';
import { singleValue, type Scope } from './scope';
import { factoryFor, type Origin, type OriginResolver } from './origins';
import { shapedQuery } from './shaped-queries';

/** What a call does, in the terms the rules speak. */
export type CallEffect =
  | { kind: 'query'; table: LibraryTable; label: string; read: boolean; tx: boolean }
  | { kind: 'blocking'; table: LibraryTable; name: string; label: string; origin: Extract<Origin, { kind: 'export' }> }
  | { kind: 'create'; table: LibraryTable; factory: ClientFactory; label: string }
  | { kind: 'close'; table: LibraryTable; label: string };

export function classifyCall(site: CallSite, resolver: OriginResolver): CallEffect | undefined {
  const call = site.node;
  const callee = unwrapExpression(call.callee);
  const label = calleeLabel(callee);

  if (callee.type === 'MemberExpression' && unwrapExpression(callee.object).type !== 'ThisExpression') {
    const method = propertyName(callee);
    const resolved = resolver.resolve(callee.object, site.scope);
    // `const db = require('./DB'); db.get(key)` where ./DB makes its exports at run time (`exports[fn] = …`
    // for each method of the store it opens): a member the summary lacks, of the project's database module.
    const databaseModule = resolved?.kind === 'project' && resolved.value.kind === 'namespace' && !!method && LOCAL_DB_MODULE.test(resolved.value.file) && !resolver.resolve(callee, site.scope);
    const obj: Origin | undefined = databaseModule ? { kind: 'client', table: localDatabaseModule } : resolved;
    // `doc.save()`, `user.getPosts()` on one row a read handed back.
    if (obj?.kind === 'rows') {
      const t = obj.table;
      if (!method || obj.many || !(t.rowMethods?.includes(method) || t.rowMethodPattern?.test(method))) return undefined;
      // An association accessor returns a promise; `user.getFlag('x')` used as a value is an in-memory getter.
      if (!t.rowMethods?.includes(method) && !awaitedOrReturned(call)) return undefined;
      return { kind: 'query', table: t, label: rowChainLabel(call, label), read: READ_ACCESSOR.test(method) || /^(reload|populate)/.test(method), tx: passesTransaction(call) };
    }
    // `for (const ep of episodes) await ep.destroy()`, `collectionBooks[i].update({ order: i + 1 })`:
    // the item of the loop, handed in by code the analysis does not follow, in a Sequelize or Mongoose project.
    if (!obj && method && ROW_OWN_QUERIES.has(method)) {
      const table = rowOfLoopItem(call, callee.object as Node, method, site, resolver);
      if (table) return { kind: 'query', table, label, read: method === 'reload', tx: passesTransaction(call) };
    }
    // `for (const user of users) await user.getCompany()`: an accessor an association of the project
    // declares (`User.belongsTo(models.Company)`), on the item of a loop, awaited as a query is.
    if (!obj && method && awaitedOrReturned(call) && resolver.projectAssociationAccessor(method)) {
      const table = rowOfLoopItem(call, callee.object as Node, method, site, resolver, true);
      if (table) return { kind: 'query', table, label, read: READ_ACCESSOR.test(method), tx: passesTransaction(call) };
    }
    // `for (const tool of tools) await tool.$query().patch(…)`: an Objection row, wherever it came from
    // (the `$` names are Objection's own), in a package that depends on Objection.
    if (!obj && method && OBJECTION_ROW_QUERIES.has(method) && resolver.projectDependsOn('objection')) {
      const table = resolver.table('objection');
      if (table) return { kind: 'query', table, label: rowChainLabel(call, label), read: !writtenAbove(call), tx: passesTransaction(call) };
    }
    // `const multi = redis.multi(); multi.del(k); await multi.exec()`: the batch goes out in one round trip, here.
    if (!obj && (method === 'exec' || method === 'execAsPipeline')) {
      const sent = batchSent(callee.object as Node, call, site, resolver);
      if (sent) return { kind: 'query', table: sent, label, read: false, tx: false };
    }
    if (obj?.kind === 'client') {
      if (!method) return undefined;
      // `ApiKeyService.calculateHash(…)` on a class of this module that declares the method: its own code.
      const receiver = unwrapExpression(callee.object);
      if (receiver.type === 'Identifier' && site.scope.lookup(receiver.name)?.cls?.methods.has(method)) return undefined;
      const sets = tableSets(obj.table);
      if (sets.query.has(method) && !isArrayCallback(call) && !isRawFragment(call, method, site.scope) && !isValueFactory(call, method) && !onlyCompiled(call) && takesItsArguments(call, obj.table)) {
        const read = SQL_METHODS.has(method) && (obj.table.kind === 'sql-driver' || obj.table.id === 'local-db') ? isSelect(call) : sets.read.has(method) && isReadRequest(call, method) && isReadCommand(call);
        return { kind: 'query', table: obj.table, label, read, tx: !!obj.tx || passesTransaction(call) || startsOnTransaction(call) };
      }
      if (sets.close.has(method)) return { kind: 'close', table: obj.table, label };
      return undefined;
    }
  }
  if (callee.type === 'MemberExpression' && unwrapExpression(callee.object).type === 'ThisExpression') {
    const method = propertyName(callee);
    // `this.getApprover()` in a model's instance method written outside a class (Sequelize's
    // `instanceMethods`, a mixin's `this.promise_x = function …`): the row's association accessor.
    if (method && !site.fn?.cls && awaitedOrReturned(call) && resolver.projectAssociationAccessor(method)) {
      const table = resolver.projectRowTable();
      if (table?.rowMethodPattern?.test(method)) return { kind: 'query', table, label, read: READ_ACCESSOR.test(method), tx: passesTransaction(call) };
    }
    const self = method ? resolver.thisClient(site.scope, method) ?? resolver.typedSelf(unwrapExpression(callee.object), method) : undefined;
    if (self && method && tableSets(self.table).query.has(method) && !isArrayCallback(call) && !isRawFragment(call, method, site.scope) && !isValueFactory(call, method) && !onlyCompiled(call)) {
      return { kind: 'query', table: self.table, label, read: tableSets(self.table).read.has(method), tx: passesTransaction(call) || startsOnTransaction(call) };
    }
  }
  const c = resolver.resolve(callee, site.scope);
  if (!c) return shapedQuery(call, callee, label, site, resolver);
  // Another module's function: what it does is the project model's answer (FileAnalysis.externalCall).
  if (c.kind === 'project') return undefined;
  const factory = factoryFor(c);
  if (factory) return { kind: 'create', table: c.table, factory, label };
  if (c.kind === 'export') {
    const sets = tableSets(c.table);
    if (sets.blocking.has(c.name)) return { kind: 'blocking', table: c.table, name: c.name, label, origin: c };
    if (sets.queryExports.has(c.name)) return { kind: 'query', table: c.table, label, read: isReadRequest(call, c.name), tx: false };
  }
  if (c.kind === 'module' && tableSets(c.table).queryExports.has('default')) {
    return { kind: 'query', table: c.table, label, read: isReadRequest(call, undefined), tx: false };
  }
  // `knex('users')` starts a query; `getDatabase()` with nothing to query hands back the client.
  // A method of such a client is not that call (`tb.buildPipe({ … })` describes a request; what it returns sends it).
  const ownMethod = callee.type === 'MemberExpression' && resolver.resolve(callee.object as Node, site.scope)?.kind === 'client';
  if (c.kind === 'client' && callingSends(c.table, call) && !ownMethod && !onlyCompiled(call)) {
    // A tagged template is SQL text (`sql\`select …\``); other callable clients take a table or a request.
    const read = taggedTemplateOf(call) ? isSelect(call) : isReadRequest(call, undefined);
    return { kind: 'query', table: c.table, label, read, tx: !!c.tx };
  }
  return undefined;
}

/** `payload.find({ collection: 'posts', … })`: the object a library's calls always take names what it works on (see `argumentKeys`). */
function takesItsArguments(call: CallLike, table: LibraryTable): boolean {
  const named = table.argumentKeys && namedTarget(call, table.argumentKeys);
  return !table.argumentKeys || !!named && (named.spread || named.values.length > 0);
}

/**
 * The values the first argument gives to `keys` (`{ collection: c.slug }` → `c.slug`), and whether it
 * spreads another object that may hold them; undefined when the first argument is no object literal.
 */
export function namedTarget(call: CallLike, keys: readonly string[]): { values: Node[]; spread: boolean } | undefined {
  const first = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  if (first?.type !== 'ObjectExpression') return undefined;
  const values: Node[] = [];
  for (const p of first.properties) if (p.type === 'Property' && keys.includes(keyName(p) ?? '')) values.push(p.value as Node);
  return { values, spread: first.properties.some((p) => p.type === 'SpreadElement') };
}

/** A row's accessor that reads (`getCompany`, `countUsers`, `hasTag`); the others write. */
const READ_ACCESSOR = /^(get|count|has)/;
/** What a row of Sequelize or Mongoose does to itself: each is a statement of its own. */
const ROW_OWN_QUERIES = new Set(['save', 'update', 'destroy', 'reload', 'increment', 'decrement', 'restore', 'deleteOne', 'updateOne']);
/** An Objection row's own queries: `row.$query()`, `row.$relatedQuery('pets')`. */
const OBJECTION_ROW_QUERIES = new Set(['$query', '$relatedQuery']);
/** Writes that may follow an Objection query in its chain and decide what it does. */
const OBJECTION_WRITES = new Set(['insert', 'insertAndFetch', 'insertGraph', 'patch', 'patchAndFetch', 'update', 'updateAndFetch', 'delete', 'relate', 'unrelate', 'upsertGraph']);

/** `row.$query().patch(…)`: a write follows the call in its chain. */
function writtenAbove(call: CallLike): boolean {
  for (let n: Node = call as Node; n.parent?.type === 'MemberExpression' && n.parent.object === n && n.parent.parent?.type === 'CallExpression'; n = n.parent.parent) {
    if (OBJECTION_WRITES.has(propertyName(n.parent) ?? '')) return true;
  }
  return false;
}

/** Things with a `destroy()` or `update()` of their own that are not rows: sockets, streams, timers, hashes, progress bars. */
const NOT_A_ROW = /socket|stream|conn|client|agent|server|worker|watcher|process|child|timer|interval|request|response|^(req|res|ws|hash|hmac|cipher|bar|progress|spinner|editor|doc|ydoc|chart)$/i;

/**
 * The ORM table when `receiver` is the item of a loop around the call (`ep`, `item.media`,
 * `list[i]`) and the packages around the file depend on Sequelize or Mongoose only. The shape of
 * the call must be a row's: `update({ … })` with an object, `save()` with at most options.
 */
function rowOfLoopItem(call: CallLike, receiver: Node, method: string, site: CallSite, resolver: OriginResolver, accessor = false): LibraryTable | undefined {
  const args = call.arguments as Node[];
  if ((method === 'update' || method === 'updateOne') && unwrapExpression(args[0] ?? call).type !== 'ObjectExpression') return undefined;
  if (method === 'save' && args.length > 1) return undefined;
  const r = unwrapExpression(receiver);
  const root = rootName(r);
  if (!root || root === 'this' || NOT_A_ROW.test(root) || (r.type === 'MemberExpression' && !r.computed && NOT_A_ROW.test(propertyName(r) ?? ''))) return undefined;
  if (!site.repetitions.some((rep) => itemValueName(rep) === root || indexedElement(r, rep))) return undefined;
  const table = resolver.projectRowTable();
  return table && (table.rowMethods?.includes(method) || table.queryMethods?.includes(method) || (accessor && !!table.rowMethodPattern?.test(method))) ? table : undefined;
}

/** `list[i]` (or `list[i].media`) inside `for (let i = 0; i < list.length; i++)`. */
function indexedElement(r: Node, rep: CallSite['repetitions'][number]): boolean {
  const index = rep.node.type === 'ForStatement' ? loopIndexName(rep) : undefined;
  let e = r;
  while (e.type === 'MemberExpression' && !e.computed) e = unwrapExpression(e.object as Node);
  const property = e.type === 'MemberExpression' && e.computed ? unwrapExpression(e.property as Node) : undefined;
  return !!index && property?.type === 'Identifier' && property.name === index;
}

/** Methods that turn a builder into SQL text and send nothing (Knex, Drizzle, Kysely, TypeORM's query builder). */
const COMPILE_METHODS = new Set(['toSQL', 'toQuery', 'toString', 'toNative', 'compile', 'getSql', 'getQuery', 'getQueryAndParameters']);

/**
 * `knex.schema.alterTable(t, …).toSQL()`, `db('t').where(…).toQuery()`: the chain ends by compiling
 * the statement to text, which the code runs later (or never): no round trip here.
 */
function onlyCompiled(call: CallLike): boolean {
  let n: Node = call;
  for (let p = n.parent; p?.type === 'MemberExpression' && p.object === n && p.parent?.type === 'CallExpression' && p.parent.callee === p; p = n.parent) {
    if (COMPILE_METHODS.has(propertyName(p) ?? '')) return true;
    n = p.parent;
  }
  return false;
}

/**
 * The cache client whose batch (`multi()`, `pipeline()`) `receiver` is: a chain on the batch call itself
 * (`redis.multi().del(k).exec()`), or a name given the batch in the same function and not outside a loop
 * the send is in (a pipeline filled over a whole loop and sent once after it, or flushed inside it, is batching).
 */
function batchSent(receiver: Node, send: CallLike, site: CallSite, resolver: OriginResolver): LibraryTable | undefined {
  let made = unwrapExpression(receiver);
  if (made.type === 'Identifier') {
    const b = site.scope.lookup(made.name);
    const value = singleValue(b);
    if (!value || b?.owner !== site.fn || loopBetween(value, send)) return undefined;
    made = value;
  }
  // Down the chain to the batch call: `redis.multi().del(k).srem(s, k)`.
  while (made.type === 'CallExpression' && made.callee.type === 'MemberExpression') {
    const method = propertyName(made.callee);
    const o = resolver.resolve(made.callee.object as Node, site.scope);
    if (o?.kind === 'client' && o.table.kind === 'cache' && method && tableSets(o.table).batch.has(method)) return o.table;
    made = unwrapExpression(made.callee.object as Node);
  }
  return undefined;
}

/** A loop (or iteration callback) around `inner` that does not also hold `outer`. */
function loopBetween(outer: Node, inner: Node): boolean {
  const [start, end] = outer.range ?? [0, 0];
  for (let p = inner.parent as Node | undefined; p; p = p.parent as Node | undefined) {
    if (p.range && p.range[0] <= start && end <= p.range[1]) return false;
    if (LOOP_STATEMENTS.has(p.type) || ((p.type === 'ArrowFunctionExpression' || p.type === 'FunctionExpression') && p.parent?.type === 'CallExpression')) return true;
  }
  return false;
}

function awaitedOrReturned(call: CallLike): boolean {
  const node = inTree(call);
  const p = node.parent;
  if (p?.type === 'AwaitExpression' || p?.type === 'ReturnStatement') return true;
  if (p?.type === 'ArrowFunctionExpression' && p.body === node) return true;
  return p?.type === 'MemberExpression' && p.object === node && ['then', 'catch'].includes(propertyName(p) ?? '');
}

/** Array methods that share a name with ORM queries (`find`, `filter`), and p-queue's `add(fn)`; an ORM's or a job queue's takes options or data, never a function. */
const ARRAY_METHODS = new Set(['find', 'findIndex', 'findLast', 'filter', 'some', 'every', 'map', 'forEach', 'reduce', 'flatMap', 'sort', 'add']);

/** `rows.find((r) => r.id === id)`: an array already in memory, not a round trip. */
function isArrayCallback(call: CallLike): boolean {
  const callee = unwrapExpression(call.callee);
  const method = callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
  const first = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  return !!method && ARRAY_METHODS.has(method) && !!first && (first.type === 'ArrowFunctionExpression' || first.type === 'FunctionExpression');
}

/**
 * `knex.raw('?? + 1', [col])` passed into another builder call, an object or an array, or
 * mapped into a list of columns by a plain callback: a SQL fragment sent with the outer query.
 */
function isRawFragment(call: CallLike, method: string, scope: Scope): boolean {
  if (method !== 'raw') return false;
  let text: Node | undefined = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  // `let rawCase = \`(CASE WHEN …)\`; … knex.raw(rawCase, bindings)`: the text it was first given.
  if (text?.type === 'Identifier') text = scope.lookup(text.name)?.values[0]?.node;
  if (fragmentText(text)) return true;
  // `insert into …`, `update …`, `delete from …`: a statement of its own wherever it is written.
  if (writeStatementText(text)) return false;
  let child: Node = call;
  let p = call.parent;
  // `cond ? knex.raw('a') : knex.raw('b')`: the branch's value is where the raw goes.
  while (p && (p.type === 'ConditionalExpression' || p.type === 'LogicalExpression') && !(p.type === 'ConditionalExpression' && p.test === child)) {
    child = p;
    p = p.parent;
  }
  if (p?.type === 'CallExpression' && p.arguments.includes(child as TSESTree.CallExpression)) return true;
  if ((p?.type === 'Property' && p.value === child) || p?.type === 'ArrayExpression') return true;
  // `column = knex.raw('1 as ??', [alias])`, `const expr = knex.raw(…)`: kept, not awaited, to go into a builder.
  if ((p?.type === 'AssignmentExpression' && p.right === child) || (p?.type === 'VariableDeclarator' && p.init === child)) return true;
  return p?.type === 'ArrowFunctionExpression' && p.body === child && !p.async && !mappedIntoPromiseAll(p);
}

/** `Promise.all(rows.map((r) => knex.raw('select …', [r.id])))`: each text the callback makes is sent. */
function mappedIntoPromiseAll(callback: Node): boolean {
  const map = callback.parent;
  if (map?.type !== 'CallExpression' || !map.arguments.includes(callback as TSESTree.CallExpressionArgument)) return false;
  const outer = map.parent;
  return outer?.type === 'CallExpression' && outer.arguments.includes(map) && rootName(outer.callee as Node) === 'Promise' && /^(all|allSettled)$/.test(calleeName(outer) ?? '');
}

/** How a statement starts; a raw text that starts otherwise (`COUNT(??) AS ??`, `1`) is a piece of one. */
export const STATEMENT_START = /^\s*\(?\s*(select|insert|update|delete|with|create|alter|drop|truncate|call|exec|execute|begin|start|commit|rollback|savepoint|set|show|explain|vacuum|analyze|copy|lock|grant|revoke|merge|replace|pragma|refresh|notify|listen|unlisten|do|values|table|reindex|cluster|declare|fetch|prepare|deallocate|discard|reset|comment|security|load|use|describe|optimize|repair|check|checksum|flush|kill|handler|rename)\b/i;

/**
 * `knex.raw('COUNT(??) AS ??', …)`, `knex.raw(1)`, `knex.raw(expr + ' AS ??', [alias])`: the text
 * is an expression for a select, not a statement of its own.
 */
function fragmentText(arg: Node | undefined): boolean {
  if (!arg) return false;
  const n = unwrapExpression(arg);
  if (n.type === 'Literal') return typeof n.value === 'number' || (typeof n.value === 'string' && !STATEMENT_START.test(n.value));
  if (n.type === 'TemplateLiteral') {
    const head = n.quasis[0]?.value.cooked ?? '';
    // `${sql}` first: the statement is in a variable, nothing to tell.
    return head.trim() !== '' && !STATEMENT_START.test(head);
  }
  if (n.type === 'BinaryExpression' && n.operator === '+') {
    let left: Node = n;
    while (left.type === 'BinaryExpression' && left.operator === '+') left = unwrapExpression(left.left as Node);
    if (left.type === 'Literal' || left.type === 'TemplateLiteral') return fragmentText(left);
    // `expr + ' AS ??'`: an alias written onto an expression.
    return /\bas\s+\?\?|\bAS\b/.test(literalParts(n));
  }
  return false;
}

const WRITE_STATEMENT = /^\s*(insert|update|delete|merge|replace|upsert)\b/i;

function writeStatementText(arg: Node | undefined): boolean {
  const n = arg && unwrapExpression(arg);
  if (n?.type === 'Literal') return typeof n.value === 'string' && WRITE_STATEMENT.test(n.value);
  return n?.type === 'TemplateLiteral' && WRITE_STATEMENT.test(n.quasis[0]?.value.cooked ?? '');
}

function literalParts(n: Node): string {
  if (n.type === 'Literal') return typeof n.value === 'string' ? n.value : '';
  if (n.type === 'BinaryExpression') return literalParts(unwrapExpression(n.left as Node)) + literalParts(unwrapExpression(n.right as Node));
  return '';
}

/** Methods that store a row: an ORM's take the row's fields, never a bare string or number. */
const ROW_WRITES = new Set(['create', 'build', 'insert', 'upsert']);

/** `OfferStatus.create('archived')`: a domain value object's factory, not `Model.create({ … })`. */
function isValueFactory(call: CallLike, method: string): boolean {
  if (!ROW_WRITES.has(method) || call.arguments.length !== 1) return false;
  const arg = unwrapExpression(call.arguments[0] as Node);
  return (arg.type === 'Literal' && arg.value !== null && typeof arg.value !== 'object') || arg.type === 'TemplateLiteral';
}

const WRITE_VERBS = new Set(['post', 'put', 'patch', 'delete', 'request']);
const SQL_METHODS = new Set(['query', 'execute', 'raw']);

/** `pool.query('SELECT …')`: a raw SQL call reads when its text starts with SELECT or WITH … SELECT. */
function isSelect(call: CallLike): boolean {
  const first = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  const text = first?.type === 'TemplateLiteral' ? first.quasis[0]?.value.cooked ?? '' : stringValue(first) ?? (first?.type === 'ObjectExpression' ? objectText(first) : '');
  return /^\s*(select|with)\b/i.test(text) && !/\b(insert|update|delete)\b/i.test(text);
}

function objectText(o: TSESTree.ObjectExpression): string {
  for (const p of o.properties) if (p.type === 'Property' && keyName(p) === 'text') return stringValue(p.value as Node) ?? '';
  return '';
}

/** AWS SDK v3 `client.send(new GetObjectCommand(…))`: reads are Get/List/Head/Describe/Query/Scan commands. */
function isReadCommand(call: CallLike): boolean {
  const first = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  if (first?.type !== 'NewExpression' || first.callee.type !== 'Identifier') return true;
  return /^(Get|List|Head|Describe|Query|Scan|BatchGet)\w*Command$/.test(first.callee.name);
}

/** HTTP calls read unless they name another method; `fetch(url, { method: 'POST' })` writes. */
function isReadRequest(call: CallLike, method: string | undefined): boolean {
  if (method && WRITE_VERBS.has(method)) return false;
  for (const a of call.arguments) {
    const o = unwrapExpression(a as Node);
    if (o.type !== 'ObjectExpression') continue;
    for (const p of o.properties) {
      if (p.type === 'Property' && keyName(p) === 'method') {
        const v = stringValue(p.value as Node)?.toUpperCase();
        return v === 'GET' || v === 'HEAD';
      }
    }
  }
  return true;
}

/** Option keys that hand a call a transaction: Sequelize/TypeORM `transaction`, Mongoose/MongoDB `session`, Bookshelf `transacting`. */
const TRANSACTION_OPTION = new Set(['transaction', 'session', 'transacting', 'queryRunner', 'trx']);
/** Arguments that are a transaction handle by name: `repo.save(x, trx)`, `service.create(input, transaction)`. */
const TRANSACTION_HANDLE = /^(trx|tx|transaction|transacting|queryRunner|session)$/;
/**
 * `trx('questions').where(…).del()`, `queryRunner.query(…)`: a chain on a handle only a
 * transaction is called, even when it came in as a parameter. (Not `tx` or `transaction`: a loop
 * over payment transactions names its item that way.)
 */
const TRANSACTION_ONLY_NAME = /^(trx|transacting|queryRunner)$/;
export function startsOnTransaction(call: CallLike): boolean {
  return TRANSACTION_ONLY_NAME.test(chainRootName(call) ?? '');
}

/** The identifier a call chain starts from: `trx` in `trx('t').where(…).del()` and `trx.raw(sql)`. */
function chainRootName(call: CallLike): string | undefined {
  let c: Node = call;
  while (c.type === 'CallExpression' || c.type === 'MemberExpression') c = unwrapExpression(c.type === 'CallExpression' ? c.callee : c.object);
  return c.type === 'Identifier' ? c.name : undefined;
}

/** As a receiver, not `session`: `for (const session of expired) await session.destroy()` is one call per item. */
const TRANSACTION_RECEIVER = /^(trx|tx|transaction|transacting|queryRunner)$/;
/** Chain steps that bind a query to a transaction: knex `.transacting(trx)`, Mongoose `.session(s)`, MikroORM/Objection `.useTransaction`. */
const TRANSACTION_STEP = new Set(['transacting', 'session', 'useTransaction']);

/**
 * Whether a call (or any call of its chain) runs inside a transaction it is handed explicitly: an
 * ordered unit of work. `byName` also trusts an argument's name (`trx`, `session`): right for
 * deciding whether awaits could overlap, too loose for hiding an N+1 (`store.destroy(session)`).
 */
export function passesTransaction(call: CallLike, { byName = false } = {}): boolean {
  // `trx.raw(sql)`, `transaction('posts').insert(…)`: the chain starts on the transaction itself.
  if (byName && TRANSACTION_RECEIVER.test(chainRootName(call) ?? '')) return true;
  for (let c: Node = call; c.type === 'CallExpression' || c.type === 'NewExpression'; ) {
    for (const a of c.arguments) {
      const o = unwrapExpression(a as Node);
      if (byName && o.type === 'Identifier' && TRANSACTION_HANDLE.test(o.name)) return true;
      if (byName && o.type === 'MemberExpression' && TRANSACTION_HANDLE.test(propertyName(o) ?? '')) return true;
      if (o.type !== 'ObjectExpression') continue;
      for (const p of o.properties) if (p.type === 'Property' && TRANSACTION_OPTION.has(keyName(p) ?? '')) return true;
    }
    const callee = unwrapExpression(c.callee);
    if (callee.type !== 'MemberExpression') break;
    if (TRANSACTION_STEP.has(propertyName(callee) ?? '')) return true;
    c = unwrapExpression(callee.object);
  }
  return false;
}

/** `prisma.user.findUnique`, `knex(…).where(…).first`, `this.repo.find`: readable, argument-free. */
export function calleeLabel(node: Node, budget = 60): string {
  const text = labelOf(unwrapExpression(node));
  return text.length > budget ? `…${text.slice(text.length - budget + 1)}` : text;
}

function labelOf(n: Node): string {
  switch (n.type) {
    case 'Identifier':
      return n.name;
    case 'ThisExpression':
      return 'this';
    case 'Super':
      return 'super';
    case 'MemberExpression': {
      const name = propertyName(n);
      return `${labelOf(unwrapExpression(n.object))}${name ? `.${name}` : '[…]'}`;
    }
    case 'CallExpression':
      return `${labelOf(unwrapExpression(n.callee))}(…)`;
    case 'NewExpression':
      return `new ${labelOf(unwrapExpression(n.callee))}(…)`;
    case 'AwaitExpression':
      return `(await ${labelOf(unwrapExpression(n.argument))})`;
    default:
      return '…';
  }
}

/** The last call of the chain `call` is part of: `a.b()` in `a.b().c().d()` → the `.d()` call. */
/**
 * `row.related('comments').query().delete()`, `row.$relatedQuery('pets').patch(…)`: a row's query is the
 * whole chain it starts, so the message names the chain (`row.related(…).query(…).delete`), not its first link.
 */
function rowChainLabel(call: CallLike, label: string): string {
  const outer = unwrapExpression(outermostChainCall(call));
  return outer !== inTree(call) && outer.type === 'CallExpression' ? calleeLabel(outer.callee) : label;
}

export function outermostChainCall(call: CallLike): Node {
  let outer: Node = inTree(call);
  for (const c of enclosingChainCalls(call)) outer = c;
  return outer;
}

/** For chained calls `a.b().c().d()`: the enclosing calls of the same chain, innermost first. */
export function* enclosingChainCalls(call: CallLike): Generator<TSESTree.CallExpression> {
  let n: Node = inTree(call);
  for (;;) {
    let p: Node | undefined = n.parent;
    while (p && (p.type === 'TSNonNullExpression' || p.type === 'ChainExpression')) p = p.parent;
    if (p?.type !== 'MemberExpression' || (unwrapExpression(p.object) !== n && p.object !== n)) return;
    const gp: Node | undefined = p.parent;
    if (gp?.type !== 'CallExpression' || gp.callee !== p) return;
    yield gp;
    n = gp;
  }
}
