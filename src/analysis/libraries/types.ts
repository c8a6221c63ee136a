/**
 * Library knowledge is data: one table per library, read by the shared analysis.
 * Adding a library means adding a table here (and test cases), never `if` branches in rules.
 */

export type LibraryKind =
  | 'orm'
  | 'sql-driver'
  | 'document-db'
  | 'cache'
  | 'http-client'
  /** A request to another service of the same application (Moleculer's `ctx.call`, a NestJS `ClientProxy.send`), whose handler usually queries: per item, an N+1 like a query's. */
  | 'service-call'
  | 'http-agent'
  | 'fs'
  | 'child-process'
  | 'crypto'
  | 'zlib'
  | 'password-hash'
  | 'logger';

/** What a factory call produces; decides how prefer-connection-pool judges it. */
export type CreatedResource =
  /** Holds a pool inside (PrismaClient, MongoClient, knex, Sequelize, pg Pool). */
  | 'pool'
  /** One connection; fine to share only when the library multiplexes it (ioredis). */
  | 'connection'
  /** Not a connection at all (axios.create, pino()): an instance that can be used to query/log. */
  | 'instance';

export interface ClientFactory {
  /** Export name; `default` means the module value itself (`new Redis()`, `knex({...})`); `*Client` matches by suffix. */
  export: string;
  /** When set, the factory is a method of an instance of this library (mongoose.createConnection). */
  onInstance?: boolean;
  creates: CreatedResource;
  /** A single connection shared by every request serialises them (pg Client, mysql2 createConnection). */
  unpooledWhenShared?: boolean;
  /** The pooled alternative, for messages and suggestions. */
  pooledAlternative?: string;
  /**
   * Handed a client that already exists (`drizzle(pool)`, `drizzle({ client: sqlite })`), it only wraps
   * it and opens nothing; handed an address (`drizzle(process.env.DATABASE_URL)`), it makes a pool.
   */
  wrapsHandedClient?: boolean;
}

/**
 * Declared types that mean "a value of this library", for typed mode (ESLint with type
 * information): a value whose type is one of these is recognised whatever its name.
 */
export interface DeclaredTypes {
  /** Packages whose declaration files declare them (`@prisma/client`; `pg` also covers `@types/pg`). */
  packages: readonly string[];
  /** Names as declared (`PrismaClient`), qualified by namespace where needed (`Prisma.TransactionClient`); `*Delegate` matches by suffix. */
  types: readonly string[];
  /** What a value of the type is: a client (the default), a transaction handle, or one row a read handed back. */
  value?: 'client' | 'transaction' | 'row';
  /** For classes: what the class itself is (`User.findAll()` on `class User extends Model`). */
  classValue?: 'client';
}

export interface LibraryTable {
  id: string;
  /** Shown in messages. */
  name: string;
  /** Module specifiers that load it (with and without the `node:` prefix for built-ins). */
  modules: string[];
  /** Module specifiers by shape: a client generated into the project (`src/generated/prisma/client`). */
  modulePattern?: RegExp;
  /**
   * The client is generated into the project wherever its configuration says (`output = "./__generated__"`):
   * a factory export (`PrismaClient`) imported from a project path with no file behind it, in a package
   * that depends on one of these, is this library's.
   */
  generatedBy?: readonly string[];
  /** Module specifier prefixes, for families of packages (`@aws-sdk/client-`). */
  modulePrefixes?: string[];
  kind: LibraryKind;
  /**
   * Besides queries, the library stores files (Supabase's storage): an upload or a download per file
   * moves that file's bytes, with nothing to merge, as an HTTP client's does.
   */
  storesFiles?: boolean;
  /** The database runs inside the process (an SQLite file): a query is a function call, not a round trip. */
  inProcess?: boolean;
  /**
   * The library speaks to whichever SQL database its configuration names, SQLite among them. When the
   * packages around a file have an SQLite driver and no server's (`ProjectView.sqliteOnly`), it is in the process too.
   */
  configuredDialect?: boolean;
  /** Methods that send a query or request when called on a client or anything derived from it. */
  queryMethods?: readonly string[];
  /** Query methods by shape, for a project's own data layer (`db.getSortedSetRange`, `db.setObjectField`). */
  queryMethodPattern?: RegExp;
  /** Read methods by shape (a subset of queryMethodPattern's). */
  readMethodPattern?: RegExp;
  /** Subset of queryMethods that only read; independent reads are safe to run together. */
  readMethods?: readonly string[];
  /**
   * Calling the client itself starts a query (`knex('users')`); `'tagged'`: only as a tag
   * (postgres.js's `sql\`select …\``, where `sql(ids)` writes a value into another template).
   */
  callableClient?: boolean | 'tagged';
  /**
   * Query methods build a query that only runs when awaited or `.then`-ed. A call whose result is
   * dropped (`builder.select(col);`) adds to a query that runs later, once: no round trip.
   */
  lazyBuilder?: boolean;
  /**
   * A query's promise sends nothing until it is awaited or `.then`-ed (Prisma's PrismaPromise, Knex,
   * Drizzle and Kysely builders, Mongoose's Query): in `Promise.all([query(), await other()])` the
   * query only starts once `other()` has finished.
   */
  lazyPromise?: boolean;
  /** Base classes of its models besides names ending in `Model` (`class Package extends Bone`): the class queries, an instance is a row. */
  baseClasses?: readonly string[];
  /** Exports that are the library's one shared client (RedBeanNode's `R`): their methods query. */
  clientExports?: readonly string[];
  /** Module-level functions that send a request (`axios.get`, `fetch`, `got`); `default` = calling the module. */
  queryExports?: readonly string[];
  /**
   * Blocking exports whose callback twin `util.promisify` turns into the same call, returning a
   * promise (`gzipSync` → `gzip`, `pbkdf2Sync` → `pbkdf2`). Used for suggestions.
   */
  promisifiable?: Readonly<Record<string, string>>;
  /** Reads by one key that have a batched form, for the N+1 quick fix (method → how to batch it). */
  batchReads?: Readonly<Record<string, BatchRead>>;
  /** Writes of one row that have a form for many rows, for the N+1 quick fix (method → how to batch it). */
  batchWrites?: Readonly<Record<string, BatchWrite>>;
  /** Module-level functions that block the thread until done. */
  blockingExports?: readonly string[];
  /** Promise-returning equivalent of a blocking export, for suggestions (`hashSync` → `hash`). */
  asyncEquivalents?: Readonly<Record<string, string>>;
  /** Methods whose callback receives a transaction handle; calls through it are ordered on purpose. The collector spots the callback by name (`TRANSACTION_METHOD` in collect.ts). */
  transactionMethods?: readonly string[];
  /** Methods that return a batch/queue object (redis `pipeline`), whose commands are not sent one by one. */
  batchMethods?: readonly string[];
  /**
   * Methods of a row an ORM read hands back (`doc.save()`, `user.getPosts()`): each is a query.
   * Only for libraries whose reads return live objects (Sequelize instances, Mongoose documents).
   */
  rowMethods?: readonly string[];
  /** Members of a row that are a live reference to it (Firestore's `snapshot.ref`): calls on them query. */
  rowReferences?: readonly string[];
  /** Members of a list read's result that hold its rows (Firestore's `querySnapshot.docs`). */
  rowListMembers?: readonly string[];
  /** Row methods by shape: Sequelize's association accessors (`getPosts`, `countMembers`). */
  rowMethodPattern?: RegExp;
  /** Reads that return a list of rows (others return one). */
  listReads?: readonly string[];
  /** Methods that close a client (used to spot connect-query-close per call). */
  closeMethods?: readonly string[];
  factories?: readonly ClientFactory[];
  /** Type names that mean "an instance of this library" in annotations (constructor injection). */
  typeNames?: readonly string[];
  /** Types that identify this library's values in typed mode, with the packages that declare them. */
  declaredTypes?: readonly DeclaredTypes[];
  /** Methods of a client that hand out a client of another library (MikroORM's `em.getKnex()`): method → that library's id. */
  handleMethods?: Readonly<Record<string, string>>;
  /** Property/variable names that by convention hold a client of this library (`this.prisma`). */
  conventionalNames?: RegExp;
  /** `conventionalNames` also name imports of packages (a workspace package's `FeedQueue`), not only local values and relative imports. */
  conventionalNamesOfImports?: boolean;
  /**
   * Parameter names that hold a client of this library in a package that depends on it (and only
   * there): postgres.js's `sql` handed to a helper (`getRelatedRuns(sql, id)`). Too common a word
   * to trust anywhere else (Drizzle's and Kysely's `sql` are templates of their own).
   */
  parameterNamesWhereDependedOn?: RegExp;
  /**
   * Keys one of which the object a query method takes always has (Payload's `{ collection: 'posts' }`):
   * a call without them is not this library's. Lets a common name (`payload`, `req.payload`) stand for
   * the client wherever it is held, since a job's or webhook's payload is never called with them.
   */
  argumentKeys?: readonly string[];
  /**
   * Of the types the library's modules declare, the ones that are its clients, when those modules
   * also declare plain data (a types package with DTOs beside the service interfaces). Unset: every type is.
   */
  clientTypes?: RegExp;
  /** Exports of the library's utility modules that hand out or make its clients, though those modules are no client. */
  serviceHelpers?: ServiceHelpers;
  /** Logger methods (loggers only). */
  logMethods?: readonly string[];
}

/** A framework's ways to its services, in modules whose other exports are plain utilities. */
export interface ServiceHelpers {
  modules: readonly string[];
  /**
   * Registries of the keys a dependency-injection container hands the services out by
   * (`container.resolve(Modules.PRODUCT)`): an export (any of its members) or one member (`Keys.QUERY`).
   */
  containerKeys?: readonly string[];
  /** Calls that make a base class whose inherited methods query (`class CartModule extends MedusaService({ Cart })`). */
  baseClassFactories?: readonly string[];
}

/**
 * How a write of one row is written, and its form for many rows. The fix builder
 * (src/rules/util/fixes/batch-write.ts) collects the rows a loop writes and writes them once.
 */
export interface BatchWrite {
  /**
   * Where the row is written: `arg` the first argument (`insertOne(doc)`, `User.create(values)`);
   * `data` Prisma's `({ data: row })`; `values` the argument of the `.values(row)` that follows
   * (Drizzle's `db.insert(table).values(row)`).
   */
  rowIn: 'arg' | 'data' | 'values';
  /** The call for many rows, after the receiver: `{rows}` is the list, `{rest}` the carried options inside an options object, `{options}` them as a further argument. */
  batch: string;
  /** Options beside the row that go to the call for many rows as they are (`transaction`, `session`). Any other option means no fix. */
  options?: readonly string[];
  /** Keys of a nested write (Prisma's `connect`, `create`): the call for many rows takes plain rows only. */
  nestedWrites?: readonly string[];
  /** Calls that may follow the write and go along (`onConflictDoNothing()`). */
  chain?: readonly string[];
}

/**
 * How a read by one key is written, and its batched form. The fix builder
 * (src/rules/util/fixes/batch-read.ts) matches the one-key call and fills the template.
 */
export interface BatchRead {
  /**
   * Where the key is written:
   * `arg`: the only argument (`findById(id)`), the field is `keyField`;
   * `where`: `({ where: { k: v } })`; `filter`: `({ k: v })`;
   * `knex-where`: `q.where({ k: v }).first()` or `q.where('k', v).first()` (the call is `first`);
   * `drizzle-eq`: `({ where: eq(table.k, v) })`.
   */
  keyIn: 'arg' | 'where' | 'filter' | 'knex-where' | 'drizzle-eq';
  /** Field for `arg`. `[receiver].primaryKeyAttribute` style: `{receiver}` is the model's text. */
  keyField?: string;
  /**
   * The batched call, after the receiver: `{key}` is the field as an object key, `{keyName}` its
   * name, `{keys}` the list of keys, `{column}` a Drizzle column, `{helper}` the imported helper.
   */
  batch: string;
  /** What the one-key read gives when no row matches. */
  missing: 'null' | 'undefined';
  /** The key is unique by definition (a primary key, Prisma's `findUnique`); `id` and `_id` count as unique anyway. */
  unique?: boolean;
  /**
   * Options that may sit beside the key and go to the batched call as they are: `carry` (they
   * change neither which row nor its key: `include`, `transaction`), `selection` (only when it
   * names the key: `select: { id: true }`, `attributes: ['id']`), `projection` (MongoDB: unless it
   * drops `_id`). Any other option means no fix. In the template `{rest}` stands for them inside
   * the options object, `{options}` for them as a further argument.
   */
  options?: Readonly<Record<string, 'carry' | 'selection' | 'projection'>>;
  /** Methods without arguments that may follow the read and go to the batched call too (Mongoose `lean`, `exec`). */
  chain?: readonly string[];
  /** A helper the batched form calls, imported from a module if not yet. */
  needs?: { name: string; from: string };
}
