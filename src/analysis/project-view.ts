/**
 * What one file's analysis may ask about the rest of the project. The project model
 * (`src/project/`) implements it from module summaries; without it (a single file, an
 * unresolvable import) every answer is `undefined` and the analysis falls back to names and paths.
 *
 * Summaries are plain data (no AST nodes), so they can be cached by content hash, shared between
 * files and compared to decide whether a change to one file changes what its importers see.
 */

/** Something a function or method does that the rules care about, and how it gets there. */
export interface EffectSummary {
  kind: 'query';
  /** Library id (`prisma`, `knex`, `local-db`). */
  library: string;
  /** The call that sends the query, as written (`prisma.order.findFirst`). */
  label: string;
  /** Project-relative path and line of that call. */
  file: string;
  line: number;
  /** Functions between the exported one and the query, outermost first (`getOrderByCode`, `findOrder`). */
  via: string[];
  read: boolean;
  /** Runs on a transaction handle it was given. */
  tx: boolean;
  /** Answers from a cache first: repeated calls mostly cost nothing. `'instance'`: a cache on the object it is called on (`this.cached_schedule`), which another object does not share. */
  cached?: boolean | 'instance';
  /** The query is a call judged by its name only (analysis/named-calls.ts), strongly or weakly. */
  byName?: 'strong' | 'weak';
  /** Every query of the function runs only when this option is set: a parameter by position, or a key of the object passed there. */
  onlyWhen?: { param: number; key?: string };
  /** The query changes or inspects the schema (DDL, `PRAGMA`), not rows. */
  schema?: boolean;
}

export interface MethodSummary {
  isStatic: boolean;
  /** A client the method hands back, by its declared return type (`getRepository(…): Repository<T>`). */
  returns?: ExportSummary;
}

/** A call a function makes on one of its untyped parameters (or a key of the object passed there). */
export interface ParamCall {
  param: number;
  key?: string;
  /** The method called (`findMany`, `$queryRaw`) and the call as written. */
  method: string;
  label: string;
  line: number;
}

/** What an export of a project module is. */
export type ExportSummary =
  /** An instance of a library's client, or a model / repository that queries (`prisma`, `User`, `db`). */
  | { kind: 'client'; library: string; creates?: 'pool' | 'connection' | 'instance'; tx?: true }
  /** A library's module or one of its exports handed on (`export { PrismaClient } from '@prisma/client'`). */
  | { kind: 'library'; specifier: string; name: string }
  /** `handsClients`: the function runs a callback it takes as parameter `param` (or that object's method `member`) with a client as argument `arg` (callback-clients.ts). */
  /** `returnsTypeArgument`: a generic function type that hands back its type argument (`type TenantModelProxy<T> = () => T`); a value declared `TenantModelProxy<typeof SaleInvoice>` hands back `SaleInvoice`. */
  /** `returnsInstanceOf`: hands back an instance of the class given as parameter `returnsInstanceOf` (`getInst(Model)`, a cache of instances keyed by class). */
  /** `returnsArgument`: a factory that makes its result from parameter `param` by the calls `chain` (`(sequelize) => sequelize.define(…)`); the caller's argument says what it is. */
  /** `queriesOnParam`: calls the function makes on an untyped parameter (`tx: any`, `{ tx }`), by position (and key); with a client as that argument, each is that client's call (`tx.bookingAsset.findMany`). */
  /** `signatureOf`: a function type (`export type GetStream = (…) => Promise<Stream>`) of module `signatureOf` (absolute path); a call of a value of that type does what its implementations do (`signatureEffect`). */
  | { kind: 'function'; name: string; id?: string; effect?: EffectSummary; returns?: ExportSummary; handsClients?: Array<{ param: number; member?: string; arg: number; library: string; tx?: true }>; returnsArgument?: { param: number; chain: string[] }; returnsInstanceOf?: number; queriesOnParam?: ParamCall[]; signatureOf?: string; returnsTypeArgument?: number }
  /**
   * A class of module `file` (absolute path); what each method does is asked with `methodEffect`.
   * An exported interface is one too, with no methods: `methodEffect` answers from its implementations.
   */
  | { kind: 'class'; name: string; id?: string; file: string; methods: Record<string, MethodSummary>; client?: string }
  /** An instance of a project class (`export const orders = new OrdersRepository()`). */
  | { kind: 'instance'; of: Extract<ExportSummary, { kind: 'class' }> }
  /** An object of members (`module.exports = { getUser, getOrders }`, `export * as users from`). */
  /** `every`: a registry the module fills under computed keys (`exports.collections[name] = db.collection(name)`): what each member is. */
  | { kind: 'object'; members: Record<string, ExportSummary>; client?: string; every?: ExportSummary }
  /** A whole module (`import * as repo from './repo'`, or `require` of an ES module): its exports are looked up by name. */
  | { kind: 'namespace'; file: string }
  /** Resolved, but nothing the rules care about. */
  | { kind: 'value' };

/**
 * How often a function runs, from who calls it: `hot` when some caller chain starts at an entry
 * point (a route, resolver, procedure, consumer, job), `cold` when every caller is once-only code
 * (module scope, start-up, constructors of singletons, CLIs, migrations, seeds, tests).
 */
export type Reach =
  | { kind: 'hot'; entry: string; file: string; line: number; via: string[]; assumed?: boolean; service?: boolean }
  | { kind: 'cold'; why: string; file: string; line: number };

export interface ProjectView {
  /**
   * What `imported` (`default`, `*` or a name) of `specifier`, imported by `fromFile`, is.
   * `undefined`: not a module of this project, not found, or too deep to follow.
   */
  importedExport(fromFile: string, specifier: string, imported: string): ExportSummary | undefined;
  /** Export `name` of the project module `file` (absolute path), following re-exports. */
  exportOf(file: string, name: string): ExportSummary | undefined;
  /**
   * How often the function `name` (`getOrder`, `OrdersService.merge`) of `file` runs, from its
   * callers in other modules; `'no-callers'` when the whole project was searched and no other
   * module calls it (its own file's callers decide); undefined when that cannot be told.
   */
  reachOf(file: string, name: string): Reach | 'no-callers' | undefined;
  /**
   * The client, or instance of a project class, other modules hand function `name` of `file` as
   * argument `index` (or as key `key` of the object passed there): `updateCharts(updateChartsQueue)`
   * for `module.exports = (queue) => …`, `taskClearFolder(task, data, { messageHandler })`.
   */
  valueHandedTo(file: string, name: string, index: number, key?: string): Extract<ExportSummary, { kind: 'client' | 'instance' }> | undefined;
  /**
   * What a value of function type `name` of module `file` does when called, from the project's
   * implementations of it: functions declared to return it (`(deps): GetStream => async (…) => …`)
   * or values declared with it (`const getStream: GetStream = …`) in the modules that import it.
   */
  signatureEffect(file: string, name: string): EffectSummary | undefined;
  /** What method `method` of class `className` in module `file` ends up doing (asked on demand). */
  methodEffect(file: string, className: string, method: string): EffectSummary | undefined;
  /**
   * What `commandBus.execute(new CreateOrderCommand(…))` runs: the `execute` method of the one class
   * decorated `@CommandHandler(CreateOrderCommand)` (or `@QueryHandler`) in the project. Undefined
   * when no class, or more than one, handles it.
   */
  busHandlerEffect(message: string): { handler: string; effect: EffectSummary } | undefined;
  /** What `super.method(…)` does in class `className` of module `file`: the bases' version, never the class's own. */
  superMethodEffect(file: string, className: string, method: string): EffectSummary | undefined;
  /** What `this.<prop>` holds in class `className` of `file` (a field or getter's client, a method's return), own or inherited. */
  classMember(file: string, className: string, prop: string): ExportSummary | undefined;
  /** GraphQL types the project returns as a list somewhere (schema files, `gql` strings, `() => [T]`); undefined when unknown. */
  listedGraphqlTypes(): ReadonlySet<string> | undefined;
  /**
   * The module that defines model `name` of a registry no import names (`WIKI.models.pages` →
   * `…/models/pages.js`): the one file of that name in a `models` folder, or undefined.
   */
  registryModel(name: string): string | undefined;
  /**
   * The one function the project's runtime code defines under this name (`findRoleById`), when it
   * queries: for calls on values nothing follows (`queries.roles.findRoleById`). Only names
   * of the project's own (three words or more); undefined otherwise.
   */
  functionNamed(name: string): { name: string; effect: EffectSummary } | undefined;
  /** An accessor some Sequelize association of the project gives its rows (`User.belongsTo(Company)` → `getCompany`). */
  isAssociationAccessor(name: string): boolean;
  /**
   * The ORM whose rows carry their own query methods (`sequelize`, `mongoose`) that the packages
   * around `file` depend on (its `package.json` and those above it, up to the project root), when
   * exactly one of them is: a row handed in by other code (`req.libraryItem`, an include) is one of its.
   */
  rowLibraryOf(file: string): string | undefined;
  /**
   * The packages around `file` (as for `rowLibraryOf`) depend on an SQLite driver and on no driver of
   * a database server: an ORM whose dialect is configured (Sequelize, Knex, TypeORM…) can only be
   * talking to an SQLite file in the process.
   */
  sqliteOnly(file: string): boolean;
  /** The packages around `file` (as for `rowLibraryOf`) list `name` among their dependencies. */
  dependsOn(file: string, name: string): boolean;
  /**
   * The app of `file` is deployed as functions (a `vercel.json`, `netlify.toml`, `serverless.yml` or
   * `wrangler.toml` beside it or above it, or a dependency on such a platform's runtime package):
   * each request runs in an instance of its own and what it prints is the platform's log.
   */
  deployedAsFunctions(file: string): boolean;
  /**
   * In a Meteor app (a `.meteor` folder at the project root): whether some module assigns a
   * collection to the undeclared global `name` (`Cards = new Mongo.Collection('cards')`).
   */
  globalCollection(name: string): boolean;
  /**
   * In a Sails.js app (the nearest package.json above `file` that depends on `sails`): whether
   * `api/models/<name>.js` defines a model, which Sails hands to every module as the global `name`.
   */
  sailsModel(file: string, name: string): boolean;
  /** In a Sails.js app: the `fn` of the helper `sails.helpers.<path>` (`['cards', 'createOne']` → `api/helpers/cards/create-one.js`). */
  sailsHelper(file: string, path: readonly string[]): Extract<ExportSummary, { kind: 'function' }> | undefined;
  /** Project-relative form of a path, for messages. */
  relative(file: string): string;
}
