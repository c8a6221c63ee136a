/**
 * Queries whose client nothing places, recognised by a shape only one library writes, in a project
 * that depends on that library. The client is typed by an alias of a helper's return type
 * (`type Database = Awaited<ReturnType<typeof connectDb>>`), assigned at connect time
 * (`module.exports.database = client.db(name)` in a callback), or handed in by a framework; the
 * statement still says what it is:
 *
 * - Drizzle: `db.update(t).set(…)`, `tx.insert(t).values(…)`, `db.delete(t).where(…)`,
 *   `db.select(…).from(t)`, `db.query.teams.findFirst(…)` (Knex's `update` takes the values,
 *   Kysely says `updateTable`);
 * - MongoDB: `db.database.collection('messages').findOneAndUpdate(…)`, a collection's method on a
 *   collection asked for by name;
 * - Supabase storage: `client.storage.from('vault').remove([path])`;
 * - Knex: `tx('segments').where({ list }).update(…)`, a handle called with a table's name, then the
 *   builder's methods and the statement.
 *
 * The call that names the operation is the query, as it is for a client the analysis knows.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, propertyName, unwrapExpression, type CallLike, type Node } from './ast';
import { enclosingChainCalls, outermostChainCall, passesTransaction, startsOnTransaction, type CallEffect } from './call-effects';
import { libraryById, tableSets, type LibraryTable } from './libraries';
import { SUPABASE_STORAGE_METHODS } from './libraries/supabase';
import type { CallSite } from './model';
import { usedAsPromise } from './named-calls';
import type { OriginResolver } from './origins';

interface QueryShape {
  /** The package the project must depend on. */
  dependency: string;
  /** The library's table; `sqliteTable` when the project can only reach an SQLite file. */
  table: string;
  sqliteTable?: string;
  matches(call: TSESTree.CallExpression, method: string, receiver: Node, scope: CallSite['scope']): boolean;
}

/** What Drizzle's statement starters are followed by: `insert(t).values`, `update(t).set`, `select().from(t)`. */
const DRIZZLE_NEXT = new Map<string, readonly string[]>([['insert', ['values']], ['update', ['set']], ['delete', ['where', 'returning']], ['select', ['from']], ['selectDistinct', ['from']]]);

const drizzleShape: QueryShape = {
  dependency: 'drizzle-orm',
  table: 'drizzle',
  sqliteTable: 'drizzle-sqlite',
  matches(call, method, receiver) {
    // The relational API: `<db>.query.<table>.findFirst(…)`.
    if (method === 'findFirst' || method === 'findMany') {
      const holder = receiver.type === 'MemberExpression' ? unwrapExpression(receiver.object) : undefined;
      return holder?.type === 'MemberExpression' && propertyName(holder) === 'query';
    }
    const next = DRIZZLE_NEXT.get(method);
    const chained = next && enclosingChainCalls(call).next().value;
    if (!chained || !next.includes(calleeName(chained) ?? '')) return false;
    // The table is a table object (imported or local), never a string or an object of values.
    const table = method.startsWith('select') ? chained.arguments[0] : call.arguments.length === 1 ? call.arguments[0] : undefined;
    const t = table && unwrapExpression(table as Node);
    return t?.type === 'Identifier' || t?.type === 'MemberExpression';
  },
};

const mongodbMethods = tableSets(libraryById('mongodb')!);

const mongodbShape: QueryShape = {
  dependency: 'mongodb',
  table: 'mongodb',
  matches(_call, method, receiver) {
    if (!mongodbMethods.query.has(method) || receiver.type !== 'CallExpression' || calleeName(receiver) !== 'collection') return false;
    const name = receiver.arguments[0] && unwrapExpression(receiver.arguments[0] as Node);
    return receiver.arguments.length <= 2 && !!name && name.type !== 'ObjectExpression' && name.type !== 'ArrayExpression' && !/Function/.test(name.type);
  },
};

const supabaseStorageShape: QueryShape = {
  dependency: '@supabase/supabase-js',
  table: 'supabase',
  // `client.storage.from('vault').createSignedUrl(path, 60)` on a client typed by a shape of its own.
  matches(_call, method, receiver) {
    if (!SUPABASE_STORAGE_METHODS.includes(method) || receiver.type !== 'CallExpression' || calleeName(receiver) !== 'from' || receiver.arguments.length !== 1) return false;
    const holder = unwrapExpression(receiver.callee);
    return holder.type === 'MemberExpression' && unwrapExpression(holder.object).type === 'MemberExpression' && propertyName(unwrapExpression(holder.object) as TSESTree.MemberExpression) === 'storage';
  },
};

const knexMethods = tableSets(libraryById('knex')!);
/** What a Knex builder takes between the table and the statement: conditions, joins, order, limits. */
const KNEX_BUILDER = /^((and|or)?where\w*|\w*[jJ]oin\w*|orderBy\w*|groupBy\w*|having\w*|limit|offset|distinct\w*|columns?|forUpdate|forShare|skipLocked|noWait|returning|onConflict|merge|ignore|modify|transacting|timeout|clear\w+)$/;

const knexShape: QueryShape = {
  dependency: 'knex',
  table: 'knex',
  // `tx('segments').where({ list, id }).update(…)`: a function called with a table's name, its builder's
  // methods, then the statement (the handle passed in untyped from another module's transaction).
  matches(call, method, receiver, scope) {
    if (!knexMethods.query.has(method) || method === 'raw' || !sentNow(call)) return false;
    let start = receiver;
    while (start.type === 'CallExpression' && start.callee.type === 'MemberExpression' && KNEX_BUILDER.test(propertyName(start.callee) ?? '')) start = unwrapExpression(start.callee.object);
    if (start.type !== 'CallExpression' || start.arguments.length !== 1) return false;
    const table = unwrapExpression(start.arguments[0] as Node);
    const handle = unwrapExpression(start.callee);
    const named = table.type === 'Literal' ? typeof table.value === 'string' : table.type === 'TemplateLiteral';
    if (!named) return false;
    // The handle is handed in (a parameter, a field of the instance): an imported or local function
    // called with a string (`createHash('sha256').update(…)`, jQuery's `$('.row').first()`) is not one.
    if (handle.type === 'Identifier') return scope.lookup(handle.name)?.kind === 'parameter';
    return handle.type === 'MemberExpression' && !handle.computed && unwrapExpression(handle.object).type === 'ThisExpression';
  },
};

/** A Knex builder runs when it is awaited, returned or `.then`-ed: `hasher('sha256').update(data)` is neither. */
function sentNow(call: TSESTree.CallExpression): boolean {
  // What follows the statement is still the builder's (`.returning('id')`, `.then(…)`), not a digest's `.digest('hex')`.
  for (const outer of enclosingChainCalls(call)) {
    const name = calleeName(outer) ?? '';
    if (!KNEX_BUILDER.test(name) && !knexMethods.query.has(name) && !['then', 'catch', 'finally'].includes(name)) return false;
  }
  return usedAsPromise(outermostChainCall(call) as TSESTree.CallExpression);
}

const SHAPES: readonly QueryShape[] = [drizzleShape, mongodbShape, supabaseStorageShape, knexShape];

export function shapedQuery(call: CallLike, callee: Node, label: string, site: CallSite, resolver: OriginResolver): CallEffect | undefined {
  if (call.type !== 'CallExpression' || callee.type !== 'MemberExpression') return undefined;
  const method = propertyName(callee);
  if (!method) return undefined;
  const receiver = unwrapExpression(callee.object);
  for (const shape of SHAPES) {
    if (!shape.matches(call, method, receiver, site.scope)) continue;
    // Only where nothing places the receiver: a known client was judged already, a known non-client is not one.
    if (resolver.resolve(receiver, site.scope)) return undefined;
    const table = libraryFor(shape, resolver);
    // What only reads is the table's to say, as for a client the analysis knows.
    return table && { kind: 'query', table, label, read: tableSets(table).read.has(method), tx: passesTransaction(call) || startsOnTransaction(call) };
  }
  return undefined;
}

function libraryFor(shape: QueryShape, resolver: OriginResolver): LibraryTable | undefined {
  if (!resolver.projectDependsOn(shape.dependency)) return undefined;
  return libraryById(shape.sqliteTable && resolver.projectSqliteOnly() ? shape.sqliteTable : shape.table);
}
