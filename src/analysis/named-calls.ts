import type { TSESTree } from '@typescript-eslint/utils';
import { propertyName, unwrapExpression, type CallLike, type Node } from './ast';
import { calleeLabel, outermostChainCall, passesTransaction } from './call-effects';
import type { LibraryTable } from './libraries';
import { namedDataLayer, namedRemoteApi } from './libraries/named-data';
import type { CallSite } from './model';
import type { OriginResolver } from './origins';
import { listOfItem } from './loop-shape';
import { singleValue } from './scope';

/*
 * Real applications reach their database through objects the analysis cannot follow: a repository
 * injected by its interface, a `models` or `services` object handed in, a helper's return value
 * (`const db = dbOrTx(this.db, trx)`), a context. Assuming such calls harmless missed most per-item
 * queries of code nobody had tuned the rules on. Their names are written for people, and they say
 * what the call does: `this.userRepository.findAllByEmail(…)`, `models.Traces.createTrace(…)`,
 * `db.selectFrom('pages')…execute()`. This module judges an unresolved call by them.
 *
 * It is asked last: a call the libraries' tables, the file or the project model can place is
 * judged by what it does, never by its name.
 */

/**
 * How much a name says. `strong`: a repository, a DAO, a model, a `db` handle, a collection or a
 * table, a model's own static, a query builder's terminal method. `weak`: a service, a manager, a
 * store or another service's client, which hold state in memory (or compute locally) as often as
 * they call out: the rules show these as hints only.
 */
export type NameStrength = 'strong' | 'weak';

/** A call judged by its name: the table to report it under, as a query effect would have. */
export interface NamedCall {
  table: LibraryTable;
  label: string;
  read: boolean;
  tx: boolean;
  strength: NameStrength;
}

/** Last words of a receiver's name that say for sure it holds data: `userRepository`, `pageRepo`, `db`, `traceModel`. */
const STRONG_NOUNS = ['repo', 'repos', 'repository', 'repositories', 'dao', 'daos', 'model', 'models', 'db', 'database', 'datastore', 'datasource', 'collection', 'collections', 'table', 'persistence', 'knex', 'sql', 'orm'];
/** A query under construction (`let query = db.selectFrom(…)`, `qb`, `cursor`), run by a terminal method. */
const BUILDER_NOUNS = new Set(['query', 'qb', 'builder', 'cursor', 'statement', 'stmt']);
/** Methods that send a built query: Kysely, TypeORM's query builder, Mongoose, MongoDB cursors, Knex. */
const BUILDER_TERMINALS = /^(execute(TakeFirst(OrThrow)?)?|exec|getMany|getOne(OrFail)?|getRawMany|getRawOne|getManyAndCount|getCount|toArray|first|all|run)$/;
/** Last words that say it is another service's API: each call is a request. */
const REMOTE_NOUNS = new Set(['client', 'api', 'sdk', 'gateway', 'connector']);
/** Words that say a store holds files (object storage, an asset store): a request per file, with the file's bytes. */
const FILE_STORE = /^(storage|asset|assets|file|files|blob|blobs|bucket|buckets|s3)$/;
/** Stores: of rows, of files, or a map in memory. Weak, like services and managers. */
const STORE_NOUNS = new Set(['store', 'storage']);
/**
 * Words anywhere in the receiver that say it is something else: in memory (a cache is read per item
 * on purpose), configuration, logging, mapping, an event or job bus (the queue table has those), a test double.
 */
const NOT_DATA = /^(cache|caches|cached|config|configuration|settings|options|env|logger|log|logs|i18n|translator|translation|validator|mapper|serializer|presenter|formatter|util|utils|helper|helpers|emitter|events|event|lock|locks|mutex|registry|map|queue|bus|limiter|metrics|telemetry|tracer|span|memory|mock|fake|stub|template|templates|schema|view|views|ui|state)$/;

/** Libraries whose model classes carry static methods of the app's own that query (Mongoose statics, Sequelize and Objection class methods). */
const MODEL_TABLES = new Set(['mongoose', 'sequelize', 'objection', 'local-model']);
/** First words of a method that read or write data. (Not `persist`: a unit of work's mark, sent at the flush.) */
const DATA_VERBS = new Set(['find', 'get', 'fetch', 'load', 'list', 'query', 'select', 'search', 'count', 'exists', 'create', 'insert', 'add', 'update', 'upsert', 'patch', 'set', 'delete', 'remove', 'destroy', 'save', 'store', 'put', 'increment', 'decrement', 'bulk', 'aggregate', 'read', 'write', 'retrieve', 'execute', 'exec', 'first', 'to']);
/**
 * Services and managers hold state in memory as often as they wrap a table: on them only verbs that
 * are hard to read any other way count (`findById`, `createUser`, `getProject`), not `add`, `remove`,
 * `set`, `read` or `write`, which a manager does to its own lists and streams.
 */
const WEAK_NOUNS = new Set(['service', 'services', 'manager', 'getter']);
/** Every last word that names a data layer, strong or weak. */
const DATA_NOUNS = new Set([...STRONG_NOUNS, ...STORE_NOUNS, ...WEAK_NOUNS]);
const WEAK_NOUN_VERBS = new Set(['find', 'get', 'fetch', 'load', 'query', 'search', 'count', 'create', 'insert', 'update', 'upsert', 'delete', 'destroy', 'save', 'increment', 'decrement', 'aggregate', 'retrieve']);
/** A method that takes many at once (`getReadScopesByIds`, `insertMany`, `bulkUpdate`): called per group, it is the batch. */
const TAKES_MANY = /(Ids|Keys|Many|Bulk|Batch|InBatches|Multiple)$|^bulk/;
/**
 * Methods that hand back a handle, a builder or a setting, not data (`getRepository`, `getConnection`,
 * `toString`), or a table's or model's own description (`table.getFields()`: kept in memory).
 */
const HANDLE_METHOD = /^((get|create|set|add|load)\w*(Connection|Client|Pool|Transaction|Session|Instance|Db|Database|Knex|Config|Configuration|Options|Settings|Repository|Repo|Model|Collection|Manager|Service|Logger|Queue|Table|Schema|Builder|QueryBuilder|Handle|Handler|Stream)|(get|set)(Name|Id|Type|Key|Url|Path)|get(Fields?|Columns?|Attributes|Metadata)|to(?!Array$)\w*|get|set)$/;
/** A `Date`'s own fields (`signedUpAt.getTime()`, `d.setUTCHours(0)`): a value in memory, whatever holds it. */
const DATE_METHOD = /^(get|set)(UTC)?(Time|FullYear|Year|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)$/;
/** `get`/`set` alone read or write a key: data on a repository or store, a field on anything else. */
const KEY_METHODS = new Set(['get', 'set']);
/** Array methods that share a verb with data access and take a callback (`rows.find((r) => …)`). */
const CALLBACK_FIRST = new Set(['find', 'findIndex', 'findLast', 'forEach']);

/** Words of a camelCase, snake_case or PascalCase name, lower-cased: `userRepository` → user, repository. */
export function nameWords(name: string): string[] {
  return name
    .split(/(?<=[a-z\d])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[_$-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * `this.userRepository.findAllByEmail(x)` on an injected interface, `models.Traces.createTrace(…)`,
 * `db.selectFrom('t').where(…).execute()` with `db` from a helper: a data call by its name. Only
 * the last call of a chain, whose value is awaited, returned or collected (a promise), on a
 * receiver nothing else places; undefined otherwise.
 */
export function namedDataCall(site: CallSite, resolver: OriginResolver): NamedCall | undefined {
  const call = site.node;
  if (call.type !== 'CallExpression' || outermostChainCall(call) !== call || !usedAsPromise(call)) return undefined;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const method = propertyName(callee);
  if (!method || !(dataVerb(method) || BUILDER_TERMINALS.test(method)) || TAKES_MANY.test(method) || callbackFirst(call, method)) return undefined;
  const segments = receiverNames(unwrapExpression(callee.object as Node));
  if (!segments || segments.some((s) => nameWords(s).some((w) => NOT_DATA.test(w)))) return undefined;
  // What the analysis knows wins: a library's client (its table says what its methods do), a
  // function of the project (its summary says what it does).
  const known = resolver.resolve(callee, site.scope);
  if (known?.kind === 'project' && known.value.kind === 'function') return undefined;
  const receiver = resolver.resolve(unwrapExpression(callee.object as Node), site.scope);
  let found: { table: LibraryTable; strength: NameStrength } | undefined;
  if (receiver?.kind === 'client') {
    // `models.Traces.createTrace(…)`, `Page.findByPathAndViewer(…)`: a model's own static method (Mongoose
    // statics, a Sequelize class method) queries its collection; the library's tables list only its own.
    // A method of the app's own (`findAllByUsernameOrEmail` on a custom repository, `createTrace` on a
    // model): named with more than a verb. One word on an entity manager or a repository is the library's
    // unit of work (MikroORM `em.persist`/`em.remove`, TypeORM `repository.create` build in memory);
    // on a model class (`Page.upsert`) it is a static of the model.
    if (receiver.table.kind !== 'orm' && receiver.table.kind !== 'document-db') return undefined;
    const custom = nameWords(method).length > 1;
    if (!custom && !(MODEL_TABLES.has(receiver.table.id) && /^[A-Z]/.test(segments.at(-1)!))) return undefined;
    if (KEY_METHODS.has(method)) return undefined;
    found = { table: receiver.table, strength: 'strong' };
  } else if (receiver && receiver.kind !== 'project') {
    return undefined;
  } else {
    found = tableByNoun(segments, method) ?? rowOfNamedRead(callee, method, site, resolver) ?? filteredElsewhere(segments, site);
    // `atomService.findFirst({ table: 'campaign_article', where: { … } })`: a service handed a
    // table's name or a filter in the shape ORMs take is a data layer, not a map in memory.
    if (found?.strength === 'weak' && found.table === namedDataLayer && describesQuery(call)) found = { ...found, strength: 'strong' };
  }
  if (!found) return undefined;
  return { ...found, label: calleeLabel(callee), read: /^(find|get|fetch|load|list|query|select|search|count|exists|read|retrieve|first|to)/.test(method), tx: passesTransaction(call) };
}

/** The first argument is an object literal that names a table or collection (a string), or a `where` filter. */
function describesQuery(call: TSESTree.CallExpression): boolean {
  const first = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  if (first?.type !== 'ObjectExpression') return false;
  return first.properties.some((p) => {
    if (p.type !== 'Property' || p.computed || p.key.type !== 'Identifier') return false;
    if (p.key.name === 'where') return p.value.type === 'ObjectExpression';
    return (p.key.name === 'table' || p.key.name === 'collection') && p.value.type === 'Literal' && typeof p.value.value === 'string';
  });
}

/**
 * `const { items } = await context.tasks.listLogs({ where: { task_in: ids } }); for (const log of items)
 * await context.tasks.deleteLog(log.id)`: a receiver no noun names (`tasks`) that the same function
 * hands a query's filter (a `where` object, a table's name) is a data layer: its other data calls are
 * strong guesses too.
 */
function filteredElsewhere(segments: string[], site: CallSite): { table: LibraryTable; strength: NameStrength } | undefined {
  const owner = site.fn;
  if (!owner || segments.length < 2) return undefined;
  const same = segments.join('.');
  for (const other of owner.calls) {
    const c = other.node;
    if (c === site.node || c.type !== 'CallExpression') continue;
    const callee = unwrapExpression(c.callee);
    if (callee.type !== 'MemberExpression' || !describesQuery(c)) continue;
    if (receiverNames(unwrapExpression(callee.object as Node))?.join('.') === same) return { table: namedDataLayer, strength: 'strong' };
  }
  return undefined;
}

/** What an active-record row does to itself: each is one statement (Sequelize, Objection, Mongoose documents). */
const ROW_WRITES = new Set(['update', 'save', 'destroy', 'reload', 'increment', 'decrement']);

/**
 * `const books = await req.collection.getCollectionBooks(); for (const book of books) await book.update({ order })`:
 * the element of rows a data layer's read returned (itself known by its name, strongly), written
 * through its own method. Rows of an active-record library write themselves one statement each.
 */
function rowOfNamedRead(callee: TSESTree.MemberExpression, method: string, site: CallSite, resolver: OriginResolver): { table: LibraryTable; strength: NameStrength } | undefined {
  if (!ROW_WRITES.has(method)) return undefined;
  const row = unwrapExpression(callee.object as Node);
  if (row.type !== 'Identifier') return undefined;
  const list = listOfItem(site.scope.lookup(row.name));
  let read = list && unwrapExpression(list);
  if (read?.type === 'Identifier') read = singleValue(site.scope.lookup(read.name));
  read = read && unwrapExpression(read);
  if (read?.type !== 'AwaitExpression') return undefined;
  const call = unwrapExpression(read.argument as Node);
  if (call.type !== 'CallExpression') return undefined;
  const named = namedDataCall({ ...site, node: call }, resolver);
  return named?.strength === 'strong' && named.read ? { table: named.table, strength: 'strong' } : undefined;
}

function dataVerb(method: string): boolean {
  if ((HANDLE_METHOD.test(method) && !KEY_METHODS.has(method)) || DATE_METHOD.test(method)) return false;
  return DATA_VERBS.has(firstVerb(method) ?? '');
}

/** Words that say how, before the verb: `hardDeleteDocument`, `softDeleteUser`, `forceUpdate`. */
const MANNER = new Set(['hard', 'soft', 'force', 'permanently']);

/** The method's verb: its first word, or the second after a word of manner. */
function firstVerb(method: string): string | undefined {
  const [first, second] = nameWords(method);
  return first && MANNER.has(first) && second ? second : first;
}

/** `rows.find((r) => …)`, and any short verb handed a function first (`list(cb)`, `load(fn)`): a callback API, not a query's arguments. */
function callbackFirst(call: TSESTree.CallExpression, method: string): boolean {
  const first = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  return !!first && (first.type === 'ArrowFunctionExpression' || first.type === 'FunctionExpression') && (CALLBACK_FIRST.has(method) || method.length <= 4);
}

/**
 * The data layer a receiver's names point to: the nearest name (from the method outwards) whose last
 * word is a data or remote noun. `get`/`set` alone count on repositories, stores and databases only.
 */
function tableByNoun(segments: string[], method: string): { table: LibraryTable; strength: NameStrength } | undefined {
  const terminal = BUILDER_TERMINALS.test(method);
  if (terminal && BUILDER_NOUNS.has(nameWords(segments.at(-1)!).at(-1) ?? '')) return { table: namedDataLayer, strength: 'strong' };
  if (!dataVerb(method)) return undefined;
  for (let i = segments.length - 1; i >= 0; i--) {
    const last = nameWords(segments[i]!).at(-1);
    if (!last) continue;
    if (REMOTE_NOUNS.has(last)) return KEY_METHODS.has(method) ? undefined : { table: namedRemoteApi, strength: 'weak' };
    if (!DATA_NOUNS.has(last)) continue;
    const weak = WEAK_NOUNS.has(last) || STORE_NOUNS.has(last);
    // `this.storageService.getFile(…)`, `assetStore.readAsset(…)`: object storage, a remote store of files.
    if (weak && [...segments, method].some((seg) => nameWords(seg).some((w) => FILE_STORE.test(w)))) return { table: namedRemoteApi, strength: 'weak' };
    if (WEAK_NOUNS.has(last) && (KEY_METHODS.has(method) || !WEAK_NOUN_VERBS.has(firstVerb(method) ?? ''))) return undefined;
    return { table: namedDataLayer, strength: weak ? 'weak' : 'strong' };
  }
  return undefined;
}

/**
 * The names along a receiver, outermost first: `this.deps.userRepo` → deps, userRepo;
 * `db.selectFrom('t').where(…)` → db (the calls of a chain are steps, not names). Undefined for a
 * receiver with nothing named (a call's result, an element of a list).
 */
function receiverNames(receiver: Node): string[] | undefined {
  const names: string[] = [];
  let n: Node = receiver;
  for (;;) {
    if (n.type === 'MemberExpression') {
      const name = propertyName(n);
      if (!name) return undefined;
      // `db.selectFrom('t').where(…)`: a chain's steps are the data layer's own methods.
      if (n.parent?.type !== 'CallExpression' || n.parent.callee !== n) names.unshift(name);
      n = unwrapExpression(n.object as Node);
    } else if (n.type === 'CallExpression') {
      n = unwrapExpression(n.callee);
    } else if (n.type === 'Identifier') {
      names.unshift(n.name);
      return names;
    } else if (n.type === 'ThisExpression') {
      return names.length ? names : undefined;
    } else return undefined;
  }
}

/** The call's value is a promise someone waits for: awaited, returned, an arrow's value, chained with `then`, collected. */
export function usedAsPromise(call: CallLike): boolean {
  let child: Node = call;
  let p = call.parent;
  while (p && (p.type === 'TSAsExpression' || p.type === 'TSNonNullExpression' || p.type === 'ChainExpression' || p.type === 'TSSatisfiesExpression')) {
    child = p;
    p = p.parent;
  }
  if (!p) return false;
  if (p.type === 'AwaitExpression' || p.type === 'ReturnStatement' || p.type === 'YieldExpression' || p.type === 'ArrayExpression') return true;
  if (p.type === 'ArrowFunctionExpression') return p.body === child;
  if (p.type === 'MemberExpression') return p.object === child && ['then', 'catch', 'finally'].includes(propertyName(p) ?? '');
  // `promises.push(repo.save(x))`: collected to be awaited together.
  if (p.type === 'CallExpression' && p.arguments.includes(child as TSESTree.CallExpression)) {
    const callee = unwrapExpression(p.callee);
    return callee.type === 'MemberExpression' && propertyName(callee) === 'push';
  }
  return false;
}
