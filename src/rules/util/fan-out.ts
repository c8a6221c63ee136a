import { referencedNames, stringValue, unwrapExpression, type Node } from '../../analysis/ast';
import type { FileAnalysis } from '../../analysis/file-analysis';
import type { CallSite, Repetition } from '../../analysis/model';
import { singleValue } from '../../analysis/scope';
import { repetitionItemNames } from './loop-items';

/*
 * A loop over database clients (one per region, shard or tenant database) sends each call to another
 * server: `allDbs.map((db) => updateUserFactory({ db })(…))`. There is no query that reaches them all
 * at once, so one call per client is the shape of the work, not an N+1.
 */

/** Names of a database client or connection: `db`, `client`, `regionDb`, `tenantKnex`, `shardPool`. */
const CLIENT_ITEM = /^(db|client|conn|connection|knex|pool|database|prisma|redis|sequelize)$|[a-z\d](Db|DB|Client|Connection|Knex|Pool|Database|Prisma|Redis)$/;
/** Lists of them: `allDbs`, `regionClients`, `shardPools`, `Object.values(allDbs)`. */
const CLIENT_LIST = /(^|[^\w$])(dbs|clients|connections|pools|databases|\w*(Dbs|DBs|Clients|Connections|Pools|Databases|Knexes|Shards))\)?$/;

/** How to reach one: `dbConfig`, `connection_string`, `databaseUrl`, `dsn`. */
const ADDRESS_ITEM = /^(config|url|uri|dsn|connection_?string)$|[a-z\d](Config|Url|URL|Uri|Dsn|DSN|ConnectionString)$|_(config|url|uri|dsn|connection_string)$/;
/** Lists of them: `connection_strings`, `databaseUrls`, `Object.entries(externalDatabases)`. */
const ADDRESS_LIST = /(^|[^\w$])(connection_?strings|dsns|\w*(ConnectionStrings|DatabaseUrls|Dsns|DSNs))\)?$/;

/**
 * The loop goes over database clients and the call is made on the item: the item is the root of the
 * callee's chain (`db('users').where(…).update(…)`), an argument of the factory that made the callee
 * (`updateUserFactory({ db })(…)`), or of the call a local the callee names was given
 * (`const count = countFactory({ db }); await count()`). An item only named in a query's arguments
 * (`db('invoices').where({ clientId: client.id })`) is data, not the client.
 */
export function overClients(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  const items = repetitionItemNames(rep);
  // `Object.entries(externalDatabases)` as `[dbId, dbConfig]`, `connection_strings` as `{ connection_string }`:
  // the call is handed how to reach another database, and works there (`syncDatabase(dbId, dbConfig)`).
  const list = withoutCasts(rep.collection ?? '');
  const addresses = [...items].filter((n) => ADDRESS_ITEM.test(n));
  if (addresses.length && (CLIENT_LIST.test(list) || ADDRESS_LIST.test(list))) {
    const handed = site.node.arguments.some((a) => [...referencedNames(a as Node, analysis.keysOf)].some((name) => addresses.includes(name)));
    if (handed) return true;
  }
  const clients = new Set([...items].filter((n) => CLIENT_ITEM.test(n)));
  if (!clients.size) return false;
  // Lists named for clients (`allDbs`); or any list when the item is called with a table's name
  // (`Object.values(registered).map(({ client: db }) => db('branches').count())`): a Knex client.
  if (!CLIENT_LIST.test(list)) return calledWithTable(site.node, clients);
  const madeFromItem = (n: Node | undefined): boolean => n?.type === 'CallExpression' && n.arguments.some((a) => [...referencedNames(a as Node, analysis.keysOf)].some((name) => clients.has(name)));
  let callee = unwrapExpression(site.node.callee as Node);
  if (callee.type === 'Identifier') callee = singleValue(site.scope.lookup(callee.name)) ?? callee;
  // Down the chain to its root; a call whose result is called (not one whose result a method is read
  // from, like `.where(…)` of a builder) is a factory that may be given the item.
  for (let c: Node = callee, called = true; ; ) {
    if (c.type === 'Identifier') return clients.has(c.name);
    if (called && madeFromItem(c)) return true;
    if (c.type === 'MemberExpression') [c, called] = [unwrapExpression(c.object as Node), false];
    else if (c.type === 'CallExpression') [c, called] = [unwrapExpression(c.callee as Node), true];
    else return false;
  }
}

/** The chain starts with an item called on a table's name: `db('branches').count()`. */
function calledWithTable(call: Node, clients: ReadonlySet<string>): boolean {
  for (let c: Node = unwrapExpression(call); ; ) {
    if (c.type === 'MemberExpression') c = unwrapExpression(c.object as Node);
    else if (c.type !== 'CallExpression') return false;
    else {
      const callee = unwrapExpression(c.callee as Node);
      if (callee.type === 'Identifier') return clients.has(callee.name) && stringValue(c.arguments[0] as Node | undefined) !== undefined;
      c = callee;
    }
  }
}

/** `Object.entries(\n  config.externalDatabases as Config["externalDatabases"],\n)` → `Object.entries(config.externalDatabases)`: the list as named. */
function withoutCasts(text: string): string {
  return text
    .replace(/\s+(as|satisfies)\s+[A-Za-z_$][\w$.]*(\[[^\]]*\])*(<[^>]*>)?/g, '')
    .replace(/\s+/g, '')
    .replace(/,\)$/, ')');
}
