import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, isFunctionNode, keyName, ownReturns, propertyName, pushChildren, rootName, stringValue, taggedCallView, unwrapExpression, wrappedFunction, type Node } from './ast';
import { callingSends, ownModuleLookingGenerated, LOCAL_DB_MODULE, LOCAL_MODEL_MODULE, globalFetch, isClientType, libraryForConventionalName, libraryOfServiceHelper, libraryTables, libraryForModule, librariesForTypeName, localDatabaseModule, localModelModule, tableSets, type CreatedResource, type LibraryTable } from './libraries';
import type { ClassInfo, FunctionInfo } from './model';
import type { ExportSummary, ProjectView } from './project-view';
import { NEST_LIFECYCLE_METHODS } from './request-path';
import { listOfItem } from './loop-shape';
import { parameterSlot, singleValue, type Binding, type Scope } from './scope';
import { isTypedCandidateMethod, type TypedOrigin, type TypedOrigins } from './typed-origins';
import type { HandedClient } from './callback-clients';
import { makeKeysOf, type KeysOf } from './visitor-keys';

/**
 * Where a value comes from, as far as the rules care:
 * - `module`: a library's module value (`import fs from 'fs'`, `require('axios')`, `import Redis from 'ioredis'`);
 * - `export`: one named export (`readFileSync`, `PrismaClient`, `Pool`);
 * - `client`: an instance or anything derived from one (`prisma`, `prisma.user`, `this.usersRepository`,
 *   `knex('users').where(...)`); `tx` marks a transaction handle.
 */
export type Origin =
  | { kind: 'module'; table: LibraryTable; specifier: string }
  | { kind: 'export'; table: LibraryTable; name: string; specifier: string }
  | {
      kind: 'client';
      table: LibraryTable;
      creates?: CreatedResource;
      tx?: boolean;
      /** A model or repository class of the project (or an instance of it): its own methods come first. */
      projectClass?: { cls: Extract<ExportSummary, { kind: 'class' }>; instance: boolean };
    }
  /**
   * What a read of a Sequelize model or Mongoose model hands back: live rows whose own methods
   * query (`doc.save()`, `user.getPosts()`). `many`: a list of them (`findAll`), not one row.
   */
  | { kind: 'rows'; table: LibraryTable; many: boolean }
  /** A function, class, instance or namespace of another module of the project (from its summary). */
  | { kind: 'project'; value: ProjectValue };

/** What the project model says a value of another module is, with namespaces still to look into. */
export type ProjectValue = Exclude<ExportSummary, { kind: 'client' | 'library' | 'value' }>;

/**
 * What callers hand a parameter that the rules follow: a library's client, or an instance of a class
 * of the project (`{ messageHandler }` with `messageHandler = new MessageHandler(…)`), whose methods
 * do what their summaries say.
 */
export type HandedValue = Extract<Origin, { kind: 'client' }> | { kind: 'project'; value: Extract<ProjectValue, { kind: 'instance' }> };

/** `o` as a value handed to a parameter, or `undefined` when it is not one the rules follow. */
export function asHandedValue(o: Origin | undefined): HandedValue | undefined {
  if (o?.kind === 'client') return { kind: 'client', table: o.table, ...(o.tx && { tx: true }), ...(o.projectClass && { projectClass: o.projectClass }) };
  // An instance of a class with methods of its own: a bare interface or a class of fields only does nothing to follow.
  if (o?.kind === 'project' && o.value.kind === 'instance' && Object.keys(o.value.of.methods).length) return { kind: 'project', value: o.value };
  return undefined;
}

/** Extra names users declare as clients (rule option `clients`: `{ "db": "knex" }`). */
export type ExtraClients = Readonly<Record<string, LibraryTable>>;

const INJECT_DECORATORS: Record<string, string> = {
  InjectRepository: 'typeorm',
  InjectEntityManager: 'typeorm',
  InjectDataSource: 'typeorm',
  InjectModel: 'mongoose',
  InjectConnection: 'mongoose',
  InjectRedis: 'ioredis',
  InjectQueue: 'bullmq',
  InjectKnex: 'knex',
};
const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);
/** What a client class of the project may add without becoming code of its own: NestJS's lifecycle hooks, connecting and disconnecting. */
const addsNoQueries = (name: string | undefined) => !!name && (NEST_LIFECYCLE_METHODS.has(name) || name === 'enableShutdownHooks' || name === 'connect' || name === 'disconnect');
/** TypeScript's utility types whose first argument is the type whose members they keep. */
const UTILITY_TYPES = new Set(['Pick', 'Omit', 'Partial', 'Readonly', 'Required', 'NonNullable', 'Awaited']);
/** Helpers that build a value once and hand the same one back. */
export const MEMOISER = /^(remember|memoi[sz]e\w*|once|singleton|lazy\w*|cached?|getOrCreate\w*|global\w*)$/i;
/** Array methods whose result holds some of the same rows. */
const ROWS_KEPT_METHODS = new Set(['filter', 'slice', 'sort', 'toSorted', 'reverse', 'toReversed', 'concat']);
/** Array methods that pick one of the rows (`existing.find((r) => r.projectId === id)`). */
const ROW_PICKED_METHODS = new Set(['find', 'findLast', 'at']);
/** Lodash-style helpers (and a project's own `naturalSort`) that take the rows first and return some of them. */
const ROWS_KEPT_HELPER = /^(naturalSort|sort|sortBy|orderBy|filter|reject|uniq|uniqBy|compact|take|takeRight|drop|without|shuffle|sampleSize)$/;
/** Members of a model or repository that hand out its query builder or connection. */
/** TypeORM's repository getters on a data source or an entity manager, given an entity class. */
const ENTITY_REPOSITORY_GETTERS = new Set(['getRepository', 'getTreeRepository', 'getMongoRepository']);
const CLIENT_OWN_MEMBERS = new Set(['createQueryBuilder', 'manager', 'sequelize', 'knex', 'getRepository', 'collection', 'db', 'scope', 'unscoped']);
/** Library base classes whose subclasses are models or repositories (Sequelize/Objection `Model`, TypeORM `Repository`, `BaseEntity`). */
const CLIENT_BASE_CLASS = /Model$|^(Repository|BaseEntity|EntityRepository|MongoRepository|TreeRepository)$/;
/** Capitalised exports of a database module that are handles, not types: TypeORM's `AppDataSource`. */
const DB_HANDLE_NAME = /(DataSource|Database|Db|DB|Pool|Client|Connection|Prisma|Knex|Sequelize|Orm|ORM)$/;
/** Objects that carry clients by convention: `globalThis.prisma`, tRPC/GraphQL `ctx.db`, Koa `ctx.db`. */
const CONTEXT_OBJECTS = new Set(['globalThis', 'global', 'ctx', 'context']);
/** Names a Fastify instance goes by, and the members that hold it (`ctx.fastify`, `request.server`). */
const FASTIFY_INSTANCES = new Set(['fastify', 'server', 'app', 'instance']);
const FASTIFY_HOLDERS = new Set(['fastify', 'server']);
/** The member each official Fastify plugin of a client library decorates the instance with. */
const FASTIFY_PLUGIN_DECORATIONS: ReadonlyMap<string, { plugin: string; table: string }> = new Map([
  ['redis', { plugin: '@fastify/redis', table: 'ioredis' }],
  ['pg', { plugin: '@fastify/postgres', table: 'pg' }],
  ['mongo', { plugin: '@fastify/mongodb', table: 'mongodb' }],
  ['mysql', { plugin: '@fastify/mysql', table: 'mysql2' }],
  ['elastic', { plugin: '@fastify/elasticsearch', table: 'elasticsearch' }],
]);
/** Tables whose calls say whose they are (`argumentKeys`): their conventional name places a value wherever it is held. */
const SIGNED_TABLES = libraryTables.filter((t) => t.argumentKeys);

export class OriginResolver {
  private readonly memo = new Map<Node, Origin | null>();
  private readonly bindingMemo = new Map<Binding, Origin | null>();
  private readonly txParams = new Map<FunctionInfo, LibraryTable>();

  constructor(
    private readonly functionByNode: ReadonlyMap<Node, FunctionInfo>,
    private readonly extraClients: ExtraClients,
    private readonly byTable: (id: string) => LibraryTable | undefined,
    /** The rest of the project, and this file's absolute path in it (absent: one file on its own). */
    private readonly project?: { view: ProjectView; file: string },
    /** Typed mode (ESLint with type information): declared types place what names and imports cannot. */
    private readonly typed?: TypedOrigins,
    /** The module's own `type Name = …` declarations. */
    private readonly typeAliases: ReadonlyMap<string, TSESTree.TypeNode> = new Map(),
    /** Undeclared globals this module assigns a Meteor collection to (`Cards = new Mongo.Collection(…)`). */
    private readonly collectionGlobals: ReadonlySet<string> = new Set(),
    /** The module's own interfaces' members. */
    private readonly interfaceMembers: ReadonlyMap<string, readonly TSESTree.TypeElement[]> = new Map(),
  ) {}

  /** Drops every memoised answer: the project model's answers they used were cut short by a cycle. */
  forget() {
    this.memo.clear();
    this.bindingMemo.clear();
    this.sharedReturns.clear();
  }

  /** A library's table, as the analysis has it (the project's options may add to it). */
  table(id: string): LibraryTable | undefined {
    return this.byTable(id);
  }

  projectRowTable(): LibraryTable | undefined {
    const id = this.project?.view.rowLibraryOf(this.project.file);
    return id ? this.byTable(id) : undefined;
  }

  /** An accessor a Sequelize association of the project gives its rows (see `ProjectView.isAssociationAccessor`). */
  projectAssociationAccessor(name: string): boolean {
    return !!this.project?.view.isAssociationAccessor(name);
  }

  /** The packages around this file depend on `name` (see `ProjectView.dependsOn`); false without a project. */
  projectDependsOn(name: string): boolean {
    return !!this.project?.view.dependsOn(this.project.file, name);
  }

  /** A parameter name that holds a client of a library the packages around this file depend on (`sql`, Moleculer's `ctx`). */
  private dependedParameter(name: string): Origin | undefined {
    const table = libraryTables.find((t) => t.parameterNamesWhereDependedOn?.test(name) && t.modules.some((m) => this.projectDependsOn(m)));
    return table && { kind: 'client', table };
  }

  /** The packages around this file can only reach an SQLite file (see `ProjectView.sqliteOnly`). */
  projectSqliteOnly(): boolean {
    return !!this.project?.view.sqliteOnly(this.project.file);
  }

  /** What the module itself puts in its `exports.<name>` (set by the file's analysis): `exports._db = client.db(name)` in its `init`. */
  ownExport: ((name: string) => Origin | undefined) | undefined;
  /** How to walk the file's nodes (set by the file's analysis to its parser's visitor keys). */
  keysOf: KeysOf = makeKeysOf(undefined);
  /** The clients a function of this file hands the callbacks it takes (set by the file's analysis). */
  handedClientsOf: ((f: FunctionInfo) => HandedClient[]) | undefined;
  /** What this file's calls of a function (or other modules', for an exported one) hand it at a parameter (or a key of the object there), set by the file's analysis. */
  valuePassedTo: ((f: FunctionInfo, index: number, key: string | undefined, param: Binding) => HandedValue | undefined) | undefined;

  /**
   * `withTransaction(ctx, async (tx) => …)`: the client the called helper (of this file or another
   * module) runs this callback with, when it is one of the helper's arguments.
   */
  private handedByHelper(cb: FunctionInfo): { arg: number; table: LibraryTable; tx: boolean } | undefined {
    // The callback as an argument, or as a method of an object literal that is one (`{ async handleAsync(db) { … } }`).
    const prop = cb.node.parent?.type === 'Property' && cb.node.parent.value === cb.node ? cb.node.parent : undefined;
    const member = prop ? keyName(prop) : undefined;
    const held = prop ? (prop.parent as Node) : (cb.node as Node);
    const call = held.parent;
    if (call?.type !== 'CallExpression' || (prop && !member)) return undefined;
    const callee = unwrapExpression(call.callee as Node);
    const param = (call.arguments as Node[]).indexOf(held);
    if (param < 0 || callee.type !== 'Identifier') return undefined;
    const b = this.functionByNode.get(cb.node)?.scope.parent?.lookup(callee.name);
    const mine = (h: { param: number; member?: string }) => h.param === param && h.member === member;
    if (b?.fn) return this.handedClientsOf?.(b.fn).find(mine);
    if (b?.kind !== 'import') return undefined;
    const o = this.resolveBinding(b);
    const h = o?.kind === 'project' && o.value.kind === 'function' ? o.value.handsClients?.find(mine) : undefined;
    const table = h && this.byTable(h.library);
    return h && table ? { arg: h.arg, table, tx: !!h.tx } : undefined;
  }

  /** Marks a callback's first parameter as a transaction handle of `table`. */
  markTransactionCallback(fn: FunctionInfo, table: LibraryTable) {
    this.txParams.set(fn, table);
  }

  resolve(node: Node, scope: Scope): Origin | undefined {
    const cached = this.memo.get(node);
    if (cached !== undefined) return cached ?? undefined;
    this.memo.set(node, null); // cycle guard
    const n = unwrapExpression(node);
    const asserted = assertedType(node);
    const result = this.compute(n, scope) ?? (asserted && this.fromType(asserted, scope)) ?? (this.typed ? this.fromTypes(n, this.typed, scope) : undefined);
    this.memo.set(node, result ?? null);
    return result;
  }

  /**
   * Typed mode: what the declared type of an expression the untyped analysis could not place says
   * it is. Asked only for the receiver (or the root of the chain) of a call that could send a
   * query, so most expressions never reach the checker. Types only add: this runs after the
   * untyped answer came back empty.
   */
  private fromTypes(n: Node, typed: TypedOrigins, scope: Scope): Origin | undefined {
    if (!TYPED_NODES.has(n.type) || !wantsType(n)) return undefined;
    if (n.type === 'Identifier' && plainData(scope.lookup(n.name))) return undefined;
    const o = typed.originOf(n);
    if (!o) return undefined;
    // A project class extending the library's: a member it declares itself is its own code, not the library's query.
    if (o.inherited) {
      const next = memberAfter(n);
      if (next && !typed.memberFromLibrary(n, next)) return undefined;
    }
    return fromTypedOrigin(o);
  }

  /**
   * Typed mode: `this.findOne(…)` in a class whose base the untyped analysis could not trace (a
   * repository base class from a package the project model does not read), when the method is the library's.
   */
  typedSelf(thisNode: Node, method: string): Extract<Origin, { kind: 'client' }> | undefined {
    if (!this.typed || !isTypedCandidateMethod(method)) return undefined;
    const o = this.typed.originOf(thisNode);
    if (!o || o.value === 'row' || !this.typed.memberFromLibrary(thisNode, method)) return undefined;
    return { kind: 'client', table: o.table, ...(o.value === 'transaction' && { tx: true }) };
  }

  private compute(n: Node, scope: Scope): Origin | undefined {
    switch (n.type) {
      case 'Identifier': {
        const b = scope.lookup(n.name);
        if (b) return this.resolveBinding(b);
        const extra = this.extraClients[n.name];
        if (extra) return { kind: 'client', table: extra };
        if (n.name === 'fetch') return { kind: 'module', table: globalFetch, specifier: 'fetch' };
        // Nitro's and Nuxt's server routes call ofetch as the global `$fetch`.
        if (n.name === '$fetch') {
          const table = libraryTables.find((t) => t.id === 'ofetch');
          if (table) return { kind: 'module', table, specifier: 'ofetch' };
        }
        // A Meteor app's collections, assigned to globals every module uses without an import.
        if (/^[A-Z]/.test(n.name) && (this.collectionGlobals.has(n.name) || this.project?.view.globalCollection(n.name))) {
          const table = this.byTable('meteor');
          if (table) return { kind: 'client', table };
        }
        // A Sails app's models (`api/models/Card.js`), globals every module uses as `Card`.
        if (/^[A-Z]/.test(n.name) && this.project?.view.sailsModel(this.project.file, n.name)) {
          const table = this.byTable('waterline');
          if (table) return { kind: 'client', table };
        }
        return undefined;
      }
      case 'MemberExpression':
        return this.member(n, scope);
      case 'CallExpression':
      case 'NewExpression':
        return this.call(n, scope);
      case 'TaggedTemplateExpression':
        return this.call(taggedCallView(n), scope);
      case 'AwaitExpression': {
        const written = unwrapExpression(n.argument);
        const arg = written.type === 'TaggedTemplateExpression' ? taggedCallView(written) : written;
        const inner = this.resolve(arg, scope);
        // Awaiting a query yields data (rows, for ORMs whose rows query), not a client; awaiting a
        // factory or `pool.connect()` yields a client.
        if (inner?.kind === 'client' && arg.type === 'CallExpression' && this.chainHasQuery(arg, scope)) return rowsOf(inner.table, arg);
        if (!inner || inner.kind !== 'client') return inner?.kind === 'rows' ? undefined : inner;
        return inner;
      }
      case 'ArrayExpression': {
        // `[...dataJobs, ...snapshotJobs]`: rows of lists of rows (the first list's library).
        const spreads = n.elements.filter((e): e is TSESTree.SpreadElement => e?.type === 'SpreadElement');
        if (!spreads.length || spreads.length !== n.elements.length) return undefined;
        const first = this.resolve(spreads[0].argument as Node, scope);
        return first?.kind === 'rows' && first.many ? first : undefined;
      }
      case 'LogicalExpression':
        return this.resolve(n.left, scope) ?? this.resolve(n.right, scope);
      case 'ConditionalExpression':
        return this.resolve(n.consequent, scope) ?? this.resolve(n.alternate, scope);
      case 'AssignmentExpression':
        return this.resolve(n.right, scope);
      case 'SequenceExpression':
        return this.resolve(n.expressions[n.expressions.length - 1], scope);
      default:
        return undefined;
    }
  }

  resolveBinding(b: Binding): Origin | undefined {
    const cached = this.bindingMemo.get(b);
    if (cached !== undefined) return cached ?? undefined;
    this.bindingMemo.set(b, null);
    const result = this.computeBinding(b);
    this.bindingMemo.set(b, result ?? null);
    return result;
  }

  private computeBinding(b: Binding): Origin | undefined {
    if (b.kind === 'import' && b.importFrom) return this.fromModule(b.importFrom.module, b.importFrom.imported, b.name);
    if (b.kind === 'class' && b.cls?.superClass) {
      // `class User extends Model {}` (Sequelize, Objection): static calls on the class query.
      // `class PrismaService extends PrismaClient`, `class UserRepository extends Repository<User>`, and a
      // base model of the project's own (`class User extends BaseModel`): instances or statics query.
      // `class CartModule extends MedusaService<…>({ Cart, LineItem })`: the framework's generated methods query.
      const base = unwrapExpression(b.cls.superClass);
      const factory = base.type === 'CallExpression' ? importedHelper(unwrapExpression(base.callee), b.cls.scope) : undefined;
      const made = factory && libraryOfServiceHelper(factory.module, factory.name, 'baseClassFactories');
      if (made) return { kind: 'client', table: made };
      const sup = this.resolve(b.cls.superClass, b.cls.scope);
      if (sup?.kind === 'export' && (CLIENT_BASE_CLASS.test(sup.name) || sup.table.baseClasses?.includes(sup.name) || factoryFor(sup))) return { kind: 'client', table: sup.table };
      // `class RedisAdapter extends Redis` with `import Redis from 'ioredis'`: the module's default export is the client class.
      if (sup?.kind === 'module' && factoryFor(sup)) return { kind: 'client', table: sup.table };
      if (sup?.kind === 'client' && !sup.creates && b.cls.superClass.type === 'Identifier') return { kind: 'client', table: sup.table };
      // `extends mixin(Model, [Plugin])`, `extends R.pipe(A, B)(BaseModel)` (also through a variable): the class mixed into.
      const mixed = mixinTarget(base, b.cls.scope);
      const under = mixed && this.resolve(mixed, b.cls.scope);
      if (under?.kind === 'export' && (CLIENT_BASE_CLASS.test(under.name) || under.table.baseClasses?.includes(under.name))) return { kind: 'client', table: under.table };
      if (under?.kind === 'client' && !under.creates) return { kind: 'client', table: under.table };
      return undefined;
    }
    if (b.kind === 'function' || b.kind === 'class') return undefined;
    for (const { node, path, scope } of b.values) {
      // `const { User } = require('../models')`: the destructured name is the import's name.
      const spec = path.length ? requiredModule(node, scope) : undefined;
      // `const [users, posts] = await Promise.all([User.findAll(), Post.findAll()])`: the i-th result.
      const settled = !spec && path.length === 1 ? promiseAllElement(node, path[0]) : undefined;
      if (settled) {
        const o = this.resolve(settled, scope);
        if (o) return o;
        continue;
      }
      let o = spec ? this.fromModule(spec, path[0], path[0]) : this.resolve(node, scope);
      let rest = spec ? path.slice(1) : path;
      // `const { collections } = context`, `const { collections: { Orders } } = context`: as `context.collections`;
      // `const { tx } = pc` with `pc: PhaseContext` and `type PhaseContext = { tx: DB }`: the member's declared type.
      if (!o && !spec && rest.length) {
        const obj = unwrapExpression(node);
        o = this.byConvention(obj, rest[0]) ?? this.declaredMember(obj, scope, rest[0]) ?? this.handedAtKey(obj, scope, rest[0]);
        rest = rest.slice(1);
      }
      for (const seg of rest) o = o && this.memberOf(o, seg);
      if (o) return o;
    }
    if (b.typeAnnotation) {
      // `prisma: Prisma.UserGetPayload<…>` (a row), `signedUpAt: Date`: declared a value, whatever its name or callers say.
      if (declaredAValue(b.typeAnnotation)) return undefined;
      const t = this.fromType(b.typeAnnotation, b.scope);
      // `ctx: TcContext` with `interface TcPureContext extends Omit<Context, 'emit'>`: an interface of the
      // project that only re-declares a library's type says less than the parameter's conventional name.
      const bare = t?.kind === 'project' && t.value.kind === 'instance' && !t.value.of.client && !Object.keys(t.value.of.methods).length;
      const named = bare && b.kind === 'parameter' ? this.dependedParameter(b.name) : undefined;
      if (named) return named;
      if (t) return t;
    }
    // A library's client (`{ db }: { db: Knex }`) or an operation type its implementations answer; a
    // declared interface of the project (`{ pool }: { pool: PoolLike }`) says less than the name does.
    if (b.memberType) {
      const t = this.fromType(b.memberType, b.scope);
      if (t?.kind === 'client' || (t?.kind === 'project' && t.value.kind === 'function')) return t;
    }
    if (b.decorators) {
      const t = this.fromDecorators(b.decorators);
      if (t) return t;
    }
    if (b.kind === 'parameter' && b.paramIndex === 0 && b.owner) {
      const txTable = this.txParams.get(b.owner);
      if (txTable) return { kind: 'client', table: txTable, tx: true };
    }
    if (b.kind === 'parameter' && b.owner && b.paramIndex !== undefined) {
      const handed = this.handedByHelper(b.owner);
      if (handed && handed.arg === b.paramIndex) return { kind: 'client', table: handed.table, ...(handed.tx && { tx: true }) };
    }
    // `reconcile({ tx, ids })` inside `db.$transaction(async (tx) => …)`, `countLeft(db, id)`: an untyped
    // parameter holds the client this file's callers hand it.
    const slot = b.owner && parameterSlot(b);
    const passed = slot && this.valuePassedTo?.(b.owner!, slot.index, slot.key, b);
    if (passed) return passed;
    // `for (const doc of docs)`, `docs.map((doc) => …)`: one row of a list of rows.
    const list = listOfItem(b);
    const listScope = b.kind === 'parameter' ? b.owner && this.functionByNode.get(b.owner.node)?.scope.parent : b.scope;
    const rows = list && listScope && this.resolve(list, listScope);
    if (rows?.kind === 'rows' && rows.many) return { kind: 'rows', table: rows.table, many: false };
    // `const it = Area.find(q).batchSize(10); for await (const doc of it)`: a query iterated as it
    // streams (a cursor) yields its rows one at a time, as awaiting it would all at once.
    const streamed = rows?.kind === 'client' && listScope && forAwaitItem(b) ? this.streamedRow(list!, listScope, rows.table) : undefined;
    if (streamed) return streamed;
    const extra = this.extraClients[b.name];
    if (extra) return { kind: 'client', table: extra };
    if (b.kind === 'parameter') {
      const conventional = libraryForConventionalName(b.name);
      return conventional ? { kind: 'client', table: conventional } : this.dependedParameter(b.name);
    }
    return undefined;
  }

  /**
   * `import { PrismaClient } from './__generated__'`: a client generated to a path of the project's
   * choosing, absent from a checkout. Only a library's factory name, from a module the project
   * cannot follow to a summary, in a package that depends on the library.
   */
  private generatedClientExport(specifier: string, imported: string): Origin | undefined {
    if (!this.project) return undefined;
    const table = libraryTables.find((t) => t.generatedBy && t.factories?.some((f) => f.export === imported));
    const { view, file } = this.project;
    if (!table || !table.generatedBy!.some((d) => view.dependsOn(file, d))) return undefined;
    return { kind: 'export', table, name: imported, specifier };
  }

  fromModule(specifier: string, imported: string, localName?: string): Origin | undefined {
    const table = ownModuleLookingGenerated(specifier, imported) ? undefined : libraryForModule(specifier);
    if (table?.clientExports?.includes(imported)) return { kind: 'client', table };
    if (table) return imported === '*' || imported === 'default' ? { kind: 'module', table, specifier } : { kind: 'export', table, name: imported, specifier };
    const summary = this.project?.view.importedExport(this.project.file, specifier, imported);
    const projected = this.fromSummary(summary);
    if (projected) return projected;
    const generated = summary ? undefined : this.generatedClientExport(specifier, imported);
    if (generated) return generated;
    if (!specifier.startsWith('.') && !specifier.startsWith('@/') && !specifier.startsWith('~/')) {
      // `import { FeedQueue } from '@acme/shared-server'`: a library known by a name that says what it is wherever it comes from.
      const byName = libraryForConventionalName(imported === 'default' || imported === '*' ? localName ?? imported : imported);
      return byName?.conventionalNamesOfImports ? { kind: 'client', table: byName } : undefined;
    }
    const name = imported === 'default' || imported === '*' ? localName ?? imported : imported;
    // A name that says which client it is (`redis`, `prisma`) beats the module's path.
    const conventional = libraryForConventionalName(name);
    if (conventional) return { kind: 'client', table: conventional };
    if (LOCAL_DB_MODULE.test(specifier) && (!/^[A-Z]/.test(name) || DB_HANDLE_NAME.test(name))) return { kind: 'client', table: this.byTable('local-db') ?? localDatabaseModule };
    if (LOCAL_MODEL_MODULE.test(specifier)) {
      const table = this.byTable('local-model') ?? localModelModule;
      // `const { User } = require('../models')` is a model; `const db = require('../models')` holds them.
      return /^[A-Z]/.test(name) ? { kind: 'client', table } : { kind: 'module', table, specifier };
    }
    return undefined;
  }

  /** An export of another project module, as an origin (`undefined`: nothing the rules use, so names and paths decide). */
  fromSummary(s: ExportSummary | undefined): Origin | undefined {
    if (!s) return undefined;
    switch (s.kind) {
      case 'client': {
        const table = this.byTable(s.library);
        return table && { kind: 'client', table, creates: s.creates, ...(s.tx && { tx: true }) };
      }
      case 'library':
        return this.fromModule(s.specifier, s.name);
      case 'class':
        if (s.client) {
          const table = this.byTable(s.client);
          if (table) return { kind: 'client', table, projectClass: { cls: s, instance: false } };
        }
        return { kind: 'project', value: s };
      case 'instance':
        if (s.of.client) {
          const table = this.byTable(s.of.client);
          if (table) return { kind: 'client', table, projectClass: { cls: s.of, instance: true } };
        }
        return { kind: 'project', value: s };
      case 'value':
        return undefined;
      case 'function': {
        // A function type's value: what its implementations do, asked only when one is called.
        const effect = s.signatureOf && !s.effect && this.project ? this.project.view.signatureEffect(s.signatureOf, s.name) : undefined;
        return { kind: 'project', value: effect ? { ...s, effect } : s };
      }
      default:
        return { kind: 'project', value: s };
    }
  }


  /** A member of a project value: a namespace's export, a class's static method, an instance's method. */
  private projectMember(v: ProjectValue, prop: string): Origin | undefined {
    switch (v.kind) {
      case 'namespace':
        return this.project && this.fromSummary(this.project.view.exportOf(v.file, prop));
      case 'object': {
        const own = this.fromSummary(v.members[prop]);
        // A registry filled under computed keys: every member is what the module put there.
        if (!own && v.every) return this.fromSummary(v.every);
        if (own || !v.client) return own;
        // A repository extended with methods of the project: the others are the library's.
        const table = this.byTable(v.client);
        return table && this.memberOf({ kind: 'client', table }, prop);
      }
      case 'class':
      case 'instance': {
        const cls = v.kind === 'class' ? v : v.of;
        const m = cls.methods[prop];
        // No such method on an instance: an abstract one, which the project model answers from the subclasses.
        if ((m ? m.isStatic !== (v.kind === 'class') : v.kind !== 'instance') || !this.project) return undefined;
        // `this._integration.model.integration.update(…)` with `_integration: PrismaRepository<'integration'>`:
        // a field of the instance that holds a client (a generic wrapper that hands out the ORM).
        if (!m) {
          const field = this.fromSummary(this.project.view.classMember(cls.file, cls.name, prop));
          if (field?.kind === 'client') return field;
        }
        // What a method does is asked only when it is called: a class's other methods cost nothing.
        const effect = this.project.view.methodEffect(cls.file, cls.name, prop);
        if (!m && !effect) return undefined;
        return { kind: 'project', value: { kind: 'function', name: `${cls.name}.${prop}`, ...(effect && { effect }), ...(m?.returns && { returns: m.returns }), ...(cls.id && { id: `${cls.id}.${prop}` }) } };
      }
      default:
        return undefined;
    }
  }

  /**
   * What a value handed on is, its cast first: `input.handleAsync(db as unknown as MySqlDb)` hands a
   * MySQL client whatever `db` was declared as (the author says which driver runs on that path).
   */
  resolveAsWritten(node: Node, scope: Scope): Origin | undefined {
    const asserted = assertedType(node);
    const cast = asserted && this.fromType(asserted, scope);
    return cast?.kind === 'client' ? cast : this.resolve(node, scope);
  }

  /** What a module-level type names (`export type Db = Knex | Knex.Transaction`), for the project model's summary of it. */
  typeOrigin(type: TSESTree.TypeNode, scope: Scope): Origin | undefined {
    return this.fromType(type, scope);
  }

  private fromType(type: TSESTree.TypeNode, scope: Scope | undefined, depth = 0): Origin | undefined {
    if (type.type === 'TSUnionType' || type.type === 'TSIntersectionType') {
      for (const t of type.types) {
        const o = this.fromType(t, scope, depth);
        if (o) return o;
      }
      return undefined;
    }
    // `type DrizzleClient = typeof db`, `client: typeof prisma`: the type of a value is what the value is.
    if (type.type === 'TSTypeQuery') {
      const v = type.exprName.type === 'Identifier' ? scope?.lookup(type.exprName.name) : undefined;
      const o = v && v.kind !== 'class' ? this.resolveBinding(v) : undefined;
      return o?.kind === 'client' ? { kind: 'client', table: o.table } : undefined;
    }
    if (type.type !== 'TSTypeReference') return undefined;
    let id: TSESTree.EntityName = type.typeName;
    while (id.type === 'TSQualifiedName') id = id.left;
    if (id.type !== 'Identifier') return undefined;
    // `Pick<PrismaService, T>`, `Readonly<Knex>`: some or all members of the client, still the client.
    const wrapped = UTILITY_TYPES.has(id.name) && !scope?.lookup(id.name) ? type.typeArguments?.params[0] : undefined;
    if (wrapped) return depth < 4 ? this.fromType(wrapped, scope, depth + 1) : undefined;
    // `type Database = Awaited<ReturnType<typeof connectDb>>`: what the function hands back.
    const query = id.name === 'ReturnType' && !scope?.lookup(id.name) ? type.typeArguments?.params[0] : undefined;
    if (query?.type === 'TSTypeQuery' && query.exprName.type === 'Identifier') {
      const o = this.returnOfNamed(scope?.lookup(query.exprName.name));
      return o?.kind === 'client' ? { kind: 'client', table: o.table } : undefined;
    }
    const b = scope?.lookup(id.name);
    // `private prisma: PrismaService` with `class PrismaService extends PrismaClient` in this module,
    // when the class adds nothing but lifecycle hooks: a method of its own (an override that reads a
    // cache) is its code, not the library's query, and a type alone cannot say which one is called.
    if (b?.kind === 'class' && b.cls && ![...b.cls.methods.values()].some((m) => m.methodKind === 'method' && !addsNoQueries(m.name))) {
      const o = this.resolveBinding(b);
      if (o?.kind === 'client') return { kind: 'client', table: o.table };
    }
    if (b?.kind === 'import' && b.importFrom) {
      const table = libraryForModule(b.importFrom.module);
      // `Prisma.TransactionClient`, `Knex.Transaction`: the handle a transaction callback gets.
      const qualified = type.typeName.type === 'TSQualifiedName' && type.typeName.left === id ? `${b.importFrom.imported}.${type.typeName.right.name}` : undefined;
      const tx = !!qualified && !!table?.declaredTypes?.some((d) => d.value === 'transaction' && d.types.includes(qualified));
      // `ModulesSdkTypes.IMedusaInternalService`: the name that says what it is is the last one.
      const declared = type.typeName.type === 'TSQualifiedName' ? type.typeName.right.name : b.importFrom.imported;
      // `node: mongoose.Document`, `doc: HydratedDocument<User>`: one row, whose own methods query (`populate`, `save`).
      if (table?.declaredTypes?.some((d) => d.value === 'row' && !d.classValue && d.packages.includes(b.importFrom!.module) && d.types.includes(declared))) return { kind: 'rows', table, many: false };
      if (table) return isClientType(table, declared) ? { kind: 'client', table, ...(tx && { tx: true }) } : undefined;
      // `private readonly orders: OrdersRepository` with the class in another module: an instance of it.
      const o = this.fromModule(b.importFrom.module, b.importFrom.imported, b.name);
      if (o?.kind === 'client') return o.projectClass ? { ...o, projectClass: { ...o.projectClass, instance: true } } : o;
      if (o?.kind === 'project' && o.value.kind === 'class') return { kind: 'project', value: { kind: 'instance', of: o.value } };
      // `$: SystemResources` with `export type SystemResources = { worker: EngineWorker; … }` in another module.
      if (o?.kind === 'project' && (o.value.kind === 'object' || o.value.kind === 'instance')) return o;
      // `getStream: GetStream` with `export type GetStream = (…) => Promise<Stream>` in another module: its implementations' effect.
      if (o?.kind === 'project' && o.value.kind === 'function' && o.value.signatureOf && o.value.effect) return o;
      // `saleInvoiceModel: TenantModelProxy<typeof SaleInvoice>` with `type TenantModelProxy<T> = () => T`: a call hands back the class.
      if (o?.kind === 'project' && o.value.kind === 'function' && o.value.returnsTypeArgument !== undefined) {
        const arg = type.typeArguments?.params[o.value.returnsTypeArgument];
        const v = arg?.type === 'TSTypeQuery' && arg.exprName.type === 'Identifier' ? scope?.lookup(arg.exprName.name) : undefined;
        const returns = summaryOf(v && this.resolveBinding(v));
        return returns && { kind: 'project', value: { kind: 'function', name: o.value.name, returns } };
      }
    }
    const byName = librariesForTypeName(id.name);
    if (byName.length === 1 || (byName.length > 0 && !b)) return { kind: 'client', table: byName[0] };
    // `type Database = PostgresJsDatabase<typeof schema>` in this module: what the alias names.
    const alias = !b && depth < 4 ? this.typeAliases.get(id.name) : undefined;
    return alias ? this.fromType(alias, scope, depth + 1) : undefined;
  }

  /** What calling the function a name holds hands back: a function of this module, or an imported one's summary. */
  private returnOfNamed(b: Binding | undefined): Origin | undefined {
    if (b?.fn) return this.functionReturn(b.fn);
    const f = b?.kind === 'import' ? this.resolveBinding(b) : undefined;
    return f?.kind === 'project' && f.value.kind === 'function' && f.value.returns ? this.fromSummary(f.value.returns) : undefined;
  }

  private fromDecorators(decorators: TSESTree.Decorator[]): Origin | undefined {
    for (const d of decorators) {
      const e = d.expression.type === 'CallExpression' ? d.expression.callee : d.expression;
      const id = e.type === 'Identifier' ? e.name : undefined;
      const table = id && INJECT_DECORATORS[id] ? this.byTable(INJECT_DECORATORS[id]) : undefined;
      if (table) return { kind: 'client', table };
    }
    return undefined;
  }

  private member(n: TSESTree.MemberExpression, scope: Scope): Origin | undefined {
    const obj = unwrapExpression(n.object);
    const prop = propertyName(n);
    if (!prop) return undefined;
    if (obj.type === 'ThisExpression') return this.thisField(scope, prop);
    // `exports._db.collection(name)`: the module reads back what it exported (set when it connected).
    if (isOwnExports(obj, scope)) {
      const own = this.ownExport?.(prop);
      if (own) return own;
    }
    const helper = this.sailsHelper(n, scope);
    if (helper) return helper;
    // `require('pg').Pool`; `(container.resolve('em') as EntityManager).fork`: the asserted type counts.
    const o = this.resolve(n.object as Node, scope);
    // `this.sequelize.models.libraryItem`: the ORM's registry of models, whose key names the model's
    // module in the project (`models/LibraryItem.js`), with the custom static methods it defines.
    if (o?.kind === 'client' && obj.type === 'MemberExpression' && propertyName(obj) === 'models') {
      const registered = this.registeredModel(prop);
      if (registered) return registered;
    }
    const m = o && this.memberOf(o, prop);
    // A value of the project whose member the summaries cannot place (`models: IModels`, an
    // interface of model types) is still known by the app's conventions.
    return m ?? (!o || o.kind === 'project' ? this.byConvention(obj, prop) : undefined) ?? (!o ? this.declaredMember(obj, scope, prop) ?? this.handedAtKey(obj, scope, prop) : undefined);
  }

  /**
   * `options.messageHandler` with `options` an untyped parameter nothing else places: what the
   * function's callers hand at that key (`run(task, data, { messageHandler })`).
   */
  private handedAtKey(obj: Node, scope: Scope, prop: string): HandedValue | undefined {
    const b = obj.type === 'Identifier' ? scope.lookup(obj.name) : undefined;
    if (b?.kind !== 'parameter' || b.paramIndex === undefined || !b.owner || b.typeAnnotation) return undefined;
    return this.valuePassedTo?.(b.owner, b.paramIndex, prop, b);
  }

  /**
   * `options.db` with `options: Options` and `type Options = { db: PrismaClientOrTransaction }` (or an
   * interface) in this module: the member's declared type. An options bag or a dependencies object.
   */
  private declaredMember(obj: Node, scope: Scope, prop: string): Origin | undefined {
    let type: TSESTree.TypeNode | undefined;
    if (obj.type === 'Identifier') type = scope.lookup(obj.name)?.typeAnnotation;
    else if (obj.type === 'MemberExpression' && unwrapExpression(obj.object).type === 'ThisExpression') {
      const name = propertyName(obj);
      type = name ? enclosingClass(scope)?.fields.get(name)?.find((e) => e.typeAnnotation)?.typeAnnotation : undefined;
    }
    const members = type && this.declaredMembers(type);
    const sig = members?.find((m) => m.type === 'TSPropertySignature' && !m.computed && m.key.type === 'Identifier' && m.key.name === prop);
    const annotation = sig?.type === 'TSPropertySignature' ? sig.typeAnnotation?.typeAnnotation : undefined;
    return annotation && this.fromType(annotation, scope);
  }

  /** The members a type literal, or a local alias or interface, declares. */
  private declaredMembers(type: TSESTree.TypeNode, depth = 0): readonly TSESTree.TypeElement[] | undefined {
    if (type.type === 'TSTypeLiteral') return type.members;
    if (type.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier' || depth > 3) return undefined;
    const name = type.typeName.name;
    const alias = this.typeAliases.get(name);
    return alias ? this.declaredMembers(alias, depth + 1) : this.interfaceMembers.get(name);
  }

  /** A member of a value we cannot resolve, known by the app's conventions (registries, context objects). */
  private byConvention(obj: Node, prop: string): Origin | undefined {
    // `router.formio.resources.form.model.findOne(…)`, `resource.model.updateOne(…)`: in a Mongoose
    // app, the `model` a registry entry holds is a Mongoose model, whatever the registry is.
    const rowTable = prop === 'model' && obj.type !== 'ThisExpression' ? this.projectRowTable() : undefined;
    if (rowTable?.id === 'mongoose') return { kind: 'client', table: rowTable };
    // `context.collections.Orders`, `const { Products } = context.collections`: a registry of the
    // MongoDB collections of the app (Reaction Commerce's plugins, Meteor-style code).
    if (prop === 'collections') {
      const table = this.byTable('mongodb');
      if (table) return { kind: 'module', table, specifier: COLLECTION_REGISTRY };
    }
    // `WIKI.models.pages`, `app.models.User`, `ctx.models.Order`: a registry of the project's models,
    // which also keeps the query builder itself (`WIKI.models.knex`) under its library's usual name.
    // `models.Customers.countDocuments(…)` with `models` handed in (a parameter `models: IModels`, the
    // `{ models }` of a GraphQL context, erxes' per-tenant models): the same registry, for model names.
    const handedIn = obj.type === 'Identifier' && obj.name === 'models' && /^[A-Z]/.test(prop);
    if ((obj.type === 'MemberExpression' && propertyName(obj) === 'models') || handedIn) {
      const builder = libraryForConventionalName(prop);
      if (builder) return { kind: 'client', table: builder };
      return this.registeredModel(prop) ?? { kind: 'client', table: this.byTable('local-model') ?? localModelModule };
    }
    // `req.payload.find({ collection })`: a client whose calls say whose they are (`argumentKeys`), wherever it is held.
    const signed = SIGNED_TABLES.find((t) => t.conventionalNames?.test(prop));
    const signedTable = signed && this.byTable(signed.id);
    if (signedTable) return { kind: 'client', table: signedTable };
    // `Meteor.users.update(…)`: the accounts collection every Meteor app has (the global `Meteor`, or imported from 'meteor/meteor').
    if (prop === 'users' && obj.type === 'Identifier' && obj.name === 'Meteor') {
      const table = this.byTable('meteor');
      if (table) return { kind: 'client', table };
    }
    // `fastify.redis`, `ctx.fastify.pg`, `request.server.mongo`: a client a Fastify plugin decorated the instance with.
    const decorated = this.fastifyDecoration(obj, prop);
    if (decorated) return decorated;
    // `globalThis.prisma`, `global.db`, tRPC/GraphQL `ctx.db`: only by convention or user option.
    if (obj.type === 'Identifier' && CONTEXT_OBJECTS.has(obj.name)) {
      if (prop === 'db' && obj.name !== 'global' && obj.name !== 'globalThis') return { kind: 'client', table: this.byTable('local-db') ?? localDatabaseModule };
      const extra = this.extraClients[prop] ?? libraryForConventionalName(prop);
      return extra ? { kind: 'client', table: extra } : undefined;
    }
    return undefined;
  }

  /**
   * A member of a Fastify instance (`fastify`, `server`, `app`, `instance`, or `ctx.fastify`,
   * `request.server`) in a package that depends on Fastify: a client the official plugin of its
   * library put there (`@fastify/redis` decorates `redis`, `@fastify/postgres` `pg`…), or one known by
   * its conventional name (`fastify.prisma`, decorated by the app itself).
   */
  private fastifyDecoration(obj: Node, prop: string): Origin | undefined {
    const holder = obj.type === 'Identifier' ? obj.name : obj.type === 'MemberExpression' ? propertyName(obj) : undefined;
    if (!holder || !(obj.type === 'Identifier' ? FASTIFY_INSTANCES : FASTIFY_HOLDERS).has(holder) || !this.projectDependsOn('fastify')) return undefined;
    const plugin = FASTIFY_PLUGIN_DECORATIONS.get(prop);
    const table = plugin && this.projectDependsOn(plugin.plugin) ? this.byTable(plugin.table) : (this.extraClients[prop] ?? libraryForConventionalName(prop));
    return table ? { kind: 'client', table } : undefined;
  }

  /**
   * `sails.helpers.cards.createOne` (or its `.with`, which takes the inputs by name): the `fn` of the
   * Sails app's helper module `api/helpers/cards/create-one.js`, which runs on each call.
   */
  private sailsHelper(n: TSESTree.MemberExpression, scope: Scope): Origin | undefined {
    // Asked for every member expression: the chain's root decides before anything is built.
    if (rootName(n) !== 'sails' || !this.project || scope.lookup('sails')) return undefined;
    const path: string[] = [];
    let e: Node = n;
    for (; e.type === 'MemberExpression' && !e.computed; e = unwrapExpression(e.object)) path.unshift(propertyName(e) ?? '');
    if (e.type !== 'Identifier' || path[0] !== 'helpers') return undefined;
    if (path.at(-1) === 'with') path.pop();
    const fn = path.length >= 2 ? this.project.view.sailsHelper(this.project.file, path.slice(1)) : undefined;
    return fn && { kind: 'project', value: fn };
  }

  /**
   * The model module a registry key names: its own default export (`models/pages.js`, for custom
   * static methods such as `movePage`), or the class a module of that name exports
   * (`models/MetricAnalysisModel.ts`), whose instance the registry holds, for the methods it defines
   * or inherits (`getById` of a base). Undefined when the project has no one module of that name.
   */
  private registeredModel(prop: string): Extract<Origin, { kind: 'client' }> | undefined {
    const view = this.project?.view;
    const file = view?.registryModel(prop);
    if (!file) return undefined;
    const own = this.fromSummary(view!.exportOf(file, 'default'));
    if (own?.kind === 'client') return own;
    const named = view!.exportOf(file, fileStem(file));
    const table = this.byTable('local-model') ?? localModelModule;
    return named?.kind === 'class' ? { kind: 'client', table, projectClass: { cls: named, instance: true } } : undefined;
  }

  memberOf(o: Origin, prop: string): Origin | undefined {
    switch (o.kind) {
      case 'module':
        if (o.table.id === 'local-model' || o.specifier === COLLECTION_REGISTRY) return /^[A-Z]/.test(prop) ? { kind: 'client', table: o.table } : undefined;
        if (o.table.clientExports?.includes(prop)) return { kind: 'client', table: o.table };
        return { kind: 'export', table: o.table, name: prop, specifier: o.specifier };
      case 'export':
        // `MikroORM.init`, `winston.transports.File`: only factories matter.
        return o.table.factories?.some((f) => f.export === prop) ? { kind: 'export', table: o.table, name: prop, specifier: o.specifier } : undefined;
      case 'client': {
        // `OrdersRepository#findWithItems`, a static `Document.findByPk` the model overrides: the project's method.
        const own = o.projectClass?.cls.methods[prop];
        if (own && own.isStatic !== o.projectClass!.instance) {
          const m = this.projectMember(o.projectClass!.instance ? { kind: 'instance', of: o.projectClass!.cls } : o.projectClass!.cls, prop);
          // An override we cannot see into is still the library's query of that name.
          if (m?.kind === 'project' && m.value.kind === 'function' && (m.value.effect || !tableSets(o.table).query.has(prop))) return m;
        }
        // A method an instance inherits from a base of the project (`getById` of a model-class
        // factory), when the library has no query of that name.
        if (o.projectClass?.instance && !own && !tableSets(o.table).query.has(prop)) {
          const m = this.projectMember({ kind: 'instance', of: o.projectClass.cls }, prop);
          if (m?.kind === 'project' && m.value.kind === 'function' && m.value.effect) return m;
        }
        if (o.projectClass) return { kind: 'client', table: o.table, tx: o.tx };
        return o.creates ? { kind: 'client', table: o.table, tx: o.tx } : o;
      }
      case 'project':
        return this.projectMember(o.value, prop);
      case 'rows':
        // `doc.ref` of a Firestore snapshot: the reference the row was read from, which writes by itself.
        if (o.many) return o.table.rowListMembers?.includes(prop) ? o : undefined;
        return o.table.rowReferences?.includes(prop) ? { kind: 'client', table: o.table } : undefined;
    }
  }

  /**
   * `this` inside a model or repository class (`class User extends Model`, `class OrdersRepository
   * extends Repository<Order>`): the class is a client, so `this.findOne(…)` queries, unless the
   * class defines a method of that name itself.
   */
  thisClient(scope: Scope, method: string): Extract<Origin, { kind: 'client' }> | undefined {
    const cls = enclosingClass(scope);
    // `this.findOneBy(…)` in a method of `repository.extend({ … })`; `this.findOne(…)` in a Mongoose static.
    if (!cls) return this.repositoryOfExtension(scope) ?? this.mongooseStatic(scope);
    if (!cls.name || cls.methods.has(method)) return undefined;
    const b = cls.scope.lookup(cls.name);
    const o = b?.cls === cls ? this.resolveBinding(b) : undefined;
    return o?.kind === 'client' ? o : undefined;
  }

  private thisField(scope: Scope, prop: string): Origin | undefined {
    const cls = enclosingClass(scope);
    if (cls) return this.classMember(cls, scope, prop);
    // `this.createQueryBuilder(…)` in a method of `repository.extend({ … })`: the repository's own.
    const repo = this.repositoryOfExtension(scope);
    return repo && this.memberOf(repo, prop);
  }

  /**
   * `X.extend({ findByName() { … } })` with `X` a TypeORM repository (`getRepository(User)`): the
   * repository and the object of methods it gains. Undefined for any other call.
   */
  extendedRepository(n: Node, scope: Scope): { client: Extract<Origin, { kind: 'client' }>; methods: Node } | undefined {
    if (n.type !== 'CallExpression' || calleeName(n) !== 'extend' || n.arguments.length !== 1) return undefined;
    const methods = unwrapExpression(n.arguments[0] as Node);
    const callee = unwrapExpression(n.callee);
    if (methods.type !== 'ObjectExpression' || callee.type !== 'MemberExpression') return undefined;
    const repo = this.resolve(callee.object as Node, scope);
    return repo?.kind === 'client' && repo.table.id === 'typeorm' ? { client: repo, methods } : undefined;
  }

  /**
   * `schema.statics.touchAll = async function (ids) { … this.updateOne(…) … }` (also `schema.static('name', fn)`
   * and `schema.statics = { … }`) with `schema` a `new Schema(…)` of Mongoose: Mongoose calls a static with
   * the model as `this`, so its calls on `this` query the collection.
   */
  private mongooseStatic(scope: Scope): Extract<Origin, { kind: 'client' }> | undefined {
    const fn = enclosingFunction(scope);
    const host = fn?.node.parent;
    let schema: Node | undefined;
    if (host?.type === 'AssignmentExpression' && host.right === fn!.node && host.left.type === 'MemberExpression') {
      const statics = unwrapExpression(host.left.object);
      if (statics.type === 'MemberExpression' && propertyName(statics) === 'statics') schema = statics.object as Node;
    } else if (host?.type === 'Property' && host.value === fn!.node) {
      const holder = host.parent?.parent;
      if (holder?.type === 'AssignmentExpression' && holder.left.type === 'MemberExpression' && propertyName(holder.left) === 'statics') schema = holder.left.object as Node;
      else if (holder?.type === 'CallExpression' && calleeName(holder) === 'static' && holder.callee.type === 'MemberExpression') schema = holder.callee.object as Node;
    } else if (host?.type === 'CallExpression' && calleeName(host) === 'static' && host.callee.type === 'MemberExpression' && host.arguments[1] === fn!.node) {
      schema = host.callee.object as Node;
    }
    const id = schema && unwrapExpression(schema);
    const made = id?.type === 'Identifier' ? singleValue(scope.lookup(id.name)) : undefined;
    const ctor = made?.type === 'NewExpression' ? this.resolve(made.callee as Node, scope) : undefined;
    return ctor && ctor.kind !== 'client' && ctor.kind !== 'project' && 'table' in ctor && ctor.table.id === 'mongoose' ? { kind: 'client', table: ctor.table } : undefined;
  }

  /** The repository whose `.extend({ … })` object holds the function `scope` belongs to. */
  private repositoryOfExtension(scope: Scope): Extract<Origin, { kind: 'client' }> | undefined {
    const fn = enclosingFunction(scope);
    const prop = fn?.node.parent;
    const obj = prop?.type === 'Property' ? prop.parent : undefined;
    const call = obj?.type === 'ObjectExpression' ? obj.parent : undefined;
    const outer = fn?.scope.parent;
    return call && outer ? this.extendedRepository(call as Node, outer)?.client : undefined;
  }

  /**
   * What `this.<prop>` holds in the methods of `cls`, as a summary another module can use: a
   * method's return (`models(): Models`) as a function that hands it back, a field's or getter's
   * client, or what the class inherits.
   */
  memberSummaryOfClass(cls: ClassInfo, prop: string, depth = 0): ExportSummary | undefined {
    const method = cls.methods.get(prop);
    if (method?.methodKind === 'method') {
      const returns = summaryOf(this.functionReturn(method));
      return returns && { kind: 'function', name: prop, returns };
    }
    return summaryOf(this.classMember(cls, cls.scope, prop, depth));
  }

  /**
   * `this.db` or `this.models()` that `cls` inherits: from a base class of this module (read here),
   * or of another module or made by a function of the project (`extends makeModelClass({ … })`),
   * which the project model answers for that module.
   */
  private inheritedMember(cls: ClassInfo, prop: string, depth: number): Origin | undefined {
    if (depth > 6 || !this.project) return undefined;
    const base = this.baseOf(cls);
    if (!base) return undefined;
    if ('local' in base) return this.fromSummary(this.memberSummaryOfClass(base.local, prop, depth + 1));
    return this.fromSummary(this.project.view.classMember(base.file, base.name, prop));
  }

  /**
   * The class `cls` extends: one of this module, or one that another module of the project exports
   * or that a function of the project makes and returns (`const BaseClass = makeModelClass({ … });
   * class VectorsModel extends BaseClass`: a mixin, a factory of model classes).
   */
  baseOf(cls: ClassInfo): { local: ClassInfo } | { file: string; name: string } | undefined {
    const sup = cls.superClass && unwrapExpression(cls.superClass);
    if (!this.project) return undefined;
    // `extends makeModelClass({ … })`: the class a project function makes, written in place;
    // `extends Timestamps(BaseModel)`: a mixin applied to a class of the project.
    if (sup?.type === 'CallExpression') return this.madeClass(sup, cls.scope) ?? this.mixedInto(sup, cls);
    if (sup?.type !== 'Identifier') return undefined;
    const b = cls.scope.lookup(sup.name);
    if (b?.cls && b.cls !== cls) return { local: b.cls };
    let base: ExportSummary | undefined;
    if (b?.kind === 'import' && b.importFrom) base = this.project.view.importedExport(this.project.file, b.importFrom.module, b.importFrom.imported);
    else {
      // `const ExtendedItem = R.pipe(SearchableMixin, MetadataMixin)(BaseModel); class TenantBaseModel extends ExtendedItem`.
      const made = b?.kind === 'variable' && b.values.length === 1 && !b.values[0].path.length ? unwrapExpression(b.values[0].node) : undefined;
      // `const baseModel = require('./base.js')`, `const { Base } = require('./base')`: a class another module exports.
      if (b?.kind === 'variable' && b.values.length === 1 && (!made || requiredModule(made, cls.scope) || made.type === 'MemberExpression')) {
        const o = this.resolve(sup, cls.scope);
        if (o?.kind === 'project' && o.value.kind === 'class' && o.value.name) return { file: o.value.file, name: o.value.name };
      }
      return made?.type === 'CallExpression' ? (this.madeClass(made, cls.scope) ?? this.mixedInto(made, cls)) : undefined;
    }
    return base?.kind === 'class' && base.name ? { file: base.file, name: base.name } : undefined;
  }

  /**
   * The class a mixin call is applied to: `Timestamps(BaseModel)`, `mixin(Model, [plugins])`,
   * `R.pipe(A, B)(BaseModel)`, `compose(A, B)(BaseModel)`. A mixin hands back a subclass of its
   * argument, so what the argument's class does, the result does too. The first argument that names
   * a class (of this module or another module of the project) answers; functions (the mixins) do not.
   */
  private mixedInto(call: TSESTree.CallExpression, cls: ClassInfo): { local: ClassInfo } | { file: string; name: string } | undefined {
    for (const a of mixinArguments(call)) {
      const b = cls.scope.lookup(a.name);
      if (b?.cls && b.cls !== cls) return { local: b.cls };
      if (b?.kind !== 'import' || !b.importFrom || !this.project) continue;
      const base = this.project.view.importedExport(this.project.file, b.importFrom.module, b.importFrom.imported);
      if (base?.kind === 'class' && base.name) return { file: base.file, name: base.name };
    }
    return undefined;
  }

  /** `makeModelClass({ … })`: the class a project function hands back (`return Model;`). */
  private madeClass(call: TSESTree.CallExpression, scope: Scope): { file: string; name: string } | undefined {
    const o = this.resolve(call.callee, scope);
    const base = o?.kind === 'project' && o.value.kind === 'function' ? o.value.returns : undefined;
    return base?.kind === 'class' && base.name ? { file: base.file, name: base.name } : undefined;
  }

  private classMember(cls: ClassInfo | undefined, scope: Scope, prop: string, depth = 0): Origin | undefined {
    const entries = cls?.fields.get(prop);
    // `get client(): Redis { return this.c; }`: a getter of the class hands out what it returns.
    const getter = !entries?.length ? cls?.methods.get(prop) : undefined;
    if (getter?.methodKind === 'get') {
      const o = this.functionReturn(getter);
      if (o) return o;
    }
    for (const e of entries ?? []) {
      const o = (e.value && this.resolve(e.value, e.scope)) || (e.typeAnnotation && this.fromType(e.typeAnnotation, e.scope)) || (e.decorators && this.fromDecorators(e.decorators));
      if (o) return o;
    }
    const extra = this.extraClients[prop] ?? this.extraClients[`this.${prop}`];
    if (extra) return { kind: 'client', table: extra };
    // `this.createQueryBuilder('o')` in a repository class, `this.sequelize` in a model: the client's own handles.
    if (!entries?.length) {
      const self = this.thisClient(scope, prop);
      if (self && (CLIENT_OWN_MEMBERS.has(prop) || tableSets(self.table).query.has(prop))) return self;
      // `this.db` kept by a base class of the project (`class ChangeModel extends BaseModel`).
      if (cls?.superClass && !cls.methods.has(prop)) {
        const inherited = this.inheritedMember(cls, prop, depth);
        if (inherited) return inherited;
      }
    }
    const conventional = libraryForConventionalName(prop);
    return conventional ? { kind: 'client', table: conventional } : undefined;
  }

  private call(n: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): Origin | undefined {
    const callee = unwrapExpression(n.callee);
    if (callee.type === 'Identifier' && callee.name === 'require' && !scope.lookup('require')) {
      const spec = stringValue(n.arguments[0] as Node | undefined);
      return spec ? this.fromModule(spec, 'default', requireTarget(n)) : undefined;
    }
    const kept = this.rowsKept(n, callee, scope);
    if (kept) return kept;
    // `util.promisify(handler.update.bind(handler))`: calling the copy calls `handler.update`.
    const wrapped = n.type === 'CallExpression' ? wrappedFunction(n) : undefined;
    if (wrapped) return this.resolve(wrapped, scope);
    const resolved = this.containerLookup(n, callee, scope) ?? this.customRepository(n, callee, scope);
    if (resolved) return resolved;
    const c = this.resolve(callee, scope);
    if (!c) return this.localFunctionReturn(callee, scope) ?? this.localArgumentReturned(n, callee, scope) ?? this.memoised(n, callee, scope) ?? this.entityRepository(n, callee) ?? this.typeArgumentClient(n, scope) ?? this.containerInstance(n, callee, scope) ?? this.modelOfSchema(n, scope);
    if (c.kind === 'project') {
      // `new OrdersRepository()`, `getPrisma()` that hands back a shared client.
      if (n.type === 'NewExpression' && c.value.kind === 'class') return { kind: 'project', value: { kind: 'instance', of: c.value } };
      if (c.value.kind === 'function' && c.value.returns) return this.fromSummary(c.value.returns);
      if (c.value.kind === 'function' && c.value.returnsInstanceOf !== undefined) return this.instanceOfArgument(n, c.value.returnsInstanceOf, scope);
      if (c.value.kind === 'function' && c.value.returnsArgument) return this.madeFromArgument(n, c.value.returnsArgument, scope);
      return this.memoised(n, callee, scope);
    }
    const factory = factoryFor(c);
    if (factory) return { kind: 'client', table: c.table, creates: factory.creates };
    if (c.kind === 'client') {
      // `new Label({ … })` of a Mongoose or Sequelize model: a document not saved yet, whose `save()` writes it.
      if (n.type === 'NewExpression' && !c.projectClass && c.table.rowMethods?.length && (c.table.kind === 'orm' || c.table.kind === 'document-db')) return { kind: 'rows', table: c.table, many: false };
      const method = calleeName(n);
      if (method && (PROMISE_METHODS.has(method) || tableSets(c.table).batch.has(method))) return undefined;
      const handed = method ? c.table.handleMethods?.[method] : undefined;
      const other = handed ? this.byTable(handed) : undefined;
      if (other) return { kind: 'client', table: other, tx: c.tx };
      return { kind: 'client', table: c.table, tx: c.tx };
    }
    // `getRepository(User)`, `mongoose.model('User')`, `db.collection('x')`: database handles.
    if ((c.kind === 'export' || c.kind === 'module') && isDatabaseKind(c.table) && !(c.kind === 'export' && tableSets(c.table).queryExports.has(c.name))) {
      return { kind: 'client', table: c.table };
    }
    return undefined;
  }

  /** `container.resolve(Modules.PRODUCT)`, `req.scope.resolve(ContainerRegistrationKeys.QUERY)`: a framework's service, by its key. */
  private containerLookup(n: TSESTree.CallExpression | TSESTree.NewExpression, callee: Node, scope: Scope): Origin | undefined {
    if (n.type !== 'CallExpression' || callee.type !== 'MemberExpression' || propertyName(callee) !== 'resolve' || !n.arguments[0]) return undefined;
    const key = unwrapExpression(n.arguments[0] as Node);
    const named = key.type === 'MemberExpression' ? importedHelper(key.object as Node, scope) : undefined;
    const member = key.type === 'MemberExpression' ? propertyName(key) : undefined;
    if (!named || !member) return undefined;
    const table = libraryOfServiceHelper(named.module, named.name, 'containerKeys') ?? libraryOfServiceHelper(named.module, `${named.name}.${member}`, 'containerKeys');
    return table && { kind: 'client', table };
  }

  /**
   * `container.resolve<IInventoryService>(…)`, `this.getActiveManager<SqlEntityManager>(ctx)`,
   * `moduleRef.get<PrismaService>(PrismaService)`: a lookup nothing places whose type argument
   * names a client. Only a client counts: a type argument that names data (`http.get<User>(url)`)
   * says what comes back, not who queries.
   */
  private typeArgumentClient(n: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): Origin | undefined {
    const params = n.type === 'CallExpression' ? n.typeArguments?.params : undefined;
    if (params?.length !== 1) return undefined;
    const o = this.fromType(params[0], scope);
    return o?.kind === 'client' ? o : undefined;
  }

  /**
   * `appServer.AppDataSource.getRepository(ChatFlow)` on a data source nothing places (a running
   * app's field, a helper's value): TypeORM's way to ask for an entity's repository, whatever holds it.
   */
  private entityRepository(n: TSESTree.CallExpression | TSESTree.NewExpression, callee: Node): Origin | undefined {
    if (n.type !== 'CallExpression' || callee.type !== 'MemberExpression' || !ENTITY_REPOSITORY_GETTERS.has(propertyName(callee) ?? '')) return undefined;
    const entity = n.arguments[0] && unwrapExpression(n.arguments[0] as Node);
    if (entity?.type !== 'Identifier' || !/^[A-Z]/.test(entity.name)) return undefined;
    const table = this.byTable('typeorm');
    return table && { kind: 'client', table };
  }

  /**
   * Rows a list helper hands back unchanged, in another order or fewer of them: `rows.filter(…)`,
   * `rows.slice(1)`, `sortBy(rows, 'name')`, `naturalSort(rows, (r) => r.name)`, `uniqBy(rows, 'id')`.
   */
  private rowsKept(n: TSESTree.CallExpression | TSESTree.NewExpression, callee: Node, scope: Scope): Origin | undefined {
    if (n.type !== 'CallExpression') return undefined;
    let list: Node | undefined;
    if (callee.type === 'MemberExpression' && ROWS_KEPT_METHODS.has(propertyName(callee) ?? '')) list = callee.object;
    else {
      const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
      if (name && ROWS_KEPT_HELPER.test(name)) list = n.arguments[0] as Node | undefined;
    }
    if (!list) return this.rowPicked(n, callee, scope);
    const o = list.type !== 'SpreadElement' ? this.resolve(unwrapExpression(list), scope) : undefined;
    return o?.kind === 'rows' && o.many ? o : undefined;
  }

  /** One row of a read query (`Model.find(…)`, or a variable holding it) iterated by `for await`. */
  private streamedRow(list: Node, scope: Scope, table: LibraryTable): Origin | undefined {
    const l = unwrapExpression(list);
    // `let it = A.find(…); for await (…) …; it = A.find(…)`: each value the variable is given is such a query.
    const b = l.type === 'Identifier' ? scope.lookup(l.name) : undefined;
    const queries = b ? (b.kind === 'variable' && b.values.every((v) => !v.path.length) ? b.values.map((v) => unwrapExpression(v.node)) : []) : [l];
    const rows = queries.map((q) => (q.type === 'CallExpression' && this.chainHasQuery(q, scope) ? rowsOf(table, q) : undefined));
    return rows.length && rows.every((o) => o?.kind === 'rows') ? { kind: 'rows', table, many: false } : undefined;
  }

  /** `rows.find((r) => r.projectId === id)`, `rows.at(-1)`: one of the rows (a callback, not a query's filter object). */
  private rowPicked(n: TSESTree.CallExpression, callee: Node, scope: Scope): Origin | undefined {
    const method = callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
    if (!method || !ROW_PICKED_METHODS.has(method) || (method !== 'at' && !isFunctionNode(n.arguments[0] && unwrapExpression(n.arguments[0] as Node)))) return undefined;
    const o = this.resolve(unwrapExpression((callee as TSESTree.MemberExpression).object as Node), scope);
    return o?.kind === 'rows' && o.many ? { kind: 'rows', table: o.table, many: false } : undefined;
  }

  /**
   * `remember('prisma', () => new PrismaClient())`, `memoize(() => createPool())`: a helper that
   * builds the value once and hands the same one back. The result is the client, shared.
   */
  private memoised(call: TSESTree.CallExpression | TSESTree.NewExpression, callee: Node, scope: Scope): Origin | undefined {
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
    if (!name || !MEMOISER.test(name)) return undefined;
    for (const a of call.arguments) {
      const fn = this.functionByNode.get(unwrapExpression(a as Node));
      const o = fn && this.functionReturn(fn);
      if (o?.kind === 'client') return { kind: 'client', table: o.table };
    }
    return undefined;
  }

  /** `const db = getDb()` where `getDb` is a local function returning a client; `this.getClient()` of the same class. */
  private localFunctionReturn(callee: Node, scope: Scope): Origin | undefined {
    if (callee.type === 'MemberExpression' && unwrapExpression(callee.object).type === 'ThisExpression') {
      const name = propertyName(callee);
      const method = name ? enclosingClass(scope)?.methods.get(name) : undefined;
      return method && method.methodKind === 'method' ? this.functionReturn(method) : undefined;
    }
    if (callee.type !== 'Identifier') return undefined;
    const fn = scope.lookup(callee.name)?.fn;
    return fn && this.functionReturn(fn);
  }

  /** `defineRoom(sequelize, DataTypes)` with `defineRoom` a local model factory: what it makes from its argument. */
  private localArgumentReturned(n: TSESTree.CallExpression | TSESTree.NewExpression, callee: Node, scope: Scope): Origin | undefined {
    const fn = callee.type === 'Identifier' ? scope.lookup(callee.name)?.fn : undefined;
    const made = fn && n.type === 'CallExpression' ? argumentReturned(fn) : undefined;
    return made && this.madeFromArgument(n, made, scope);
  }

  /**
   * The client a factory makes from the argument the caller passes (`RoomModel(sequelize, Sequelize)` →
   * `sequelize.define(…)`): a client of the argument's library, unless a step of the way sends a query
   * (then the result is data, not a handle). A made handle is new, so never the caller's transaction.
   */
  private madeFromArgument(n: TSESTree.CallExpression | TSESTree.NewExpression, made: ArgumentReturned, scope: Scope): Origin | undefined {
    const arg = n.arguments[made.param];
    if (!arg || arg.type === 'SpreadElement') return undefined;
    const o = this.resolve(arg as Node, scope);
    // The library's module itself (`AuditEntryModel(mongoose)` → `mongoose.model(…)`) makes a handle as a call on it would.
    if (!o || !(o.kind === 'client' || ((o.kind === 'module' || o.kind === 'export') && isDatabaseKind(o.table)))) return undefined;
    const sets = tableSets(o.table);
    return made.chain.some((m) => sets.query.has(m) || sets.batch.has(m) || sets.transaction.has(m)) ? undefined : { kind: 'client', table: o.table };
  }

  /**
   * `Container.get(OrderService)` (typedi), `container.resolve(OrderService)` (tsyringe),
   * `this.moduleRef.get(OrderService)` (NestJS): a dependency container handing out the instance of a
   * project class named by its argument.
   */
  private containerInstance(n: TSESTree.CallExpression | TSESTree.NewExpression, callee: Node, scope: Scope): Origin | undefined {
    if (n.type !== 'CallExpression' || callee.type !== 'MemberExpression' || !CONTAINER_METHODS.has(propertyName(callee) ?? '')) return undefined;
    const receiver = unwrapExpression(callee.object as Node);
    const name = receiver.type === 'Identifier' ? receiver.name : receiver.type === 'MemberExpression' ? propertyName(receiver) : undefined;
    const b = receiver.type === 'Identifier' ? scope.lookup(receiver.name) : undefined;
    const fromContainerLibrary = !!b?.importFrom && CONTAINER_MODULES.test(b.importFrom.module);
    if (!fromContainerLibrary && !(name && CONTAINER_NAME.test(name))) return undefined;
    return this.instanceOfArgument(n, 0, scope);
  }

  /**
   * TypeORM 0.2's `getCustomRepository(ProductRepository)` (or `manager.getCustomRepository(…)`): the
   * instance of the project's repository class, whose own methods say what they query (a TypeORM
   * client otherwise, whose unknown methods would only be guessed from their names).
   */
  private customRepository(n: TSESTree.CallExpression | TSESTree.NewExpression, callee: Node, scope: Scope): Origin | undefined {
    if (n.type !== 'CallExpression') return undefined;
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
    return name === 'getCustomRepository' ? this.instanceOfArgument(n, 0, scope) : undefined;
  }

  /**
   * `this.model = yapi.db(this.name, this.schema)` in a module that loads Mongoose, with a helper nothing
   * resolves (set on a shared object by another module): a call handed a name and a schema is a model
   * factory (`mongoose.model(name, schema)` wrapped), so what it hands back is that model.
   */
  private modelOfSchema(n: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): Origin | undefined {
    if (n.type !== 'CallExpression' || n.arguments.length < 2) return undefined;
    const named = (a: Node, pattern: RegExp) => {
      const e = unwrapExpression(a);
      if (e.type === 'Literal' || e.type === 'TemplateLiteral') return pattern !== SCHEMA_NAME;
      const name = e.type === 'Identifier' ? e.name : e.type === 'MemberExpression' ? propertyName(e) : undefined;
      return !!name && pattern.test(name);
    };
    // `(name, schema)`: the model's name (a string, `this.name`, `modelName`) first, then the schema.
    const [first, second] = n.arguments as Node[];
    if (!named(first, MODEL_NAME) || !named(second, SCHEMA_NAME)) return undefined;
    const name = calleeName(n);
    if (name && /valid|compile|parse|check|assert|schema/i.test(name)) return undefined;
    let root = scope;
    while (root.parent) root = root.parent;
    for (const b of root.vars.values()) {
      const from = b.importFrom?.module ?? (b.kind === 'variable' && b.values[0] ? requiredModule(b.values[0].node, root) : undefined);
      if (from === 'mongoose') {
        const table = this.byTable('mongoose');
        return table && { kind: 'client', table };
      }
    }
    return undefined;
  }

  /** `yapi.getInst(interfaceModel)`, `Container.get(OrderService)`: an instance of the project class handed as argument `param`. */
  private instanceOfArgument(n: TSESTree.CallExpression | TSESTree.NewExpression, param: number, scope: Scope): Origin | undefined {
    const arg = n.arguments[param];
    const o = arg && arg.type !== 'SpreadElement' ? this.resolve(unwrapExpression(arg as Node), scope) : undefined;
    return instanceOfClass(o);
  }

  /** What a function returns, when it hands back a client (memoising getters, factories). */
  functionReturn(fn: FunctionInfo): Origin | undefined {
    // `function createDatabase(…): Sequelize`: the declared type says it, whatever the body does.
    const declared = this.declaredReturn(fn) ?? this.declaredInstance(fn);
    if (declared) return declared;
    const body = fn.node.body;
    if (body.type !== 'BlockStatement') return this.resolve(body, fn.scope);
    for (const s of body.body) {
      if (s.type === 'ReturnStatement' && s.argument) {
        const o = this.resolve(s.argument, fn.scope);
        if (o) return o;
        break;
      }
    }
    // `if (!DB) { const d = drizzle(…); DB = d; return d; } return DB;` with `DB` a global nothing
    // places: the client made on the first call and handed back after (shared, not made per call).
    for (const r of guardedReturns(body.body)) {
      const o = this.resolve(r, fn.scope);
      if (o?.kind === 'client') return { kind: 'client', table: o.table, ...(o.tx && { tx: true }) };
    }
    return this.modelPickedByKey(body.body, fn.scope) ?? this.sharedClientReturned(fn);
  }

  /**
   * `if (config.host) { if (client) return client; client = createClient(…); …; return client; }
   * throw new Error('not configured')`: every value the function returns, wherever it returns it,
   * is one library's client kept in a variable of the module. Made once and handed back after, so
   * shared, not made per call.
   */
  private sharedClientReturned(fn: FunctionInfo): Origin | undefined {
    // Asked once per call site of the function: the walk is the function's whole body.
    if (this.sharedReturns.has(fn)) return this.sharedReturns.get(fn) ?? undefined;
    this.sharedReturns.set(fn, null); // a cycle returns nothing
    const o = this.findSharedClientReturned(fn);
    this.sharedReturns.set(fn, o ?? null);
    return o;
  }
  private readonly sharedReturns = new Map<FunctionInfo, Origin | null>();

  private findSharedClientReturned(fn: FunctionInfo): Origin | undefined {
    const returned = ownReturns(fn.node, this.keysOf);
    if (!returned.length || returned.some((r) => !r.argument)) return undefined;
    let table: LibraryTable | undefined;
    for (const r of returned) {
      const arg = unwrapExpression(r.argument as Node);
      const kept = arg.type === 'Identifier' ? fn.scope.lookup(arg.name) : undefined;
      if (kept?.kind !== 'variable' || kept.owner) return undefined;
      const o = this.resolve(arg, fn.scope);
      if (o?.kind !== 'client' || (table && o.table !== table)) return undefined;
      table = o.table;
    }
    return table && { kind: 'client', table };
  }

  /**
   * `getMetaClass(type) { if (type === Kind.Post) return PostMeta; if (type === Kind.Tag) return TagMeta; }`,
   * or a `switch` whose cases return: one of several models of one library, picked by a key. What
   * it hands back queries as any of them would.
   */
  private modelPickedByKey(stmts: readonly TSESTree.Statement[], scope: Scope): Origin | undefined {
    const returned: Node[] = [];
    const take = (s: TSESTree.Statement | null | undefined) => {
      if (s?.type === 'ReturnStatement' && s.argument) returned.push(s.argument);
      else if (s?.type === 'BlockStatement' && s.body.length === 1) take(s.body[0]);
    };
    for (const s of stmts) {
      if (s.type === 'IfStatement') take(s.consequent);
      else if (s.type === 'SwitchStatement') for (const c of s.cases) c.consequent.forEach(take);
    }
    if (returned.length < 2) return undefined;
    let table: LibraryTable | undefined;
    for (const r of returned) {
      const o = this.resolve(r, scope);
      if (o?.kind !== 'client' || o.tx || (table && o.table !== table)) return undefined;
      table = o.table;
    }
    return table && { kind: 'client', table };
  }

  /** `models(): Models`, `getRepo(): Promise<OrdersRepository>`: an instance of a class another module of the project exports. */
  private declaredInstance(fn: FunctionInfo): Origin | undefined {
    let type = fn.node.returnType?.typeAnnotation;
    if (type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'Promise') type = type.typeArguments?.params[0];
    if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier' || !this.project) return undefined;
    const b = fn.scope.lookup(type.typeName.name);
    const o = b?.kind === 'import' && b.importFrom ? this.fromModule(b.importFrom.module, b.importFrom.imported, b.name) : undefined;
    return instanceOfClass(o);
  }

  /** The client a function says it returns (`getRepository(…): Repository<T>`), read from its signature alone. */
  declaredReturn(fn: FunctionInfo): Origin | undefined {
    return fn.node.returnType ? this.declaredClientType(fn.node.returnType.typeAnnotation, fn.scope) : undefined;
  }

  /** `Sequelize`, `Promise<Knex>`, `PrismaClient | undefined`: a client type a library declares (by its table's type names). */
  private declaredClientType(type: TSESTree.TypeNode, scope: Scope, depth = 0): Origin | undefined {
    if (type.type === 'TSUnionType') {
      for (const t of type.types) {
        const o = this.declaredClientType(t, scope, depth);
        if (o) return o;
      }
      return undefined;
    }
    if (type.type !== 'TSTypeReference') return undefined;
    // `Prisma.TransactionClient`: a type of the library's namespace export (the accessor that hands out the transaction's client).
    if (type.typeName.type === 'TSQualifiedName' && type.typeName.left.type === 'Identifier') {
      const ns = scope.lookup(type.typeName.left.name);
      const table = ns?.kind === 'import' && ns.importFrom ? libraryForModule(ns.importFrom.module) : undefined;
      const qualified = `${ns?.importFrom?.imported}.${type.typeName.right.name}`;
      return table && (table.declaredTypes?.some((d) => d.types.includes(qualified)) || table.clientTypes?.test(type.typeName.right.name)) ? { kind: 'client', table } : undefined;
    }
    if (type.typeName.type !== 'Identifier') return undefined;
    const name = type.typeName.name;
    const arg = type.typeArguments?.params[0];
    if (name === 'Promise' && arg) return this.declaredClientType(arg, scope, depth);
    const b = scope.lookup(name);
    // `function db(): Db` with `export type Db = NodePgDatabase<Schema>` in this module: what the alias names.
    const alias = !b && depth < 4 ? this.typeAliases.get(name) : undefined;
    if (alias) return this.declaredClientType(alias, scope, depth + 1);
    if (b?.kind !== 'import' || !b.importFrom) return undefined;
    const table = libraryForModule(b.importFrom.module);
    // `import Redis from 'ioredis'; getClient(): Redis`: a default export that is the client class, named as such.
    const typeName = b.importFrom.imported === 'default' ? b.name : b.importFrom.imported;
    return table && (table.typeNames?.includes(typeName) || table.clientTypes?.test(typeName)) ? { kind: 'client', table } : undefined;
  }

  /** A call that sends a query or request (used for `await`). */
  isQueryCall(call: TSESTree.CallExpression, scope: Scope): boolean {
    const callee = unwrapExpression(call.callee);
    const method = calleeName(call);
    // `this.findAll(…)` inside a model's own static method.
    if (callee.type === 'MemberExpression' && unwrapExpression(callee.object).type === 'ThisExpression') {
      const self = method ? this.thisClient(scope, method) ?? this.typedSelf(unwrapExpression(callee.object), method) : undefined;
      return !!self && tableSets(self.table).query.has(method!);
    }
    if (callee.type === 'MemberExpression') {
      const o = this.resolve(callee.object, scope);
      if (o?.kind === 'client' && method && tableSets(o.table).query.has(method)) return true;
    }
    const c = this.resolve(callee, scope);
    return c?.kind === 'client' && callingSends(c.table, call);
  }

  /** `Post.find(q).sort(…).lean()`: some call of the chain sends the query. */
  chainHasQuery(call: TSESTree.CallExpression, scope: Scope): boolean {
    for (let n: Node = call; n.type === 'CallExpression'; ) {
      if (this.isQueryCall(n, scope)) return true;
      const callee = unwrapExpression(n.callee);
      if (callee.type !== 'MemberExpression') return false;
      n = unwrapExpression(callee.object);
    }
    return false;
  }

  functionFor(node: Node): FunctionInfo | undefined {
    return this.functionByNode.get(node);
  }
}

/** Expressions typed mode may ask about: what can hold a client (not literals, functions, objects). */
const TYPED_NODES = new Set(['Identifier', 'MemberExpression', 'CallExpression', 'AwaitExpression']);
/** Between an expression and the member access or call that uses it. */
const TRANSPARENT = new Set(['TSNonNullExpression', 'TSAsExpression', 'TSTypeAssertion', 'TSSatisfiesExpression', 'ChainExpression', 'AwaitExpression']);

function parentThrough(n: Node): { node: Node; parent: Node | undefined } {
  let node = n;
  let parent = n.parent;
  while (parent && TRANSPARENT.has(parent.type)) {
    node = parent;
    parent = parent.parent;
  }
  return { node, parent };
}

/**
 * Whether the type of `n` could matter: it starts a chain (`store.user.findMany(…)`,
 * `q('users').where(…).first()`, `(await getRepo()).find(…)`) that ends in a call of a method some
 * library queries with, or it is called with arguments (a callable client: `q('users')`).
 */
function wantsType(n: Node): boolean {
  let { node, parent } = parentThrough(n);
  // The function of `getDb()`: its return value is asked about, not the function.
  if (parent?.type === 'CallExpression' && parent.callee === node && parent.arguments.length === 0) return false;
  for (let steps = 0; parent && steps < 24; steps++) {
    if (parent.type === 'MemberExpression' && parent.object === node) {
      const up = parentThrough(parent);
      const name = propertyName(parent);
      if (up.parent?.type === 'CallExpression' && up.parent.callee === up.node && name && isTypedCandidateMethod(name)) return !isArrayCallbackCall(up.parent, name);
    } else if (parent.type === 'CallExpression' && parent.callee === node) {
      if (parent.arguments.length > 0 && node.type !== 'MemberExpression') return true;
    } else {
      return false;
    }
    ({ node, parent } = parentThrough(parent));
  }
  return false;
}

/** Built-in collections and values: a name declared as one never holds a client. */
const PLAIN_TYPES = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'ReadonlyArray', 'Record', 'Date', 'URL', 'URLSearchParams', 'RegExp', 'String', 'Number', 'Boolean']);
const PLAIN_VALUES = new Set(['ArrayExpression', 'ObjectExpression', 'Literal', 'TemplateLiteral', 'ArrowFunctionExpression', 'FunctionExpression']);

/**
 * A name whose declaration already says it is plain data (`ids: number[]`, `new Map()`, `[]`): typed
 * mode does not ask the checker about it (`seen.get(id)`, `ids.find(…)` in a loop).
 */
function plainData(b: Binding | undefined): boolean {
  if (!b || b.kind === 'import') return false;
  const t = b.typeAnnotation;
  if (t) {
    if (t.type === 'TSArrayType' || t.type === 'TSTupleType' || t.type.endsWith('Keyword')) return true;
    return t.type === 'TSTypeReference' && t.typeName.type === 'Identifier' && PLAIN_TYPES.has(t.typeName.name) && !b.scope?.lookup(t.typeName.name);
  }
  if (!b.values.length || b.values.some((v) => v.path.length)) return false;
  return b.values.every(({ node, scope }) => {
    const v = unwrapExpression(node);
    if (PLAIN_VALUES.has(v.type)) return true;
    return v.type === 'NewExpression' && v.callee.type === 'Identifier' && PLAIN_TYPES.has(v.callee.name) && !scope.lookup(v.callee.name);
  });
}

/** `list.find((x) => …)`: an array method with a callback, never a query (as call-effects.ts judges it too). */
const ARRAY_CALLBACK_METHODS = new Set(['find', 'findIndex', 'findLast', 'filter', 'some', 'every', 'map', 'forEach', 'reduce', 'flatMap', 'sort']);
function isArrayCallbackCall(call: TSESTree.CallExpression, method: string): boolean {
  const first = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  return ARRAY_CALLBACK_METHODS.has(method) && !!first && (first.type === 'ArrowFunctionExpression' || first.type === 'FunctionExpression');
}

/** `findOne` in `n.findOne(…)`: the member read right off `n`. */
function memberAfter(n: Node): string | undefined {
  const { node, parent } = parentThrough(n);
  return parent?.type === 'MemberExpression' && parent.object === node ? propertyName(parent) : undefined;
}

function fromTypedOrigin(o: TypedOrigin): Origin {
  if (o.value === 'row') return { kind: 'rows', table: o.table, many: false };
  return { kind: 'client', table: o.table, ...(o.value === 'transaction' && { tx: true }) };
}

/**
 * The rows a read hands back, when the library's rows are live objects: not for `.lean()`
 * (Mongoose) or `raw: true` (Sequelize), which return plain data.
 */
function rowsOf(table: LibraryTable, call: TSESTree.CallExpression): Origin | undefined {
  if (!table.rowMethods?.length && !table.rowReferences?.length) return undefined;
  let method: string | undefined;
  for (let n: Node = call; n.type === 'CallExpression'; ) {
    const callee = unwrapExpression(n.callee);
    if (callee.type !== 'MemberExpression') break;
    const name = propertyName(callee);
    if (name === 'lean' || hasRawTrue(n)) return undefined;
    // The outermost read decides: `Page.query().findById(id)` is one row, `Page.query()` a list.
    if (name && !method && tableSets(table).read.has(name)) method = name;
    n = unwrapExpression(callee.object);
  }
  if (!method) return undefined;
  return { kind: 'rows', table, many: table.listReads?.includes(method) ?? false };
}

function hasRawTrue(call: TSESTree.CallExpression): boolean {
  return call.arguments.some((a) => a.type === 'ObjectExpression' && a.properties.some((p) => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === 'raw' && p.value.type === 'Literal' && p.value.value === true));
}

export function factoryFor(o: Origin) {
  if (o.kind === 'module') return o.table.factories?.find((f) => f.export === 'default' && !f.onInstance);
  if (o.kind === 'export') return o.table.factories?.find((f) => f.export === o.name || (f.export.startsWith('*') && o.name.endsWith(f.export.slice(1))));
  return undefined;
}

/**
 * An instance of the class `o` stands for: a project class, or one that is also a library's client
 * (`class UserRepository extends Repository<User>`), whose own methods are still followed.
 */
function instanceOfClass(o: Origin | undefined): Origin | undefined {
  if (o?.kind === 'project' && o.value.kind === 'class') return { kind: 'project', value: { kind: 'instance', of: o.value } };
  if (o?.kind === 'client' && o.projectClass) return { ...o, projectClass: { ...o.projectClass, instance: true } };
  return undefined;
}

function isDatabaseKind(t: LibraryTable): boolean {
  return t.kind === 'orm' || t.kind === 'document-db' || t.kind === 'sql-driver' || t.kind === 'cache';
}

/** The nearest function that binds its own `this` (arrow functions do not). */
function enclosingFunction(scope: Scope): FunctionInfo | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) if (s.isFunctionScope && s.owner && s.owner.node.type !== 'ArrowFunctionExpression') return s.owner;
  return undefined;
}

function enclosingClass(scope: Scope): ClassInfo | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const owner = s.owner;
    if (s.isFunctionScope && owner) {
      if (owner.cls) return owner.cls;
      if (owner.node.type !== 'ArrowFunctionExpression') return undefined;
    }
  }
  return undefined;
}

export function requiredModule(node: Node, scope: Scope): string | undefined {
  const n = unwrapExpression(node);
  if (n.type !== 'CallExpression') return undefined;
  const callee = unwrapExpression(n.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'require' || scope.lookup('require')) return undefined;
  return stringValue(n.arguments[0] as Node | undefined);
}

/** Local name a `require()` result is bound to, for conventional-name matching. */
function requireTarget(call: Node): string | undefined {
  const p = call.parent;
  if (p?.type === 'VariableDeclarator' && p.id.type === 'Identifier') return p.id.name;
  return undefined;
}

/** The registry `context.collections` (not an import): its capitalised members are MongoDB collections. */
const COLLECTION_REGISTRY = '<collections>';

/** `container.resolve('em') as EntityManager`: the type the code asserts, when the value says nothing. */
function assertedType(node: Node): TSESTree.TypeNode | undefined {
  for (let n: Node = node; ; ) {
    if (n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression') return n.typeAnnotation as TSESTree.TypeNode;
    if (n.type === 'TSNonNullExpression' || n.type === 'ChainExpression') n = n.expression as Node;
    else return undefined;
  }
}

/** `await Promise.all([a, b])` destructured at `[i]`: the i-th element, awaited. */
function promiseAllElement(node: Node, seg: string): Node | undefined {
  const m = /^\[(\d+)\]$/.exec(seg);
  if (!m) return undefined;
  let n = unwrapExpression(node);
  if (n.type !== 'AwaitExpression') return undefined;
  n = unwrapExpression(n.argument as Node);
  if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || propertyName(n.callee) !== 'all') return undefined;
  const obj = unwrapExpression(n.callee.object as Node);
  const list = n.arguments[0] && unwrapExpression(n.arguments[0] as Node);
  if (obj.type !== 'Identifier' || obj.name !== 'Promise' || list?.type !== 'ArrayExpression') return undefined;
  const el = list.elements[Number(m[1])];
  if (!el || el.type === 'SpreadElement') return undefined;
  // Each element is a promise the array settles: the element behaves as if awaited.
  return { type: 'AwaitExpression', argument: el, parent: el.parent, range: el.range, loc: el.loc } as unknown as Node;
}

/** A client or a project value, as a summary another module can use; nothing else. */
function summaryOf(o: Origin | undefined): ExportSummary | undefined {
  // A model class of the project (or its instance) keeps its own methods for the module that asks.
  if (o?.kind === 'client' && o.projectClass) return o.projectClass.instance ? { kind: 'instance', of: o.projectClass.cls } : o.projectClass.cls;
  if (o?.kind === 'client') return { kind: 'client', library: o.table.id };
  return o?.kind === 'project' ? o.value : undefined;
}

/** `…/models/MetricAnalysisModel.ts` → `MetricAnalysisModel`: the name a module of one class exports it by. */
function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[cm]?[jt]sx?$/, '');
}

/** `!DB`, `DB == null`, `client === undefined`: the guard of a getter that makes its value on the first call. */
function isMissingCheck(test: TSESTree.Expression): boolean {
  if (test.type === 'UnaryExpression') return test.operator === '!';
  if (test.type !== 'BinaryExpression' || !['==', '===', '!=', '!=='].includes(test.operator)) return false;
  const other = test.right.type === 'Literal' || test.right.type === 'Identifier' ? test.right : test.left;
  return (other.type === 'Literal' && other.value === null) || (other.type === 'Identifier' && other.name === 'undefined');
}

/**
 * The values returned inside the `if` blocks of a function body (statement level only), under a
 * check that the value is still missing (`if (!DB) { … }`, the shape of a memoising getter). A
 * name declared in that block (`const d = drizzle(…); return d;`) stands for its initialiser,
 * since the block's own scope is not kept.
 */
function* guardedReturns(stmts: readonly TSESTree.Statement[], depth = 0): Generator<TSESTree.Expression> {
  if (depth > 3) return;
  const declared = new Map<string, TSESTree.Expression>();
  for (const s of stmts) {
    if (s.type === 'VariableDeclaration') {
      for (const d of s.declarations) if (d.id.type === 'Identifier' && d.init) declared.set(d.id.name, d.init);
    } else if (s.type === 'ReturnStatement' && s.argument && depth > 0) {
      yield (s.argument.type === 'Identifier' && declared.get(s.argument.name)) || s.argument;
    } else if (s.type === 'IfStatement' && (depth > 0 || isMissingCheck(s.test))) {
      for (const branch of [s.consequent, s.alternate]) {
        if (!branch) continue;
        if (branch.type === 'ReturnStatement' && branch.argument) yield branch.argument;
        else if (branch.type === 'BlockStatement') yield* guardedReturns(branch.body, depth + 1);
      }
    } else if (s.type === 'BlockStatement') yield* guardedReturns(s.body, depth + 1);
  }
}

/** `Modules` or `ModulesSdkUtils.MedusaService` as imported: the module and the name it exports (qualified by one member). */
function importedHelper(n: Node, scope: Scope): { module: string; name: string } | undefined {
  if (n.type === 'Identifier') {
    const b = scope.lookup(n.name);
    return b?.kind === 'import' && b.importFrom ? { module: b.importFrom.module, name: b.importFrom.imported } : undefined;
  }
  if (n.type !== 'MemberExpression') return undefined;
  const obj = unwrapExpression(n.object as Node);
  const inner = obj.type === 'Identifier' ? importedHelper(obj, scope) : undefined;
  const prop = propertyName(n);
  return inner && prop ? { module: inner.module, name: `${inner.name}.${prop}` } : undefined;
}

/** Methods of strings, arrays, numbers, promises and objects: a value reshaped by them is no client. */
const BUILT_IN_METHODS = new Set(['trim', 'toLowerCase', 'toUpperCase', 'split', 'slice', 'substring', 'replace', 'replaceAll', 'padStart', 'padEnd', 'toString', 'toFixed', 'valueOf', 'map', 'filter', 'reduce', 'flat', 'flatMap', 'concat', 'join', 'sort', 'reverse', 'find', 'findIndex', 'includes', 'indexOf', 'at', 'keys', 'values', 'entries', 'then', 'catch', 'finally', 'bind', 'call', 'apply', 'toISOString', 'toJSON', 'normalize']);

/** A function hands back what it made from its parameter `param` by calling `chain` (never empty) on it, in order. */
export interface ArgumentReturned {
  param: number;
  chain: string[];
}

/**
 * `(sequelize, DataTypes) => { const room = sequelize.define(…); return room; }`, `(mongoose) =>
 * mongoose.model('Pod', schema)`: a model factory. Its parameter is untyped, so what it makes is only
 * known at the call, from the argument; this says which parameter and which calls lead to the result.
 */
export function argumentReturned(fn: FunctionInfo): ArgumentReturned | undefined {
  const body = fn.node.body;
  let e: Node | undefined;
  if (body.type !== 'BlockStatement') e = body as Node;
  else for (const st of body.body) if (st.type === 'ReturnStatement') { e = st.argument ?? undefined; break; }
  const chain: string[] = [];
  for (let step = 0; e && step < 8; step++) {
    e = unwrapExpression(e);
    if (e.type === 'Identifier') {
      const b = fn.scope.lookup(e.name);
      // Handed back as it came (`(x) => x`), or reshaped by the language's own methods (`s.trim()`): no factory.
      if (b?.kind === 'parameter' && b.owner === fn && b.paramIndex !== undefined) return chain.length && !chain.some((m) => BUILT_IN_METHODS.has(m)) ? { param: b.paramIndex, chain: chain.reverse() } : undefined;
      e = b?.owner === fn ? singleValue(b) : undefined;
    } else if (e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && !e.callee.computed) {
      chain.push(propertyName(e.callee) ?? '');
      e = e.callee.object as Node;
    } else return undefined;
  }
  return undefined;
}

const CONTAINER_METHODS = new Set(['get', 'resolve', 'getInstance']);
const CONTAINER_MODULES = /^(typedi|tsyringe|inversify|@nestjs\/core|awilix)$/;
const CONTAINER_NAME = /^(container|moduleRef|injector|serviceLocator)$/i;
const MODEL_NAME = /^(?:\w*name|collection\w*|model)$/i;
const SCHEMA_NAME = /schema$/i;

/**
 * `getInst(Model)` with `if (!insts.get(m)) insts.set(m, new m(args)); return insts.get(m);`: a function
 * that hands back an instance of the class it is given, made with `new` on that parameter and returned
 * as made, or from a cache keyed by it. The parameter's index; the caller's argument names the class.
 */
export function instanceFactoryParam(fn: FunctionInfo, keysOf: (n: Node) => readonly string[]): number | undefined {
  const paramOf = (e: Node | null | undefined): number | undefined => {
    const n = e && unwrapExpression(e);
    const b = n?.type === 'Identifier' ? fn.scope.lookup(n.name) : undefined;
    return b?.kind === 'parameter' && b.owner === fn ? b.paramIndex : undefined;
  };
  const madeFrom = (e: Node | null | undefined): number | undefined => {
    const n = e && unwrapExpression(e);
    return n?.type === 'NewExpression' ? paramOf(n.callee as Node) : undefined;
  };
  const body = fn.node.body as Node;
  if (body.type !== 'BlockStatement') return madeFrom(body);
  // Most functions return no instance made from a parameter: their last statement says so, without a walk.
  const last = body.body.at(-1);
  const returned = last?.type === 'ReturnStatement' && last.argument ? unwrapExpression(last.argument as Node) : undefined;
  if (!returned || !(returned.type === 'Identifier' || returned.type === 'NewExpression' || (returned.type === 'CallExpression' && returned.callee.type === 'MemberExpression' && propertyName(returned.callee) === 'get'))) return undefined;
  // Every `new` on a parameter in the body: the cache's `set(m, new m())`, or a local `inst = new m()`.
  const made = new Set<number>();
  const stack: Node[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n !== body && isFunctionNode(n)) continue;
    const p = madeFrom(n);
    if (p !== undefined) made.add(p);
    pushChildren(stack, n, keysOf);
  }
  if (!made.size) return undefined;
  for (const st of body.body) {
    if (st.type !== 'ReturnStatement' || !st.argument) continue;
    const e = unwrapExpression(st.argument as Node);
    let p = madeFrom(e);
    // `return insts.get(m)`: the cache keyed by the class.
    if (p === undefined && e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && propertyName(e.callee) === 'get') p = paramOf(e.arguments[0] as Node);
    // `return inst` with `inst` only ever the cache's entry or a new instance.
    if (p === undefined && e.type === 'Identifier') {
      const b = fn.scope.lookup(e.name);
      if (b?.kind === 'variable' && b.owner === fn) for (const v of b.values) p ??= madeFrom(v.node as Node);
    }
    return p !== undefined && made.has(p) ? p : undefined;
  }
  return undefined;
}

/** Names handed to a mixin call, outermost call first: `R.pipe(A, B)(BaseModel)` gives `BaseModel`, then `A`, `B`. */
function* mixinArguments(call: TSESTree.CallExpression): Generator<TSESTree.Identifier> {
  for (let c: Node | undefined = call, hops = 0; c?.type === 'CallExpression' && hops < 4; c = unwrapExpression(c.callee as Node), hops++) {
    for (const arg of c.arguments) {
      const a = unwrapExpression(arg as Node);
      if (a.type === 'Identifier') yield a;
    }
  }
}

/**
 * The class a class's mixin call is applied to (`extends mixin(Model, [Plugin])`, or `extends Extended`
 * with `const Extended = R.pipe(A, B)(BaseModel)`): the first capitalised import or class among the
 * call's arguments, the outermost call's first (the mixins themselves are the inner call's).
 */
function mixinTarget(superClass: Node, scope: Scope): TSESTree.Identifier | undefined {
  let call: Node | undefined = superClass;
  if (call.type === 'Identifier') {
    const b = scope.lookup(call.name);
    call = b?.kind === 'variable' && b.values.length === 1 && !b.values[0].path.length ? unwrapExpression(b.values[0].node) : undefined;
  }
  if (call?.type !== 'CallExpression') return undefined;
  for (const a of mixinArguments(call)) {
    const b = scope.lookup(a.name);
    if (/^[A-Z]/.test(a.name) && (b?.kind === 'import' || b?.kind === 'class')) return a;
  }
  return undefined;
}

/** A type that no client has: a primitive, a list, a `Date`, a row (Prisma's `…GetPayload<…>`). */
function declaredAValue(t: TSESTree.TypeNode): boolean {
  switch (t.type) {
    case 'TSStringKeyword':
    case 'TSNumberKeyword':
    case 'TSBooleanKeyword':
    case 'TSBigIntKeyword':
    case 'TSLiteralType':
    case 'TSArrayType':
    case 'TSTupleType':
      return true;
    case 'TSTypeReference': {
      const name = t.typeName.type === 'Identifier' ? t.typeName.name : t.typeName.type === 'TSQualifiedName' ? t.typeName.right.name : '';
      return name === 'Date' || /Payload$/.test(name);
    }
    default:
      return false;
  }
}

/** The variable of a `for await (const x of …)` loop. */
function forAwaitItem(b: Binding): boolean {
  const decl = b.kind === 'variable' && !b.values.length ? b.declNode.parent : undefined;
  const loop = decl?.type === 'VariableDeclarator' ? decl.parent?.parent : undefined;
  return loop?.type === 'ForOfStatement' && loop.await;
}

/** `exports` or `module.exports`, where no local of that name hides it. */
export function isOwnExports(n: Node, scope: Scope): boolean {
  if (n.type === 'Identifier') return n.name === 'exports' && !scope.lookup('exports');
  if (n.type !== 'MemberExpression' || n.computed || propertyName(n) !== 'exports') return false;
  const obj = unwrapExpression(n.object as Node);
  return obj.type === 'Identifier' && obj.name === 'module' && !scope.lookup('module');
}
