import type { TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, keyName, patternBindings, propertyName, rangeOf, unwrapExpression, type Node } from '../analysis/ast';
import type { FileAnalysis } from '../analysis/file-analysis';
import type { ClassInfo, FunctionInfo } from '../analysis/model';
import { argumentReturned, instanceFactoryParam, isOwnExports, requiredModule, type Origin } from '../analysis/origins';
import type { EffectSummary, ExportSummary } from '../analysis/project-view';
import type { Binding, Scope } from '../analysis/scope';

/** An export that is another module's export (`export { x } from './x'`, `export * as ns from`). */
export interface ReExport {
  kind: 'reexport';
  specifier: string;
  /** The name in that module (`*` for a whole namespace). */
  name: string;
}

/** What a module exports, as plain data: cached by content hash, compared to see what changed. */
export interface ModuleSummary {
  exports: Record<string, ExportSummary | ReExport>;
  /** `export * from '…'`, in order. */
  stars: string[];
}


/** How one export of a module is found: another module's export, or a value of this one (summarised on demand). */
type ExportEntry = { name: string; reexport?: ReExport; compute?: (s: Summarizer) => ExportSummary | ReExport };

/** The names a module exports and where each comes from, without summarising any (plain data). */
export interface ExportTable {
  names: Record<string, ReExport | { kind: 'local' }>;
  stars: string[];
  /** `require('./data')(User)` with `User` this module's exports: modules that add exports to it. */
  augmenters: string[];
}

/** An exported interface: a class known by its declaration only; its implementations say what each method does. */
function interfaceSummary(a: FileAnalysis, name: string): ExportSummary {
  return { kind: 'class', name, id: `${a.relativePath}#${name}`, file: a.file.filename, methods: {} };
}

/**
 * Reads a module's export forms off its analysis: ES `export` forms, `export =`, and CommonJS
 * `module.exports = …` / `exports.x = …`. Summaries are made one export at a time, on demand
 * (`summarizeExport`): asking for one function follows only what that function calls.
 */
function exportEntries(a: FileAnalysis): { entries: ExportEntry[]; stars: string[]; augmenters: string[] } {
  const entries: ExportEntry[] = [];
  const stars: string[] = [];
  const augmenters: string[] = [];
  // `const User = module.exports;`: assignments to `User.x` are exports (NodeBB's modules).
  const aliases = new Set<string>();
  const scope = a.collected.moduleScope;
  const local = (name: string, compute: ExportEntry['compute']) => entries.push({ name, compute });
  for (const stmt of a.collected.program.body) {
    if (stmt.type === 'VariableDeclaration') {
      for (const d of stmt.declarations) if (d.id.type === 'Identifier' && d.init && isOwnExports(unwrapExpression(d.init as Node), scope)) aliases.add(d.id.name);
    }
    switch (stmt.type) {
      case 'ExportNamedDeclaration': {
        const d = stmt.declaration;
        // `export interface ItemRepository { … }` and `export type { ItemRepository } from './x'`: what
        // a class injected by its interface is (its methods are looked up in the implementations).
        if (d?.type === 'TSInterfaceDeclaration') local(d.id.name, () => interfaceSummary(a, d.id.name));
        if (d?.type === 'TSTypeAliasDeclaration') local(d.id.name, (s) => s.typeAlias(d.id.name));
        const typeOnly = stmt.exportKind === 'type';
        if (d?.type === 'FunctionDeclaration' || d?.type === 'ClassDeclaration') {
          const id = d.id?.name;
          if (id) local(id, (s) => s.binding(scope.lookup(id)));
        } else if (d?.type === 'VariableDeclaration') {
          for (const decl of d.declarations) for (const { id } of patternBindings(decl.id)) local(id.name, (s) => s.binding(scope.lookup(id.name)));
        }
        for (const spec of stmt.specifiers) {
          if (spec.type !== 'ExportSpecifier') continue;
          const name = nameOf(spec.local);
          const exported = nameOf(spec.exported);
          if (!name || !exported) continue;
          if (stmt.source) entries.push({ name: exported, reexport: { kind: 'reexport', specifier: String(stmt.source.value), name } });
          else if (a.collected.interfaces.has(name) && (typeOnly || !scope.lookup(name))) local(exported, () => interfaceSummary(a, name));
          else if (typeOnly || spec.exportKind === 'type') {
            const imported = scope.lookup(name);
            if (a.collected.typeAliases.has(name)) local(exported, (s) => s.typeAlias(name));
            // `import { type PrismaClientOrTransaction } from '@acme/database'; export type { PrismaClientOrTransaction }`: passed on as imported.
            else if (imported?.kind === 'import' && imported.importFrom) entries.push({ name: exported, reexport: { kind: 'reexport', specifier: imported.importFrom.module, name: imported.importFrom.imported } });
          } else local(exported, (s) => s.binding(scope.lookup(name)));
        }
        break;
      }
      case 'ExportAllDeclaration':
        if (stmt.exported) {
          const name = nameOf(stmt.exported);
          if (name) entries.push({ name, reexport: { kind: 'reexport', specifier: String(stmt.source.value), name: '*' } });
        } else stars.push(String(stmt.source.value));
        break;
      case 'ExportDefaultDeclaration': {
        const d = stmt.declaration as Node;
        local('default', (s) => s.value(d, scope));
        break;
      }
      case 'TSExportAssignment': {
        const e = stmt.expression;
        local('default', (s) => s.value(e, scope));
        break;
      }
      case 'ExpressionStatement': {
        commonJsExports(stmt.expression, scope, local);
        const e = unwrapExpression(stmt.expression as Node);
        if (e.type === 'AssignmentExpression' && e.operator === '=' && e.left.type === 'MemberExpression') {
          const obj = unwrapExpression(e.left.object as Node);
          const prop = propertyName(e.left);
          const right = e.right as Node;
          if (obj.type === 'Identifier' && aliases.has(obj.name) && prop) local(prop, (s) => s.value(right, scope));
        }
        // `require('./data')(User)`: ./data adds methods to this module's exports.
        if (e.type === 'CallExpression' && e.arguments.length === 1) {
          const spec = requiredModule(e.callee as Node, scope);
          const arg = unwrapExpression(e.arguments[0] as Node);
          if (spec && ((arg.type === 'Identifier' && aliases.has(arg.name)) || isOwnExports(arg, scope))) augmenters.push(spec);
        }
        break;
      }
      // `if (Meteor.isServer) { …; module.exports = mongoose.model('BotResponses', schema); }`: the
      // exports a module makes on the server only (or under any other guard), one block deep.
      case 'IfStatement':
        for (const branch of [stmt.consequent, stmt.alternate]) {
          for (const inner of branch?.type === 'BlockStatement' ? branch.body : branch ? [branch] : []) {
            if (inner.type === 'ExpressionStatement') commonJsExports(inner.expression, scope, local);
          }
        }
        break;
      default:
        break;
    }
  }
  return { entries, stars, augmenters };
}


export function exportTable(a: FileAnalysis): ExportTable {
  const { entries, stars, augmenters } = exportEntries(a);
  const names: ExportTable['names'] = {};
  for (const e of entries) names[e.name] = e.reexport ?? { kind: 'local' };
  return { names, stars, augmenters };
}

/**
 * What a module adds to another's exports: `module.exports = function (User) { User.auth = {};
 * User.auth.getSessions = async function (…) {…}; User.getUsersFields = …; }`, called by the other
 * module as `require('./auth')(User)`. Only assignments made directly in that function's body.
 */
export function summarizeAugmentation(a: FileAnalysis, name: string, lazyEffect?: LazyEffect): ExportSummary | ReExport | undefined {
  const scope = a.collected.moduleScope;
  for (const stmt of a.collected.program.body) {
    if (stmt.type !== 'ExpressionStatement') continue;
    const e = unwrapExpression(stmt.expression as Node);
    if (e.type !== 'AssignmentExpression' || e.left.type !== 'MemberExpression' || !isOwnExports(unwrapExpression(e.left as Node), scope)) continue;
    const fn = unwrapExpression(e.right as Node);
    if (!isFunctionNode(fn) || fn.params[0]?.type !== 'Identifier' || fn.body.type !== 'BlockStatement') continue;
    const info = a.collected.functionByNode.get(fn);
    if (!info) continue;
    const target = fn.params[0].name;
    const s = new Summarizer(a, lazyEffect);
    let whole: ExportSummary | ReExport | undefined;
    const members: Record<string, ExportSummary> = {};
    for (const inner of fn.body.body) {
      if (inner.type !== 'ExpressionStatement') continue;
      const x = unwrapExpression(inner.expression as Node);
      if (x.type !== 'AssignmentExpression' || x.operator !== '=' || x.left.type !== 'MemberExpression') continue;
      const path = memberPath(x.left as Node, target);
      if (path?.[0] !== name) continue;
      if (path.length === 1) whole = s.value(x.right as Node, info.scope);
      else if (path.length === 2) {
        const m = s.value(x.right as Node, info.scope);
        if (m.kind !== 'reexport' && m.kind !== 'value') members[path[1]] = m;
      }
    }
    if (Object.keys(members).length) return { kind: 'object', members };
    if (whole) return whole;
  }
  return undefined;
}

/** `User.auth.getSessions` rooted at `User`: `['auth', 'getSessions']`. */
function memberPath(n: Node, root: string): string[] | undefined {
  const path: string[] = [];
  let e = n;
  while (e.type === 'MemberExpression') {
    const p = propertyName(e);
    if (!p || e.computed) return undefined;
    path.unshift(p);
    e = unwrapExpression(e.object as Node);
  }
  return e.type === 'Identifier' && e.name === root ? path : undefined;
}

/** The summary of export `name` (the last definition wins, as at run time), or undefined when there is none. */
export function summarizeExport(a: FileAnalysis, name: string, lazyEffect?: LazyEffect): ExportSummary | ReExport | undefined {
  const entry = exportEntries(a).entries.filter((e) => e.name === name).at(-1);
  if (!entry) return undefined;
  return entry.reexport ?? entry.compute!(new Summarizer(a, lazyEffect));
}

/**
 * How a function summary's `effect` is found when it is read, not when the summary is made
 * (the project model asks through its own cache): most imports are resolved only to learn what
 * kind of thing they are, and an effect follows every call the function makes, into other modules.
 */
export type LazyEffect = (f: FunctionInfo) => () => EffectSummary | undefined;

/** The effect of the function whose node spans `start`–`end` (how a lazy effect finds it again in a fresh analysis). */
export function functionEffectAt(a: FileAnalysis, start: number, end: number): EffectSummary | undefined {
  const f = a.collected.functions.find((fn) => {
    const [s, e] = rangeOf(fn.node);
    return s === start && e === end;
  });
  return f ? effectOf(a, f) : undefined;
}

/** The query a function of this module ends up sending, as plain data. */
function effectOf(a: FileAnalysis, f: FunctionInfo): EffectSummary | undefined {
  const w = a.queryWitness(f);
  if (!w) return undefined;
  return { kind: 'query', library: w.effect.library, label: w.effect.label, file: w.file ?? a.relativePath, line: w.line, via: w.via, read: w.effect.read, tx: w.effect.tx, ...(w.cached && { cached: w.cached }), ...(w.byName && { byName: w.byName }), ...(w.onlyWhen && { onlyWhen: w.onlyWhen }), ...(w.schema && { schema: true }) };
}

/** What method `method` of class `className` ends up doing; undefined when there is no such method or it does nothing we track. */
export function methodEffect(a: FileAnalysis, className: string, method: string): EffectSummary | undefined {
  const cls = a.collected.classes.find((c) => c.name === className);
  const m = cls?.methods.get(method);
  return m ? effectOf(a, m) : undefined;
}

/** Every method's effect, by `Class.method`: with the summary, what importers of this module can see. */
export function methodEffects(a: FileAnalysis): Record<string, EffectSummary | null> {
  const out: Record<string, EffectSummary | null> = {};
  for (const c of a.collected.classes) for (const [name, m] of c.methods) out[`${c.name ?? '?'}.${name}`] = effectOf(a, m) ?? null;
  return out;
}

/** Every export summarised (for a digest of what importers see, and for tests). */
export function summarizeModule(a: FileAnalysis): ModuleSummary {
  const { entries, stars } = exportEntries(a);
  const s = new Summarizer(a);
  const exports: ModuleSummary['exports'] = {};
  for (const e of entries) exports[e.name] = e.reexport ?? e.compute!(s);
  return { exports, stars };
}

/** `module.exports = x`, `module.exports = { a, b }`, `module.exports.a = …`, `exports.a = …`. */
function commonJsExports(e: TSESTree.Expression, scope: Scope, local: (name: string, compute: ExportEntry['compute']) => void) {
  if (e.type !== 'AssignmentExpression' || e.operator !== '=' || e.left.type !== 'MemberExpression') return;
  const left = e.left;
  const prop = propertyName(left);
  if (isOwnExports(left, scope)) {
    const value = unwrapExpression(e.right);
    local('default', (s) => s.value(value, scope));
    if (value.type === 'ObjectExpression') {
      for (const p of value.properties) {
        const key = p.type === 'Property' ? keyName(p) : undefined;
        if (p.type === 'Property' && key) local(key, (s) => s.value(p.value as Node, scope));
      }
    }
    return;
  }
  const right = e.right;
  if (prop && isOwnExports(unwrapExpression(left.object), scope)) {
    const value = unwrapExpression(right);
    // `exports.collections = {}`, filled later under computed keys (`exports.collections[name] = db.collection(name)`).
    if (value.type === 'ObjectExpression' && !value.properties.length) local(prop, (s) => s.registry(prop) ?? s.value(right, scope));
    else local(prop, (s) => s.value(right, scope));
  }
}

/** `exports.collections[name] = …` / `module.exports.collections[key] = …`: the export it fills under a computed key. */
function filledExport(left: Node, scope: Scope): string | undefined {
  if (left.type !== 'MemberExpression' || !left.computed) return undefined;
  const key = unwrapExpression(left.property as Node);
  if (key.type === 'Literal') return undefined;
  const target = unwrapExpression(left.object as Node);
  return target.type === 'MemberExpression' && !target.computed && isOwnExports(unwrapExpression(target.object as Node), scope) ? propertyName(target) : undefined;
}

function nameOf(n: TSESTree.Identifier | TSESTree.StringLiteral | TSESTree.Node): string | undefined {
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  return undefined;
}

const VALUE: ExportSummary = { kind: 'value' };

class Summarizer {
  private readonly classes = new Map<ClassInfo, Extract<ExportSummary, { kind: 'class' }>>();
  private readonly active = new Set<Binding>();

  constructor(
    private readonly a: FileAnalysis,
    private readonly lazyEffect?: LazyEffect,
  ) {}

  binding(b: Binding | undefined): ExportSummary | ReExport {
    if (!b || this.active.has(b)) return VALUE;
    if (b.kind === 'import' && b.importFrom) return { kind: 'reexport', specifier: b.importFrom.module, name: b.importFrom.imported };
    this.active.add(b);
    try {
      if (b.fn) return this.fn(b.fn);
      if (b.cls) return this.cls(b.cls);
      const only = b.values.length === 1 && b.values[0].path.length === 0 ? b.values[0] : undefined;
      const summary = only ? this.value(only.node, only.scope) : VALUE;
      return summary.kind !== 'value' && summary.kind !== 'reexport' ? summary : this.origin(this.a.resolver.resolveBinding(b));
    } finally {
      this.active.delete(b);
    }
  }

  /** `export type Db = Knex | Knex.Transaction`: a library's client, for members declared with the alias. */
  typeAlias(name: string): ExportSummary {
    const type = this.a.collected.typeAliases.get(name);
    // `export type SystemResources = { prisma: PrismaClient; worker: EngineWorker }`: what each member is,
    // for a value declared with it in another module (`this.$.worker.enqueue(…)`).
    if (type?.type === 'TSTypeLiteral') return this.typeMembers(type.members);
    // `export type GetStream = (params) => Promise<Stream>`: handed to services as a dependency; its implementations say what a call does.
    const typeParams = this.a.collected.genericTypeAliases.get(name);
    if (type?.type === 'TSFunctionType' && !typeParams) return { kind: 'function', name, signatureOf: this.a.file.filename };
    // `type TenantModelProxy<T> = () => T`: the caller's type argument says what a call hands back.
    const returned = type?.type === 'TSFunctionType' ? type.returnType?.typeAnnotation : undefined;
    const param = returned?.type === 'TSTypeReference' && returned.typeName.type === 'Identifier' && !returned.typeArguments ? typeParams?.indexOf(returned.typeName.name) ?? -1 : -1;
    if (param >= 0) return { kind: 'function', name, returnsTypeArgument: param };
    const o = type && this.a.resolver.typeOrigin(type, this.a.collected.moduleScope);
    // A transaction's type (`type Tx = Prisma.TransactionClient`) stays one: its queries belong to the caller's transaction.
    if (o?.kind === 'client') return { kind: 'client', library: o.table.id, ...(o.tx && { tx: true }) };
    // `export type EngineWorker = Worker<typeof catalog>` with `Worker` a class of the project: an instance of it.
    return o?.kind === 'project' && (o.value.kind === 'instance' || o.value.kind === 'object') ? o.value : VALUE;
  }

  /** The members of an object type that hold something the rules use; a plain value when none does. */
  private typeMembers(members: readonly TSESTree.TypeElement[]): ExportSummary {
    const out: Record<string, ExportSummary> = {};
    for (const m of members) {
      if (m.type !== 'TSPropertySignature' || m.computed || m.key.type !== 'Identifier' || !m.typeAnnotation) continue;
      const summary = this.origin(this.a.resolver.typeOrigin(m.typeAnnotation.typeAnnotation, this.a.collected.moduleScope));
      if (summary.kind !== 'value') out[m.key.name] = summary;
    }
    return Object.keys(out).length ? { kind: 'object', members: out } : VALUE;
  }

  value(node: Node, scope: Scope): ExportSummary | ReExport {
    const n = unwrapExpression(node);
    if (isFunctionNode(n)) {
      const f = this.a.collected.functionByNode.get(n);
      return f ? this.fn(f) : VALUE;
    }
    if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') {
      const c = this.a.collected.classes.find((k) => k.node === n);
      return c ? this.cls(c) : VALUE;
    }
    if (n.type === 'Identifier') return this.binding(scope.lookup(n.name));
    if (n.type === 'ObjectExpression') {
      const members: Record<string, ExportSummary> = {};
      for (const p of n.properties) {
        // `{ ...models, sequelize }`: the members of an object of this module spread into this one.
        if (p.type === 'SpreadElement') {
          const spread = this.value(p.argument as Node, scope);
          if (spread.kind === 'object') Object.assign(members, spread.members);
          continue;
        }
        const key = keyName(p);
        if (!key) continue;
        const m = this.value(p.value as Node, scope);
        if (m.kind !== 'reexport' && m.kind !== 'value') members[key] = m;
      }
      return Object.keys(members).length ? { kind: 'object', members } : VALUE;
    }
    // `AppDataSource.getRepository(User).extend({ findByName() { … } })` (TypeORM 0.3): the repository,
    // with the methods of the object as its own.
    const extended = this.a.resolver.extendedRepository(n, scope);
    if (extended) {
      const own = this.value(extended.methods, scope);
      return { kind: 'object', members: own.kind === 'object' ? own.members : {}, client: extended.client.table.id };
    }
    if (n.type === 'NewExpression' && n.callee.type === 'Identifier') {
      // `export const orders = new OrdersRepository()`: an instance of a class of this module.
      const c = scope.lookup(n.callee.name)?.cls;
      if (c) {
        const of = this.cls(c);
        return of.client ? { kind: 'client', library: of.client } : { kind: 'instance', of };
      }
    }
    return this.origin(this.a.resolver.resolve(n, scope));
  }

  /**
   * A registry export filled under computed keys, anywhere in the module (in a loop at connect time):
   * `exports.collections[name] = exports._db.collection(name)`. When every value put there is the same
   * kind of client, each member is one (`collections.user.findOne(…)`).
   */
  registry(name: string): ExportSummary | undefined {
    let every: ExportSummary | undefined;
    for (const site of this.a.collected.calls) {
      const p = site.node.parent;
      if (p?.type !== 'AssignmentExpression' || p.right !== site.node || p.operator !== '=' || filledExport(p.left as Node, site.scope) !== name) continue;
      const v = this.origin(this.a.resolver.resolve(site.node, site.scope));
      if (v.kind !== 'client' || (every && (every as { library: string }).library !== v.library)) return undefined;
      every = v;
    }
    return every && { kind: 'object', members: {}, every };
  }

  fn(f: FunctionInfo): ExportSummary {
    const lazy = this.lazyEffect?.(f);
    const effect = lazy ? undefined : this.effect(f);
    const ret = this.a.resolver.functionReturn(f);
    const made = ret ? undefined : this.a.functionMadeBy(f);
    // `newModelFactory(db) { return new Models(db); }` with `Models` a class of this module.
    const returns = ret && (ret.kind === 'client' || ret.kind === 'project') ? this.origin(ret) : made ? this.fn(made) : this.newInstanceReturned(f);
    const fromArgument = returns && returns.kind !== 'value' ? undefined : argumentReturned(f);
    const instanceOf = returns && returns.kind !== 'value' ? undefined : instanceFactoryParam(f, this.a.keysOf);
    const onParam = this.a.callsOnUntypedParameters(f);
    const hands = this.a.handedClientsOf(f).map((h) => ({ param: h.param, ...(h.member && { member: h.member }), arg: h.arg, library: h.table.id, ...(h.tx && { tx: true as const }) }));
    const summary: ExportSummary = {
      kind: 'function',
      name: f.name ?? 'function',
      ...(f.name && { id: `${this.a.relativePath}#${f.name}` }),
      ...(effect && { effect }),
      ...(returns && returns.kind !== 'value' && { returns }),
      ...(hands.length && { handsClients: hands }),
      ...(fromArgument && { returnsArgument: fromArgument }),
      ...(instanceOf !== undefined && { returnsInstanceOf: instanceOf }),
      ...(onParam.length && { queriesOnParam: onParam }),
    };
    // Asked anew on every read: the model's cache knows when a module it depends on changed.
    if (lazy) Object.defineProperty(summary, 'effect', { get: lazy, enumerable: true, configurable: true });
    return summary;
  }


  cls(c: ClassInfo): Extract<ExportSummary, { kind: 'class' }> {
    const known = this.classes.get(c);
    if (known) return known;
    const summary: Extract<ExportSummary, { kind: 'class' }> = { kind: 'class', name: c.name ?? 'class', ...(c.name && { id: `${this.a.relativePath}#${c.name}` }), file: this.a.file.filename, methods: {} };
    this.classes.set(c, summary);
    const b = c.name ? c.scope.lookup(c.name) ?? this.a.collected.moduleScope.lookup(c.name) : undefined;
    const o = b?.cls === c ? this.a.resolver.resolveBinding(b) : undefined;
    if (o?.kind === 'client') summary.client = o.table.id;
    for (const [name, m] of c.methods) {
      if (m.methodKind === 'constructor' || m.methodKind === 'get' || m.methodKind === 'set') continue;
      const parent = m.node.parent;
      const isStatic = !!parent && (parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.static;
      // Only the signature is read here (cheap): a body that returns a client is found when the method is asked about.
      // One exception, as cheap: `userItem() { return new UserItemModel(…); }` in a factory of models.
      const declared = this.a.resolver.declaredReturn(m);
      const made = declared ? undefined : this.newInstanceReturned(m) ?? this.declaredInstanceOfThisModule(m);
      const returns = declared ? this.origin(declared) : made;
      summary.methods[name] = { isStatic, ...(returns && returns.kind !== 'value' && { returns }) };
    }
    return summary;
  }

  /**
   * `static findOne(where): Table | null`, `async load(): Promise<Order>` with the class declared in
   * this module: the method says it hands out an instance of it (a finder of the active-record kind).
   */
  private declaredInstanceOfThisModule(m: FunctionInfo): ExportSummary | undefined {
    let type: TSESTree.TypeNode | undefined = m.node.returnType?.typeAnnotation;
    for (let step = 0; type && step < 4; step++) {
      if (type.type === 'TSUnionType') {
        const named = type.types.filter((t) => t.type !== 'TSNullKeyword' && t.type !== 'TSUndefinedKeyword');
        type = named.length === 1 ? named[0] : undefined;
      } else if (type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'Promise') {
        type = type.typeArguments?.params[0];
      } else break;
    }
    if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return undefined;
    const c = m.scope.lookup(type.typeName.name)?.cls;
    return c ? { kind: 'instance', of: this.cls(c) } : undefined;
  }

  /**
   * `return new UserItemModel(this.db)` as the function's only statement: an instance of that class.
   * `abstract class Model extends BaseModel { … } return Model;` as its last: that class (a factory of
   * model classes, a mixin), which other modules extend.
   */
  private newInstanceReturned(m: FunctionInfo): ExportSummary | undefined {
    const body = m.node.body;
    if (body.type !== 'BlockStatement') return undefined;
    const last = body.body[body.body.length - 1];
    const arg = last?.type === 'ReturnStatement' && last.argument ? unwrapExpression(last.argument as Node) : undefined;
    if (arg?.type === 'Identifier') {
      const c = m.scope.lookup(arg.name)?.cls;
      return c && c.node.type === 'ClassDeclaration' ? this.cls(c) : undefined;
    }
    if (body.body.length !== 1 || arg?.type !== 'NewExpression' || arg.callee.type !== 'Identifier') return undefined;
    const made = this.value(arg, m.scope);
    return made.kind === 'instance' || made.kind === 'client' ? made : undefined;
  }

  private effect(f: FunctionInfo): EffectSummary | undefined {
    return effectOf(this.a, f);
  }

  private origin(o: Origin | undefined): ExportSummary {
    switch (o?.kind) {
      case 'client':
        // A handle handed out, not a factory call: the importer does not create anything by using it.
        return { kind: 'client', library: o.table.id };
      case 'module':
        return { kind: 'library', specifier: o.specifier, name: '*' };
      case 'export':
        return { kind: 'library', specifier: o.specifier, name: o.name };
      case 'project':
        return o.value;
      default:
        return VALUE;
    }
  }
}
