import type { TSESTree } from '@typescript-eslint/utils';
import { argumentAt, calleeName, isFunctionNode, keyName, ownReturns, propertyName, pushChildren, rangeOf, referencedNames, rootName, stringValue, unwrapExpression, within, wrappedFunction, type Node } from './ast';
import { calleeLabel, classifyCall, outermostChainCall, type CallEffect } from './call-effects';
import { namedDataCall, type NameStrength } from './named-calls';
import { meteorCollectionGlobals } from './libraries/meteor';
import { developmentOnly } from './development-only';
import { collectFile, type CollectedFile } from './collect';
import { builtNotSent, LAZY_LIBRARIES, withWrappers } from './built-not-sent';
import { handedClients, type HandedClient } from './callback-clients';
import { forwardedGate, gateOff, optionGate, sameGate, type OptionGate } from './option-gates';
import { classifyFile, type FileKind } from './file-context';
import { libraryById, libraryTables, tableSets } from './libraries';
import { LineIndex } from './line-index';
import type { CallSite, FunctionInfo, Repetition, RequestPathReason } from './model';
import { parameterSlot, singleValue, type Binding } from './scope';
import { optionsKey, type AnalysisOptions } from './options';
import { asHandedValue, isOwnExports, OriginResolver, type ExtraClients, type HandedValue, type Origin } from './origins';
import type { EffectSummary, ExportSummary, ParamCall, ProjectView, Reach } from './project-view';
import { declaredRequestPath, INSTALL_PATH, NEST_LIFECYCLE_METHODS, ONCE_ONLY_FUNCTION, ONCE_ONLY_PATH } from './request-path';
import type { TypedOrigins } from './typed-origins';
import { makeKeysOf, type KeysOf } from './visitor-keys';
import { endOfItemsCheck, isLinkWalk, itemPattern, LOOP_STATEMENTS } from './loop-shape';

/** What a host (ESLint, oxlint, the extension's worker) gives us about one file. */
export interface SourceFile {
  ast: TSESTree.Program;
  text: string;
  /** Absolute or relative path; made relative to `cwd` for path-based context. */
  filename: string;
  cwd?: string;
  visitorKeys?: Readonly<Record<string, readonly string[] | undefined>>;
  /** The rest of the project (module summaries); absent, the file is read on its own. */
  project?: ProjectView;
  /** Typed mode: declared types of expressions (ESLint with type information only; see typed-origins.ts). */
  typed?: TypedOrigins;
}

/** The query a function ends up sending, here or in another module, and the way there. */
export interface QueryWitness {
  /** Library id, the call as written, and whether it reads or runs on a transaction it was given. */
  effect: { library: string; label: string; read: boolean; tx: boolean };
  /** Project-relative path of the module that sends it; undefined: this file. */
  file?: string;
  line: number;
  /** Functions between the caller and the query, outermost first (for messages). */
  via: string[];
  /** The function answers from a cache first (`if (cache.has(k)) return …`): repeated calls mostly cost nothing. `'instance'`: from a field of `this`, kept per object. */
  cached?: boolean | 'instance';
  /** The query at the end of the chain is a call judged by its name (named-calls.ts), not seen to be one. */
  byName?: NameStrength;
  /** Every query of the function runs only when this option is set (`fetchData ? await find(…) : undefined`). */
  onlyWhen?: OptionGate;
  /** The query changes or inspects the schema (`ALTER TABLE …`, `PRAGMA table_info(…)`), not rows. */
  schema?: boolean;
}

/** 0: a query seen to be sent; 1, 2: one a name suggests, strongly or weakly; 3: one a cache answers first. */
function witnessRank(w: QueryWitness): number {
  return w.cached ? 3 : w.byName === 'weak' ? 2 : w.byName ? 1 : 0;
}

/** A call of a function defined in another module of the project, and what it does there. */
export interface ExternalCall {
  name: string;
  effect: EffectSummary;
}

/**
 * Everything the rules ask about one file, computed once and shared by all rules
 * (cached per AST and per analysis options).
 */
export class FileAnalysis {
  readonly fileKind: FileKind;
  readonly relativePath: string;
  readonly collected: CollectedFile;
  readonly resolver: OriginResolver;
  readonly keysOf: KeysOf;
  private readonly effects = new Map<CallSite, CallEffect | null>();
  private readonly queryWitnesses = new Map<FunctionInfo, QueryWitness | null>();
  private readonly recursion = new Map<FunctionInfo, Repetition>();

  constructor(
    readonly file: SourceFile,
    readonly options: AnalysisOptions,
  ) {
    this.relativePath = relativize(file.filename, file.cwd);
    this.fileKind = classifyFile(this.relativePath, file.text);
    this.keysOf = makeKeysOf(file.visitorKeys);
    this.collected = collectFile(file.ast, this.keysOf, (n) => this.text(n), (n) => this.line(n), this.relativePath);
    const extra: Record<string, NonNullable<ReturnType<typeof libraryById>>> = {};
    for (const [name, id] of Object.entries(options.clients ?? {})) {
      const t = libraryById(id);
      if (t) extra[name] = t;
    }
    this.resolver = new OriginResolver(this.collected.functionByNode, extra as ExtraClients, libraryById, file.project && { view: file.project, file: file.filename }, file.typed, this.collected.typeAliases, meteorCollectionGlobals(file.text), this.collected.interfaceMembers);
    this.resolver.handedClientsOf = (f) => this.handedClientsOf(f);
    this.resolver.valuePassedTo = (f, index, key, param) => this.valuePassedTo(f, index, key, param);
    this.resolver.ownExport = (name) => this.ownExport(name);
    this.resolver.keysOf = this.keysOf;
    this.markTransactionCallbacks();
    this.markRequestPaths();
    this.markRecursion();
  }

  text(node: Node): string {
    const [start, end] = rangeOf(node);
    return this.file.text.slice(start, end);
  }

  /** Hosts without `loc` (oxc-parser) get lines from offsets. */
  line(node: Node): number {
    if (node.loc) return node.loc.start.line;
    this.lineIndex ??= LineIndex.of(this.file.text);
    return this.lineIndex.line(rangeOf(node)[0]);
  }
  private lineIndex: LineIndex | undefined;

  effectOf(site: CallSite): CallEffect | undefined {
    let e = this.effects.get(site);
    if (e === undefined) {
      e = classifyCall(site, this.resolver) ?? null;
      // A builder made here and written into another statement (a subquery) sends nothing itself.
      if (e?.kind === 'query' && LAZY_LIBRARIES.has(e.table.id) && builtNotSent(site.node, this.keysOf)) e = null;
      this.effects.set(site, e);
    }
    return e ?? undefined;
  }

  /**
   * Bookshelf-style code carries its transaction inside an options object: the function reads
   * `options.transacting` (often starting a transaction when there is none) and hands `options`
   * on. A call in it that passes such an object runs on that transaction's one connection.
   */
  passesTransactionOptions(site: CallSite): boolean {
    // The arguments first: cheap, and most calls pass no options object.
    const passesOptions = site.node.arguments.some((a) => {
      const e = unwrapExpression(a as Node);
      if (e.type === 'Identifier') return OPTIONS_OBJECT.test(e.name);
      return e.type === 'ObjectExpression' && e.properties.some((p) => p.type === 'SpreadElement' && p.argument.type === 'Identifier' && OPTIONS_OBJECT.test(p.argument.name));
    });
    const owner = passesOptions ? this.ownerOf(site.fn) : undefined;
    return !!owner && this.readsTransacting(owner);
  }

  private readsTransacting(fn: FunctionInfo): boolean {
    let known = this.transactingFunctions.get(fn);
    if (known === undefined) {
      known = /\btransacting\b/.test(this.text(fn.node));
      this.transactingFunctions.set(fn, known);
    }
    return known;
  }
  private readonly transactingFunctions = new Map<FunctionInfo, boolean>();

  /** The effect of a call chain `a.b(…).c(…).d(…)`: the first call in it that does something. */
  chainEffectOf(call: Node): CallEffect | undefined {
    for (let n: Node = unwrapExpression(call); n.type === 'CallExpression'; ) {
      const site = this.collected.callByNode.get(n);
      const e = site && this.effectOf(site);
      if (e) return e;
      const callee = unwrapExpression(n.callee);
      if (callee.type !== 'MemberExpression') return undefined;
      n = unwrapExpression(callee.object);
    }
    return undefined;
  }

  /** Runs where written: inline callbacks belong to the function that contains them. */
  ownerOf(fn: FunctionInfo | undefined): FunctionInfo | undefined {
    let f = fn;
    while (f?.inline) f = f.parent;
    return f; // undefined: module level
  }

  /** `fn` has callers in this file, and each passes `test` (given the function it runs in; undefined: module level). */
  everyCaller(fn: FunctionInfo, test: (site: CallSite, caller: FunctionInfo | undefined) => boolean): boolean {
    const callers = this.callersOf(fn);
    return callers.length > 0 && callers.every((s) => test(s, this.ownerOf(s.fn)));
  }

  /** Call sites in this file that run `fn`. */
  callersOf(fn: FunctionInfo): readonly CallSite[] {
    if (!this.callers) {
      this.callers = new Map();
      for (const site of this.collected.calls) {
        const t = this.targetOf(site);
        if (!t) continue;
        const list = this.callers.get(t);
        if (list) list.push(site);
        else this.callers.set(t, [site]);
      }
    }
    return this.callers.get(fn) ?? [];
  }
  private callers: Map<FunctionInfo, CallSite[]> | undefined;

  requestPathOf(fn: FunctionInfo | undefined): RequestPathReason | undefined {
    if (this.fileKind !== 'runtime') return undefined;
    for (let f = fn; f; f = f.parent) {
      if (this.neverRuns(f)) return undefined;
      if (f.requestPath) return f.requestPath;
    }
    return undefined;
  }

  /**
   * `async function test() { … }` declared inside a handler whose one call is commented out
   * (`// await test();`): a function declared in another, not exported, that nothing calls and whose
   * name appears nowhere else outside comments. It never runs, whatever runs around it.
   */
  neverRuns(fn: FunctionInfo): boolean {
    if (fn.node.type !== 'FunctionDeclaration' || !fn.parent || fn.exported || !fn.name || this.callersOf(fn).length) return false;
    let inComments = 0;
    for (const c of (this.file.ast as { comments?: Array<{ value: string }> }).comments ?? []) {
      for (const [w] of c.value.matchAll(/[\w$]+/g)) if (w === fn.name) inComments++;
    }
    return (this.mentions().get(fn.name) ?? 0) - inComments <= 1;
  }

  /** The local function a call runs, when the file defines it. */
  targetOf(site: CallSite): FunctionInfo | undefined {
    return this.calleeTarget(unwrapExpression(site.node.callee), site);
  }

  private calleeTarget(callee: Node, site: CallSite, depth = 0): FunctionInfo | undefined {
    if (callee.type === 'Identifier') {
      const b = site.scope.lookup(callee.name);
      const made = !b?.fn ? singleValue(b) : undefined;
      // `const put = util.promisify(this.put.bind(this)); await put(m)`: the function the copy calls.
      const wrapped = made && depth < 2 ? wrappedFunction(made) : undefined;
      if (wrapped) return this.calleeTarget(wrapped, site, depth + 1);
      // `const getStreams = getStreamsFactory(deps); await getStreams(ids)`: the function the factory makes.
      return b?.fn ?? (made?.type === 'CallExpression' ? this.madeBy(made, site) : undefined);
    }
    // `getStreamsFactory(deps)([streamId])`: a factory of this module, called for the function it makes.
    if (callee.type === 'CallExpression') return this.madeBy(callee, site);
    if (callee.type !== 'MemberExpression') return undefined;
    const name = propertyName(callee);
    if (!name) return undefined;
    const obj = unwrapExpression(callee.object);
    if (obj.type === 'ThisExpression') {
      for (let f = site.fn; f; f = f.node.type === 'ArrowFunctionExpression' ? f.parent : undefined) {
        if (f.cls) return f.cls.methods.get(name);
        // `module.exports = { async a() { await this.helper(x) }, async helper() {…} }`, `repo.extend({ … })`:
        // in a method of an object literal, `this` is that object.
        const prop = f.node.type !== 'ArrowFunctionExpression' ? f.node.parent : undefined;
        if (prop?.type === 'Property' && prop.parent?.type === 'ObjectExpression') return this.propertyFunction(prop.parent, name);
      }
      return undefined;
    }
    // `exports.updateHistory(…)`, `module.exports.updateHistory(…)` in the module that exports it: its own function.
    if ((obj.type === 'Identifier' && obj.name === 'exports' && !site.scope.lookup('exports')) || (obj.type === 'MemberExpression' && this.text(obj) === 'module.exports' && !site.scope.lookup('module'))) {
      return this.collected.functions.find((f) => f.exported && f.name === name && !f.parent);
    }
    if (obj.type === 'Identifier') {
      const b = site.scope.lookup(obj.name);
      if (b?.cls) return b.cls.methods.get(name);
      const init = b?.values[0]?.node && unwrapExpression(b.values[0].node);
      if (init?.type === 'ObjectExpression') return this.propertyFunction(init, name);
      // `const mover = new Mover(); mover.move(m)` with `class Mover` of this file: its method.
      const made = singleValue(b);
      const cls = made?.type === 'NewExpression' && made.callee.type === 'Identifier' ? site.scope.lookup(made.callee.name)?.cls : undefined;
      if (cls) return cls.methods.get(name);
      return b && this.memberFunctions().get(b)?.get(name);
    }
    return undefined;
  }

  /**
   * `Revision.saveNoteRevision = function (note, cb) { … }` (a model factory's statics, a CommonJS
   * module's `Topics.getTopic = async …`): functions assigned to a member of a variable of this file,
   * by that variable's binding and the member's name.
   */
  private memberFunctions(): Map<Binding, Map<string, FunctionInfo>> {
    if (this.assignedMembers) return this.assignedMembers;
    this.assignedMembers = new Map();
    for (const f of this.collected.functions) {
      const a = f.node.parent;
      if (a?.type !== 'AssignmentExpression' || a.operator !== '=' || a.right !== f.node || a.left.type !== 'MemberExpression' || a.left.computed) continue;
      const target = unwrapExpression(a.left.object as Node);
      const prop = propertyName(a.left);
      const b = target.type === 'Identifier' && prop ? f.scope.parent?.lookup(target.name) : undefined;
      if (!b || !prop) continue;
      let members = this.assignedMembers.get(b);
      if (!members) this.assignedMembers.set(b, (members = new Map()));
      if (!members.has(prop)) members.set(prop, f);
    }
    return this.assignedMembers;
  }
  private assignedMembers: Map<Binding, Map<string, FunctionInfo>> | undefined;

  /** The function a call of one of this module's factories hands back (`functionMadeBy`). */
  private madeBy(call: TSESTree.CallExpression, site: CallSite): FunctionInfo | undefined {
    const factory = unwrapExpression(call.callee as Node);
    const f = factory.type === 'Identifier' ? site.scope.lookup(factory.name)?.fn : undefined;
    return f && this.functionMadeBy(f);
  }

  /** `(pool) => async (id) => pool.one(…)`, or a block whose `return` hands back a function: what a factory of functions makes. */
  functionMadeBy(f: FunctionInfo): FunctionInfo | undefined {
    const body = f.node.body;
    let ret: Node | undefined;
    if (body.type !== 'BlockStatement') ret = body as Node;
    else for (const st of body.body) if (st.type === 'ReturnStatement' && st.argument) ret = st.argument as Node;
    const n = ret && unwrapExpression(ret);
    return n && isFunctionNode(n) ? this.collected.functionByNode.get(n) : undefined;
  }

  /** The function a property of an object literal holds (`{ helper() {…} }`, `{ helper: async () => … }`). */
  private propertyFunction(obj: TSESTree.ObjectExpression, name: string): FunctionInfo | undefined {
    for (const p of obj.properties) {
      if (p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === name) return this.collected.functionByNode.get(unwrapExpression(p.value as Node));
    }
    return undefined;
  }

  /**
   * The first query a function performs, directly, in inline callbacks, or through local helpers.
   * A query served from a cache first does not speak for the function when a later one is not
   * (`const s = await cache.get(k, () => load()); return repo.find(…)`): the first uncached one
   * answers, and a cached one only when there is nothing else.
   */
  queryWitness(fn: FunctionInfo): QueryWitness | undefined {
    const cached = this.queryWitnesses.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    this.queryWitnesses.set(fn, null); // recursion guard
    let found: QueryWitness | undefined;
    let foundAt: CallSite | undefined;
    const owned = this.ownedCalls(fn).filter((site) => !this.inWrappedCallback(site, fn));
    for (const site of owned) {
      const e = this.effectOf(site);
      if (e?.kind === 'query') {
        const w: QueryWitness = { effect: { library: e.table.id, label: e.label, read: e.read, tx: e.tx }, line: this.line(site.node), via: [], ...(this.cacheGuarded(fn, site) && { cached: this.cacheGuarded(fn, site) }), ...(schemaStatement(site.node) && { schema: true }) };
        if (!found) [found, foundAt] = [w, site];
        if (!w.cached) {
          [found, foundAt] = [w, site];
          break;
        }
      }
    }
    if (!found || found.cached) {
      for (const site of owned) {
        if (this.effectOf(site)) continue;
        let w = this.calledWitness(fn, site);
        if (!w) continue;
        const guarded = this.cacheGuarded(fn, site);
        if (guarded) w = { ...w, cached: guarded };
        // `this.exec(\`DROP INDEX ${id}\`)`: the statement is this call's argument, run by a helper that takes any SQL.
        if (schemaStatement(site.node)) w = { ...w, schema: true };
        // A query the analysis saw beats one only a name suggests, which beats one served from a cache;
        // of two alike, the nearer (the function's own `db.insert`, not one three calls down a trigger).
        if (!found || witnessRank(w) < witnessRank(found) || (witnessRank(w) === witnessRank(found) && w.via.length < found.via.length)) [found, foundAt] = [w, site];
        if (witnessRank(found) === 0) break;
      }
    }
    // `fetchData ? await payload.findByID(…) : undefined`: the function queries only when asked to.
    const gate = found && foundAt && !found.cached ? optionGate(foundAt.node, fn) ?? (found.onlyWhen && forwardedGate(foundAt.node, found.onlyWhen, fn)) : undefined;
    // A callee's option is its own: it holds here only as one of this function's options.
    if (found && (gate || found.onlyWhen)) found = { ...found, onlyWhen: gate && this.everyQueryGated(fn, owned, gate) ? gate : undefined };
    // `if (db) return db; … db = knex(config); await validate(db);`: a memoised initialiser sends its
    // queries on the first call only, like a cached read.
    if (found && !found.cached && this.initialisesOnce(fn)) found = { ...found, cached: true };
    this.queryWitnesses.set(fn, found ?? null);
    return found;
  }

  /**
   * `return handleApiRequest(async (req) => { … })` with `handleApiRequest` of this file returning a
   * new function: the callback runs when that function is called (per request), not while `fn`
   * runs, so what it queries is not `fn`'s. A callback of a call that runs it (`map`, a span, a
   * transaction) stays `fn`'s.
   */
  private inWrappedCallback(site: CallSite, fn: FunctionInfo): boolean {
    for (let f = site.fn; f && f !== fn; f = f.parent) {
      if (!f.inline) return false;
      const call = withWrappers(f.node).parent;
      const callSite = call && (call.type === 'CallExpression' || call.type === 'NewExpression') ? this.collected.callByNode.get(call) : undefined;
      const t = callSite && this.targetOf(callSite);
      if (t && t !== fn && this.functionMadeBy(t)) return true;
    }
    return false;
  }

  /** What a call of `fn`'s body queries through the function it calls (this file's, another module's, or judged by name). */
  private calledWitness(fn: FunctionInfo, site: CallSite): QueryWitness | undefined {
    const t = this.targetOf(site);
    if (t === fn) return undefined;
    const w = t ? this.queryWitness(t) : this.externalQueryWitness(site) ?? this.namedWitness(site);
    // `getPermissions({ …, fetchData: false })`: the callee's queries are switched off.
    if (!w || (w.onlyWhen && gateOff(site.node, w.onlyWhen))) return undefined;
    return t ? { ...w, via: [t.name ?? 'function', ...w.via] } : w;
  }

  /** Each call of `fn` that queries, directly or through another function, sits under the same option. */
  private everyQueryGated(fn: FunctionInfo, owned: readonly CallSite[], gate: OptionGate): boolean {
    return owned.every((site) => {
      const e = this.effectOf(site);
      const w = e ? undefined : this.calledWitness(fn, site);
      // A query served from a cache first costs nothing repeated: it does not hold the gate open.
      if (e ? e.kind !== 'query' : !w || w.cached) return true;
      // Under the same test here, or handed the option on to a callee that tests it.
      return sameGate(optionGate(site.node, fn), gate) || (!!w?.onlyWhen && sameGate(forwardedGate(site.node, w.onlyWhen, fn), gate));
    });
  }

  /**
   * The function opens with `if (x) return x;` (or `if (this.x) return this.x;`), `x` a module-level
   * variable or a field, and assigns `x` later in its body: a memoised initialiser (`getDatabase()`).
   */
  private initialisesOnce(fn: FunctionInfo): boolean {
    const body = fn.node.body;
    if (body.type !== 'BlockStatement') return false;
    const first = body.body.find((st) => st.type === 'IfStatement') as TSESTree.IfStatement | undefined;
    if (!first || body.body.indexOf(first) > 2) return false;
    const ret = first.consequent.type === 'BlockStatement' ? first.consequent.body[0] : first.consequent;
    if (ret?.type !== 'ReturnStatement' || !ret.argument) return false;
    const held = this.text(unwrapExpression(ret.argument as Node));
    const test = unwrapExpression(first.test as Node);
    const tested = test.type === 'BinaryExpression' && (test.operator === '!==' || test.operator === '!=') ? unwrapExpression(test.left as Node) : test;
    if (this.text(tested) !== held) return false;
    const target = unwrapExpression(ret.argument as Node);
    if (target.type === 'Identifier') {
      const b = fn.scope.lookup(target.name);
      if (!b || b.scope !== this.collected.moduleScope || b.kind !== 'variable') return false;
    } else if (!(target.type === 'MemberExpression' && unwrapExpression(target.object).type === 'ThisExpression')) return false;
    const rest = this.file.text.slice(rangeOf(first)[1], rangeOf(body)[1]);
    return new RegExp(`(^|[^\\w$.])${held.replace(/[.$]/g, '\\$&')}\\s*(\\?\\?)?=(?!=)`).test(rest);
  }

  /** Forgets answers that used the project model, after a cycle cut one of them short. */
  forgetProjectAnswers() {
    this.resolver.forget();
    this.effects.clear();
    this.queryWitnesses.clear();
    this.externalCalls.clear();
    this.passed.clear();
    this.ownExports.clear();
  }

  /** A call of another module's function, method or static method, as the project model knows it. */
  externalCall(site: CallSite): ExternalCall | undefined {
    if (!this.file.project) return undefined;
    let known = this.externalCalls.get(site);
    if (known === undefined) {
      const o = this.resolver.resolve(site.node.callee, site.scope);
      // A member of a registry known only by convention (`context.models.vectors`) is no better
      // followed than an unresolved value: its own methods are looked up by name too.
      const guessed = o?.kind === 'client' && (o.table.id === 'local-model' || o.table.id === 'local-db');
      const fn = o?.kind === 'project' && o.value.kind === 'function' ? o.value : undefined;
      const effect = fn && (fn.effect ?? this.queryOnArgument(site, fn));
      known = fn && effect ? { name: fn.name, effect } : this.dispatchedCommand(site) ?? this.inheritedCall(site) ?? (o && !guessed ? undefined : this.calledByName(site)) ?? null;
      this.externalCalls.set(site, known);
    }
    return known ?? undefined;
  }
  private readonly externalCalls = new Map<CallSite, ExternalCall | null>();

  /**
   * `remainingFor(db, bookingId, assetId)` where `remainingFor` (another module's, `tx: any`) calls
   * `tx.bookingAsset.findMany(…)`: with a client as that argument, the call queries through it.
   */
  private queryOnArgument(site: CallSite, fn: Extract<ExportSummary, { kind: 'function' }>): EffectSummary | undefined {
    for (const c of fn.queriesOnParam ?? []) {
      const arg = argumentAt(site.node, c.param, c.key);
      const o = arg && this.resolver.resolve(arg, site.scope);
      if (o?.kind !== 'client' || !tableSets(o.table).query.has(c.method)) continue;
      const file = fn.id?.split('#')[0] ?? this.relativePath;
      return { kind: 'query', library: o.table.id, label: c.label, file, line: c.line, via: [], read: tableSets(o.table).read.has(c.method), tx: !!o.tx };
    }
    return undefined;
  }

  /**
   * `findRoleById(id)` destructured from a `queries` parameter, `context.mutations.saveCart(…)`: the
   * callee comes from a value nothing follows (a parameter, a registry, an unresolved import), so the
   * project's functions of that name answer. Not for names of this file's own functions or globals.
   */
  private calledByName(site: CallSite): ExternalCall | undefined {
    const callee = unwrapExpression(site.node.callee);
    let name: string | undefined;
    if (callee.type === 'Identifier') {
      const b = site.scope.lookup(callee.name);
      if (!b || b.kind === 'function' || b.kind === 'class' || (b.kind === 'variable' && b.values.some((v) => !v.path.length))) return undefined;
      name = callee.name;
    } else if (callee.type === 'MemberExpression' && !callee.computed) {
      const root = rootName(callee);
      const b = root ? site.scope.lookup(root) : undefined;
      if (root && !b && root !== 'this') return undefined;
      // `const pipeline = redis.pipeline(); pipeline.zadd(…)`: commands queued on a batch, sent by one `exec()`.
      if (b?.kind === 'variable' && b.values.some((v) => !v.path.length && madeByBatchMethod(v.node))) return undefined;
      // `const debug = { loadSubForms: require('debug')('…') }; debug.loadSubForms(…)`: an object written
      // here, whose members are what it says; a method elsewhere with the same name is not one of them.
      if (unwrapExpression(callee.object).type === 'Identifier' && b?.kind === 'variable' && b.values.length === 1 && !b.values[0].path.length && unwrapExpression(b.values[0].node).type === 'ObjectExpression') return undefined;
      name = propertyName(callee);
    }
    return name ? this.file.project!.functionNamed(name) : undefined;
  }

  /**
   * `this.findOne(…)` in a class that inherits `findOne` from a base class of the project (the project
   * model follows `extends`), and `super.save(…)` in a class that overrides `save`.
   */
  /**
   * `this.commandBus.execute(new EmployeeCreateCommand(input))` (NestJS CQRS): the bus runs the
   * `execute` of the class decorated `@CommandHandler(EmployeeCreateCommand)`, wherever it is.
   */
  private dispatchedCommand(site: CallSite): ExternalCall | undefined {
    const callee = unwrapExpression(site.node.callee);
    if (callee.type !== 'MemberExpression' || propertyName(callee) !== 'execute' || !this.file.project) return undefined;
    const bus = unwrapExpression(callee.object);
    const busName = bus.type === 'Identifier' ? bus.name : bus.type === 'MemberExpression' ? propertyName(bus) : undefined;
    if (!busName || !COMMAND_BUS.test(busName)) return undefined;
    const message = site.node.arguments[0] && unwrapExpression(site.node.arguments[0] as Node);
    if (message?.type !== 'NewExpression' || message.callee.type !== 'Identifier') return undefined;
    const found = this.file.project.busHandlerEffect(message.callee.name);
    return found && { name: found.handler, effect: found.effect };
  }

  private inheritedCall(site: CallSite): ExternalCall | undefined {
    const callee = unwrapExpression(site.node.callee);
    const obj = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : undefined;
    if (obj?.type !== 'ThisExpression' && obj?.type !== 'Super') return undefined;
    const method = propertyName(callee as TSESTree.MemberExpression);
    const cls = this.ownerOf(site.fn)?.cls;
    if (!method || !cls?.name || !cls.superClass || !this.file.project) return undefined;
    if (obj.type === 'Super') {
      const effect = this.file.project.superMethodEffect(this.file.filename, cls.name, method);
      return effect ? { name: `super.${method}`, effect } : undefined;
    }
    if (cls.methods.has(method)) return undefined;
    const effect = this.file.project.methodEffect(this.file.filename, cls.name, method);
    return effect ? { name: `this.${method}`, effect } : undefined;
  }

  /** A call nothing places, judged by its name (`this.userRepository.findByEmail(…)`): see named-calls.ts. */
  namedWitness(site: CallSite): QueryWitness | undefined {
    const named = namedDataCall(site, this.resolver);
    return named && { effect: { library: named.table.id, label: named.label, read: named.read, tx: named.tx }, line: this.line(site.node), via: [], byName: named.strength };
  }

  /** The app runs each request in a function instance of its own (see `ProjectView.deployedAsFunctions`). */
  deployedAsFunctions(): boolean {
    return !!this.file.project?.deployedAsFunctions(this.file.filename);
  }

  /** The packages around this file can only reach an SQLite file, no database server (see `ProjectView.sqliteOnly`). */
  sqliteOnly(): boolean {
    return !!this.file.project?.sqliteOnly(this.file.filename);
  }

  /** The query another module's function sends, as a witness for this file's messages. */
  externalQueryWitness(site: CallSite): QueryWitness | undefined {
    const ext = this.externalCall(site);
    if (!ext) return undefined;
    const { effect } = ext;
    return { effect: { library: effect.library, label: effect.label, read: effect.read, tx: effect.tx }, file: effect.file, line: effect.line, via: [ext.name, ...effect.via], ...(effect.cached && { cached: effect.cached }), ...(effect.byName && { byName: effect.byName }), ...(effect.onlyWhen && { onlyWhen: effect.onlyWhen }), ...(effect.schema && { schema: true }) };
  }

  /**
   * `const hit = cache.get(k); if (hit) return hit;` (a Map, an LRU, a memo) before the call: the
   * function answers from memory first, so calling it per item mostly costs nothing.
   */
  private cacheGuarded(fn: FunctionInfo, site: CallSite): boolean | 'instance' {
    const [at] = rangeOf(site.node);
    if (this.onCacheMiss(fn, site) || onCacheBypass(fn, site) || memoisedInPlace(fn, site, (n) => this.text(n)) || filledOnMiss(fn, site, (n) => this.text(n), this.keysOf)) return true;
    // `if (this.cachedProperties && fresh) return this.cachedProperties;` earlier in the function: past it, a miss.
    // Kept in a field of `this` (or of `self = this`) outside a class: an instance method of a model's rows, whose cache is the row's own.
    const cachedReturn = (arg: Node) => CACHE_NAME.test(this.text(arg));
    if (this.returnsBetween(fn, rangeOf(fn.node)[0], at, cachedReturn)) {
      return !fn.cls && this.returnsBetween(fn, rangeOf(fn.node)[0], at, (arg) => cachedReturn(arg) && this.heldByThis(arg, fn)) ? 'instance' : true;
    }
    // `if (targetMailbox) return targetMailbox;` before the call and `targetMailbox = …` in the function, on
    // a variable that outlives the call (a closure's, a module's, a field): remembered after the first call.
    if (this.returnsBetween(fn, rangeOf(fn.node)[0], at, (arg) => this.fills(fn, site, arg))) return true;
    return this.ownedCalls(fn).some((c) => {
      const callee = unwrapExpression(c.node.callee);
      const [start, end] = rangeOf(c.node);
      if (callee.type !== 'MemberExpression' || start >= at) return false;
      const method = propertyName(callee);
      if (!(method === 'get' || method === 'has' || method === 'peek' || method === 'wrap') || !CACHE_NAME.test(this.text(unwrapExpression(callee.object)))) return false;
      // `cache.get(key, () => load())`: the call is the loader, run on a miss only.
      if (at < end) return true;
      // `cache.get(k) ?? load()`: the right side runs on a miss only.
      for (let p: Node | undefined = c.node.parent; p && !isFunctionNode(p); p = p.parent) {
        if (p.type === 'LogicalExpression' && (p.operator === '??' || p.operator === '||') && rangeOf(p.right)[0] <= at && at < rangeOf(p.right)[1]) return true;
      }
      // `if (cache.has(k)) return cache.get(k)` / `const hit = cache.get(k); if (hit) return hit;`: an
      // early return of the cached value between the cache and the call. A cached read followed by
      // another query is not one (`if (!settings) return 0; return repo.find(…)`).
      let decl: Node | undefined = c.node.parent;
      while (decl && (decl.type === 'AwaitExpression' || decl.type === 'TSAsExpression' || decl.type === 'TSNonNullExpression')) decl = decl.parent;
      const hit = decl?.type === 'VariableDeclarator' && decl.id.type === 'Identifier' ? decl.id.name : undefined;
      return this.returnsBetween(fn, end, at, (arg) => CACHE_NAME.test(this.text(arg)) || (!!hit && referencedNames(arg, this.keysOf).has(hit)));
    });
  }

  /** `self.cached_schedule` in what `fn` returns, with `self = this` (or `this.cached_schedule` itself). */
  private heldByThis(arg: Node, fn: FunctionInfo): boolean {
    const stack: Node[] = [arg];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === 'MemberExpression' && CACHE_NAME.test(propertyName(n) ?? '')) {
        const root = unwrapExpression(n.object as Node);
        if (root.type === 'ThisExpression') return true;
        const b = root.type === 'Identifier' ? fn.scope.lookup(root.name) : undefined;
        if (b?.kind === 'variable' && b.values.length === 1 && unwrapExpression(b.values[0].node).type === 'ThisExpression') return true;
      }
      pushChildren(stack, n, this.keysOf);
    }
    return false;
  }

  /**
   * `let token = this.findCachedToken(k); if (token) { … } else { token = await this.queryToken(k); }`,
   * `if (!hit) hit = await load(k)`: the call runs in the branch taken when a cache lookup found nothing.
   */
  private onCacheMiss(fn: FunctionInfo, site: CallSite): boolean {
    return branchesAbove(fn, site).some(({ test, inElse }) => {
      // The miss branch: `else` of `if (hit)`, or the body of `if (!hit)` / `if (!hit && allowed)`.
      const names = inElse ? (test.type === 'Identifier' ? [test] : []) : missTested(test);
      return names.some((n) => this.holdsCacheLookup(site.scope, n.name));
    });
  }

  /** `cachedToken`, or a variable first given a cache's answer (`this.findCachedToken(k)`, `cache.get(k)`). */
  private holdsCacheLookup(scope: CallSite['scope'], name: string): boolean {
    const b = scope.lookup(name);
    if (b?.kind !== 'variable') return false;
    if (CACHE_NAME.test(name)) return true;
    // What it was first given (a later `token = await query(…)` in the miss branch is the other value).
    const first = b.values[0]?.path.length === 0 ? unwrapExpression(b.values[0].node) : undefined;
    const call = first && unwrapExpression(first.type === 'AwaitExpression' ? (first.argument as Node) : first);
    return call?.type === 'CallExpression' && CACHE_NAME.test(this.text(unwrapExpression(call.callee)));
  }

  /** `kept` is a variable or field that outlives the call and that `fn` assigns. */
  private fills(fn: FunctionInfo, site: CallSite, kept: Node): boolean {
    const k = unwrapExpression(kept);
    if ((k.type !== 'Identifier' && k.type !== 'MemberExpression') || !outlivesCall(fn, site, k, false)) return false;
    const assigned = new RegExp(`(?<![\\w$.])${this.text(k).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=(?!=)`);
    return assigned.test(this.text(fn.node));
  }

  /** A `return` in `fn` itself (not in a nested function), within two offsets, whose value passes `returns`. */
  private returnsBetween(fn: FunctionInfo, from: number, to: number, returns: (arg: Node) => boolean): boolean {
    if (!/\breturn\b/.test(this.file.text.slice(from, to))) return false;
    return ownReturns(fn.node, this.keysOf).some((r) => {
      // An early return, over before the call (not the `return query…` that holds the call itself).
      const [s, e] = rangeOf(r);
      return s >= from && e <= to && !!r.argument && returns(r.argument as Node);
    });
  }

  /**
   * How often the code of `fn` runs: hot when a request path reaches it (in this file, or through
   * callers in other modules), cold when only once-only code does (module scope, start-up,
   * constructors, loaders, CLIs, migrations, seeds, tests), undefined when nobody can tell.
   */
  reachOf(fn: FunctionInfo | undefined, seen = new Set<FunctionInfo>()): Reach | undefined {
    const here = { file: this.relativePath };
    const owner = this.ownerOf(fn);
    if (this.fileKind !== 'runtime') return (MAY_POLL.has(this.fileKind) ? this.polledBy(owner) : undefined) ?? { kind: 'cold', why: `${this.fileKind} code`, ...here, line: 1 };
    if (INSTALL_PATH.test(this.relativePath)) return { kind: 'cold', why: 'installation code (runs once, when the application is set up)', ...here, line: owner?.line ?? fn?.line ?? 1 };
    // The function the code belongs to names the entry (not an inline callback inside it).
    const reason = this.requestPathOf(owner) ?? this.requestPathOf(fn);
    if (reason) {
      // Only assumed to serve requests (a provider's method): start-up code may be its only caller.
      const startup = (reason.assumed || reason.service) && owner ? this.calledOnlyAtStartup(owner) : undefined;
      return startup ?? { kind: 'hot', entry: reason.label, ...here, line: reason.line, via: [], ...(reason.assumed && { assumed: true }), ...(reason.service && { service: true }) };
    }
    if (!owner) {
      // A generator handed over at load (`Effect.gen(function* () { … })` in a service's definition)
      // describes work that runs when whoever holds it runs it: not once, at load.
      for (let f = fn; f; f = f.parent) if (f.node.generator) return undefined;
      // A callback handed at load to something that keeps it (`new DataLoader(async (ids) => …)`,
      // `queue.process(job => …)`, `cron.schedule(…, fn)`) runs whenever its holder calls it.
      if (heldForLater(fn, (n) => this.text(n))) return undefined;
      return { kind: 'cold', why: 'module scope (runs once, at load)', ...here, line: fn?.line ?? 1 };
    }
    const migration = registeredMigration(fn, (n) => this.text(n));
    if (migration) return { kind: 'cold', why: `a migration (registered with \`${migration}\`)`, ...here, line: fn?.line ?? owner.line };
    // A listener or timer registered by start-up code (`appEvents.on('x', async () => …)` in a
    // `startup.js`) runs on every event, not once: the file's name does not make it start-up code.
    const registered = !owner.inline && (owner.node.parent?.type === 'CallExpression' || owner.node.parent?.type === 'NewExpression');
    const startup: Reach = { kind: 'cold', why: `start-up code (\`${owner.name ?? 'constructor'}\`)`, ...here, line: owner.line };
    // `process.on('SIGTERM', async () => …)`, `server.once('listening', …)` at module scope: an event a
    // process sees once. (Not `req.on('end', …)` in a handler: each request has its own.)
    const onceEvent = registered && !owner.parent ? onceEventOf(owner.node.parent as Node, owner.node) : undefined;
    if (onceEvent) return { kind: 'cold', why: `a \`${onceEvent}\` handler (runs once)`, ...here, line: owner.line };
    if (isStartupMethod(owner) || (!registered && ONCE_ONLY_PATH.test(this.relativePath))) return startup;
    // A start-up name (`setup`, `init…`, `register…`) says once-only unless a caller says otherwise:
    // `setup({ accountId })` that a job runs per account is not start-up code.
    const startupByName = !!owner.name && ONCE_ONLY_FUNCTION.test(owner.name);
    if (seen.has(owner)) return startupByName ? startup : undefined;
    seen.add(owner);
    // Handed on as a value (`setInterval(purge, 1000)`, `emitter.on('x', handle)`): runs when someone else decides.
    if (this.escapes(owner)) return startupByName ? startup : undefined;
    const reaches: Array<Reach | undefined> = [];
    for (const site of this.callersOf(owner)) {
      const caller = this.ownerOf(site.fn);
      if (caller === owner) continue;
      reaches.push(this.reachOfCall(site, seen));
    }
    if (owner.exported && owner.name && this.file.project) {
      const elsewhere = this.file.project.reachOf(this.file.filename, owner.cls?.name ? `${owner.cls.name}.${owner.name}` : owner.name);
      if (elsewhere !== 'no-callers') reaches.push(elsewhere);
    }
    const combined = combineReaches(reaches, owner.name);
    return startupByName && combined?.kind !== 'hot' ? startup : combined;
  }

  /**
   * A command-line tool or script that polls until it is stopped (`worker.ts --loop`: `while (true) {
   * await processJob(); … }`) is a worker: what its loop calls, directly or through the file's own
   * functions, runs again and again.
   */
  private polledBy(fn: FunctionInfo | undefined, seen = new Set<FunctionInfo>()): Reach | undefined {
    if (!fn || seen.has(fn) || seen.size > 8) return undefined;
    seen.add(fn);
    for (const site of this.callersOf(fn)) {
      const caller = this.ownerOf(site.fn);
      const loop = endlessLoopAround(site.node as Node, caller?.node);
      if (loop) return this.endlessLoopReach(loop, caller);
      const further = caller && caller !== fn ? this.polledBy(caller, seen) : undefined;
      if (further) return further;
    }
    return undefined;
  }

  /**
   * How often the code at a call site runs: like its function's reach, except that a call in a loop
   * only the end of the process stops (`while (true) { await pollBatch(); await sleep(t) }` in a
   * worker started once at boot) runs again and again, whoever started the loop.
   */
  reachOfCall(site: Pick<CallSite, 'node' | 'fn'>, seen?: Set<FunctionInfo>): Reach | undefined {
    // A call only a development build makes (in an `if (isDev)` route of the e2e tests) says nothing of production.
    if (this.fileKind === 'runtime' && developmentOnly(site.node as Node, (n) => this.text(n))) return { kind: 'cold', why: 'development-only code', file: this.relativePath, line: this.line(site.node as Node) };
    // Also in a command-line tool or script: one that polls until it is stopped is a worker (`worker.ts --loop`).
    const owner = this.ownerOf(site.fn);
    const loop = this.fileKind === 'runtime' || MAY_POLL.has(this.fileKind) ? endlessLoopAround(site.node as Node, owner?.node) : undefined;
    return loop ? this.endlessLoopReach(loop, owner) : this.reachOf(site.fn, seen);
  }

  private endlessLoopReach(loop: Node, owner: FunctionInfo | undefined): Reach {
    return { kind: 'hot', entry: `a loop that runs until the process stops${owner?.name ? ` in \`${owner.name}\`` : ''}`, file: this.relativePath, line: this.line(loop), via: [] };
  }

  /**
   * `onModuleInit() { await this.initializeTable(); }`: every caller of this file is start-up code
   * (a lifecycle hook, a constructor, module scope, a `setup…` function), and no other module calls it.
   */
  private calledOnlyAtStartup(owner: FunctionInfo): Reach | undefined {
    const callers = this.callersOf(owner).map((site) => this.ownerOf(site.fn)).filter((c) => c !== owner);
    if (!callers.length || this.escapes(owner)) return undefined;
    if (!callers.every((c) => !c || isStartupMethod(c) || (!!c.name && ONCE_ONLY_FUNCTION.test(c.name)))) return undefined;
    if (owner.name && this.file.project) {
      const elsewhere = this.file.project.reachOf(this.file.filename, owner.cls?.name ? `${owner.cls.name}.${owner.name}` : owner.name);
      if (elsewhere !== 'no-callers' && elsewhere?.kind !== 'cold') return undefined;
    }
    const first = callers.find((c) => c?.name);
    return { kind: 'cold', why: `start-up code (called from \`${first?.name ?? 'module scope'}\`)`, file: this.relativePath, line: owner.line };
  }

  /**
   * `export const removeDeadChapters = …` in a controllers module, called only by scripts, migrations
   * or start-up code elsewhere (`src/scripts/…`, at module scope), or a helper of the module that only
   * such functions call: the module's place says request path, the callers say it runs once. Asked by
   * the rules whose findings cost per run (a log line, a blocking read), not by `no-n-plus-one`: a
   * maintenance script's query per row of a whole table is as much worth batching as a request's.
   */
  onlyOnceOnlyCallers(fn: FunctionInfo | undefined): Reach | undefined {
    const owner = this.ownerOf(fn);
    const reason = this.requestPathOf(owner) ?? this.requestPathOf(fn);
    return owner && reason && (reason.assumed || reason.service) ? this.calledOnlyFromColdModules(owner) : undefined;
  }
  private calledOnlyFromColdModules(owner: FunctionInfo, seen = new Set<FunctionInfo>()): Reach | undefined {
    if (seen.has(owner) || !this.file.project || this.escapes(owner)) return undefined;
    seen.add(owner);
    const callers = this.callersOf(owner).map((site) => this.ownerOf(site.fn)).filter((c) => c !== owner);
    let cold: Reach | undefined;
    if (owner.exported && owner.name) {
      const elsewhere = this.file.project.reachOf(this.file.filename, owner.cls?.name ? `${owner.cls.name}.${owner.name}` : owner.name);
      if (!elsewhere || (elsewhere !== 'no-callers' && elsewhere.kind !== 'cold')) return undefined;
      if (elsewhere !== 'no-callers') cold = { kind: 'cold', why: `called only from once-only code (${elsewhere.why}, ${elsewhere.file}:${elsewhere.line})`, file: elsewhere.file, line: elsewhere.line };
    }
    // Its callers in this file: each a function that, in turn, only once-only code calls (module scope is such code).
    for (const caller of callers) {
      if (!caller) continue;
      const declared = this.requestPathOf(caller);
      if (declared && !declared.assumed && !declared.service) return undefined;
      const r = this.calledOnlyFromColdModules(caller, seen);
      if (!r) return undefined;
      cold ??= r;
    }
    return cold;
  }

  /** The function's name appears in this file more often than its declaration and its direct calls. */
  private escapes(fn: FunctionInfo): boolean {
    if (!fn.name) return false;
    const mentions = this.mentions().get(fn.name) ?? 0;
    // The declaration, each direct call, and for an export its `export { f }` / `module.exports = { f }`.
    return mentions > 1 + this.callersOf(fn).length + (fn.exported ? 2 : 0);
  }

  /**
   * How often each identifier-like word occurs in the text (comments and strings included, as a
   * whole-word search would count them). Built in one pass: asking per function with a regular
   * expression over the whole text cost minutes on a 6 MB bundle once findings were many.
   */
  private mentions(): Map<string, number> {
    if (!this.wordCounts) {
      this.wordCounts = new Map();
      for (const [w] of this.file.text.matchAll(/[\w$]+/g)) this.wordCounts.set(w, (this.wordCounts.get(w) ?? 0) + 1);
    }
    return this.wordCounts;
  }
  private wordCounts: Map<string, number> | undefined;

  /** The clients `f` hands the callbacks it takes (`withTransaction(ctx, fn)` running `db.transaction(fn)`): callback-clients.ts. */
  handedClientsOf(f: FunctionInfo): HandedClient[] {
    const known = this.handed.get(f);
    if (known) return known;
    this.handed.set(f, []); // a cycle hands nothing
    const h = handedClients(f, this.ownedCalls(f), (n, scope) => this.resolver.resolveAsWritten(n, scope));
    this.handed.set(f, h);
    return h;
  }
  private readonly handed = new Map<FunctionInfo, HandedClient[]>();

  /**
   * What this file's calls of `f` hand it at parameter `index` (or at `key` of the object passed
   * there): a client (`reconcile({ tx, assetIds })` in `db.$transaction(async (tx) => …)`) or an
   * instance of a project class (`run(task, data, { messageHandler })`). The first caller that passes
   * one answers; `f`'s calls of itself pass what it was given. A caller that forwards its own
   * parameter (`run(task, data, options)` in the exported wrapper) hands what its callers hand it.
   */
  private valuePassedTo(f: FunctionInfo, index: number, key: string | undefined, param: Binding): HandedValue | undefined {
    const slot = `${index}.${key ?? ''}`;
    let known = this.passed.get(f);
    if (!known) this.passed.set(f, (known = new Map()));
    if (known.has(slot)) return known.get(slot) ?? undefined;
    known.set(slot, null); // a cycle passes nothing
    let found: HandedValue | undefined;
    for (const site of this.callersOf(f)) {
      if (within(site.node, f.node)) continue;
      const arg = argumentAt(site.node, index, key);
      found = asHandedValue(arg && this.resolver.resolve(arg, site.scope)) ?? (key !== undefined ? this.forwardedParameter(site, index, key) : undefined);
      if (found) break;
    }
    // An exported function (`module.exports = (queue) => …`) is handed its client by the modules that
    // call it: only for an untyped parameter, and not one the function queries on itself, whose calls
    // each call site judges with the handle it passes (`queriesOnParam`: a transaction or the client).
    const declared = f.node.params[index] as Node | undefined;
    const typed = !!declared && 'typeAnnotation' in declared && !!declared.typeAnnotation;
    const exportName = !found && this.file.project && !typed && untypedParameter(param) ? this.exportNameOf(f) : undefined;
    if (exportName && !this.callsOnUntypedParameters(f).some((c) => c.param === index && c.key === key)) {
      found = asHandedValue(this.resolver.fromSummary(this.file.project!.valueHandedTo(this.file.filename, exportName, index, key)));
    }
    known.set(slot, found ?? null);
    return found;
  }
  private readonly passed = new Map<FunctionInfo, Map<string, HandedValue | null>>();

  /**
   * The name other modules import `f` by, when they call it: an exported function's, or for the
   * constructor of an exported class, the class's (`new TaskHandler({ messageHandler })`).
   */
  private exportNameOf(f: FunctionInfo): string | undefined {
    if (f.methodKind === 'constructor') {
      const name = f.cls?.name;
      if (!name) return undefined;
      return name === this.collected.defaultExportName ? 'default' : this.collected.exportedNames.has(name) ? name : undefined;
    }
    if (!f.exported || !f.name || f.cls) return undefined;
    // `module.exports = (queue) => …` and `export default function (queue)` are the module's default export.
    const parent = f.node.parent;
    const isDefault = parent?.type === 'ExportDefaultDeclaration' || (parent?.type === 'AssignmentExpression' && isOwnExports(unwrapExpression(parent.left as Node), f.scope) && parent.left.type === 'MemberExpression');
    return isDefault ? 'default' : f.name;
  }

  /** `run(task, data, options)` inside `(task, data, options, cb) => …`: what the caller's own callers hand at `key` of that parameter. */
  private forwardedParameter(site: CallSite, index: number, key: string): HandedValue | undefined {
    const arg = site.node.arguments[index] as Node | undefined;
    const b = arg?.type === 'Identifier' ? site.scope.lookup(arg.name) : undefined;
    if (b?.kind !== 'parameter' || b.paramIndex === undefined || !b.owner) return undefined;
    return this.valuePassedTo(b.owner, b.paramIndex, key, b);
  }

  /**
   * The client the module assigns to its own `exports.<name>` with a call, wherever it does
   * (`exports._db = client.db(dbName)` in an `init` run at start-up), for code of the module that
   * reads it back (`exports._db.collection(name)`).
   */
  private ownExport(name: string): Extract<Origin, { kind: 'client' }> | undefined {
    if (this.ownExports.has(name)) return this.ownExports.get(name) ?? undefined;
    this.ownExports.set(name, null); // a cycle assigns nothing
    let found: Extract<Origin, { kind: 'client' }> | undefined;
    for (const site of this.collected.calls) {
      const p = site.node.parent;
      if (p?.type !== 'AssignmentExpression' || p.operator !== '=' || p.right !== site.node || p.left.type !== 'MemberExpression' || p.left.computed) continue;
      if (propertyName(p.left) !== name || !isOwnExports(unwrapExpression(p.left.object as Node), site.scope)) continue;
      const o = this.resolver.resolve(site.node, site.scope);
      if (o?.kind === 'client') {
        found = o;
        break;
      }
    }
    this.ownExports.set(name, found ?? null);
    return found;
  }
  private readonly ownExports = new Map<string, Extract<Origin, { kind: 'client' }> | null>();

  /**
   * Calls `f` makes on its own untyped parameters (`tx: any`, a destructured `{ tx }`), at most a
   * few: what they send depends on what each caller hands in (`lockAsset(tx, id)` with
   * `tx.$queryRaw\`…\``), so another module's call site decides (`queryOnArgument`).
   */
  callsOnUntypedParameters(f: FunctionInfo): ParamCall[] {
    const out: ParamCall[] = [];
    for (const site of this.ownedCalls(f)) {
      const callee = unwrapExpression(site.node.callee);
      const method = callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
      const root = method ? rootName(callee) : undefined;
      const b = root && root !== 'this' ? site.scope.lookup(root) : undefined;
      if (!method || !QUERY_METHOD_NAMES.has(method) || b?.kind !== 'parameter' || b.owner !== f || !untypedParameter(b)) continue;
      const slot = parameterSlot(b);
      if (slot) out.push({ param: slot.index, ...(slot.key !== undefined && { key: slot.key }), method, label: calleeLabel(callee), line: this.line(site.node) });
      if (out.length === 4) break;
    }
    return out;
  }

  /** Calls that run as part of `fn` itself: its own and those of its inline callbacks. */
  ownedCalls(fn: FunctionInfo): CallSite[] {
    if (!this.owned) {
      // Built once: owner → its calls and those of its inline callbacks (O(functions), not O(n²)).
      this.owned = new Map();
      for (const f of this.collected.functions) {
        const owner = this.ownerOf(f);
        if (!owner) continue;
        const list = this.owned.get(owner);
        if (list) list.push(...f.calls);
        else this.owned.set(owner, [...f.calls]);
      }
    }
    return this.owned.get(fn) ?? [];
  }
  private owned: Map<FunctionInfo, CallSite[]> | undefined;

  /** Repetitions around a call, outermost first, including recursion of its function. */
  repetitionsOf(site: CallSite): Repetition[] {
    // The function that recurses: the call's owner, or a function run in place inside it (`(function next(i) { … })(0)`).
    let rec: Repetition | undefined;
    for (let f = site.fn; f && !rec; f = f.inline ? f.parent : undefined) rec = this.recursion.get(f);
    return rec ? [rec, ...site.repetitions] : site.repetitions;
  }

  /**
   * The repetition that makes this call run once per item, or undefined when each iteration
   * depends on the previous one (cursor pagination, retry, ordered writes in a transaction) or
   * the loop is not over a collection (polling, counted retries), or over a short list written
   * in the code (a fixed number of calls, not one per data item).
   */
  perItemRepetition(site: CallSite): Repetition | undefined {
    let known = this.perItemBases.get(site);
    if (known === undefined) {
      // The innermost repetition decides: a retry loop inside a for-of is still a retry loop. A walk
      // up a chain of parents inside a loop over items walks once per item: the item's loop decides.
      const reps = this.repetitionsOf(site);
      let rep = reps.at(-1);
      if (rep && !rep.overCollection && reps.length > 1 && this.isLinkWalk(rep.node)) rep = reps.at(-2);
      known = !rep?.overCollection || rep.fixedSize || this.isLoopCarried(site, rep) || leavesLoopAfter(site.node, rep) || this.neverReturns(site, rep) || inCaseOfItem(site.node, rep) ? null : rep;
      this.perItemBases.set(site, known);
    }
    return known ?? undefined;
  }
  /** Once per call: rules ask it first, and every call of a loop asks about the same loop body. */
  private readonly perItemBases = new Map<CallSite, Repetition | null>();

  /**
   * `await abort(claimed, e)` in a loop, with `abort` a function of this file that always throws (its
   * body ends in `throw` and never returns, or it is declared `never` / `Promise<never>`): the loop
   * ends at that call, so it runs at most once per pass, like a call followed by `throw`.
   */
  private neverReturns(site: CallSite, rep: Repetition): boolean {
    if (!LOOP_STATEMENTS.has(rep.node.type)) return false;
    const f = this.targetOf(site);
    // An async one stops the loop only when awaited, and a `try` around the call would carry on.
    if (!f || (f.node.async && site.node.parent?.type !== 'AwaitExpression')) return false;
    for (let child: Node = site.node, p = site.node.parent as Node | undefined; p && p !== rep.node; child = p, p = p.parent as Node | undefined) {
      if (isFunctionNode(p) || (p.type === 'TryStatement' && p.block === child)) return false;
    }
    const declared = f.node.returnType?.typeAnnotation;
    if (declared && (declared.type === 'TSNeverKeyword' || (declared.type === 'TSTypeReference' && declared.typeName.type === 'Identifier' && declared.typeName.name === 'Promise' && declared.typeArguments?.params[0]?.type === 'TSNeverKeyword'))) return true;
    const body = f.node.body;
    return body.type === 'BlockStatement' && body.body.at(-1)?.type === 'ThrowStatement' && ownReturns(f.node, this.keysOf).length === 0;
  }

  /** Once per loop (loop-shape.ts), not once for every call in its body. */
  private isLinkWalk(loop: Node): boolean {
    let walk = this.linkWalks.get(loop);
    if (walk === undefined) this.linkWalks.set(loop, (walk = isLinkWalk(loop, this.keysOf)));
    return walk;
  }
  private readonly linkWalks = new Map<Node, boolean>();

  isLoopCarried(site: CallSite, rep: Repetition): boolean {
    if (rep.kind === 'callback' || rep.kind === 'graphql-field' || rep.kind === 'recursion') return false;
    const loop = this.collected.loops.get(rep.node);
    if (!loop) return false;
    const outer = outermostChainCall(site.node);
    // The counter of `for (let i = 0; …; i++)`, or the row a drained cursor assigns in the test.
    const drained = rep.node.type === 'WhileStatement' ? itemPattern(rep) : undefined;
    const induction = rep.node.type === 'ForStatement' ? declaredNames(rep.node.init) : drained?.type === 'Identifier' ? new Set([drained.name]) : undefined;
    // `for (let address of addresses) { address = normalize(address); … }`: the next item overwrites it, nothing is carried.
    const item = rep.node.type === 'ForOfStatement' || rep.node.type === 'ForInStatement' ? (declaredNames(rep.node.left) ?? (rep.node.left.type === 'Identifier' ? new Set([rep.node.left.name]) : undefined)) : undefined;
    if (loop.assigned.size) {
      let names = this.namesIn.get(outer);
      if (!names) this.namesIn.set(outer, (names = referencedNames(outer, this.keysOf)));
      // The body only: a `let cursor` in a `for (…;…;…)` header lives across iterations.
      const body = (rep.node as { body?: Node }).body;
      const [loopStart, loopEnd] = body ? rangeOf(body) : [0, -1];
      for (const name of names) {
        if (!loop.assigned.has(name) || induction?.has(name) || item?.has(name)) continue;
        // `await row.update({ order: order++ })`: a counter's values are known before the loop runs;
        // the calls do not wait on one another's results.
        if (!loop.assignedOtherThanCounted.has(name)) continue;
        // `let lot = null; if (x) lot = await findLot(…)` inside the body: a fresh variable each
        // iteration, nothing carried from the one before.
        if (declaredFreshInside(site.scope.lookup(name), loopStart, loopEnd)) continue;
        return true;
      }
    }
    return isRetryOrSearch(site.node, rep.node, this.keysOf, () => this.iteratesQueryRows(rep.node, site.scope));
  }

  /**
   * `const teams = await prisma.team.findMany(…); for (const team of teams) …`: the loop runs over
   * rows a query returned, a list as long as the data (not candidates the code makes up).
   */
  private iteratesQueryRows(loop: Node, scope: CallSite['scope']): boolean {
    if (loop.type !== 'ForOfStatement') return false;
    let list: Node | undefined = unwrapExpression(loop.right);
    if (list.type === 'Identifier') {
      const b = scope.lookup(list.name);
      list = b?.values.length === 1 && b.values[0].path.length === 0 ? unwrapExpression(b.values[0].node) : undefined;
    }
    if (list?.type !== 'AwaitExpression') return false;
    const call = unwrapExpression(list.argument);
    if (call.type !== 'CallExpression') return false;
    const effect = this.chainEffectOf(call);
    return effect?.kind === 'query' && effect.read;
  }
  /** Names a call chain reads, shared by the calls of one chain. */
  private readonly namesIn = new Map<Node, Set<string>>();

  private markTransactionCallbacks() {
    for (const { call, callback } of this.collected.transactionCalls) {
      const callee = unwrapExpression(call.callee);
      const method = callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
      const site = this.collected.callByNode.get(call);
      if (!site) continue;
      // A project's own helper handed the client, `inTransaction(this.db, async (tx) => …)`: the callback
      // gets that client's transaction.
      if (callee.type === 'Identifier') {
        const table = call.arguments.map((a) => this.resolver.resolve(a as Node, site.scope)).find((o) => o?.kind === 'client' && tableSets(o.table).transaction.size > 0);
        if (table?.kind === 'client') this.resolver.markTransactionCallback(callback, table.table);
        continue;
      }
      if (!method || callee.type !== 'MemberExpression') continue;
      const o = this.resolver.resolve(callee.object, site.scope);
      const table = o?.kind === 'client' ? o.table : method === '$transaction' ? libraryById('prisma') : undefined;
      if (table && tableSets(table).transaction.has(method)) this.resolver.markTransactionCallback(callback, table);
    }
  }

  private markRequestPaths() {
    if (this.fileKind !== 'runtime') return;
    const ctx = { path: this.relativePath, useServerFile: this.collected.useServerFile };
    const markers = new Set(this.options.requestPathMarkers ?? []);
    for (const fn of this.collected.functions) {
      if (fn.requestPath) continue;
      const declared = declaredRequestPath(fn, ctx);
      if (declared) fn.requestPath = { ...declared, line: fn.line };
      else if (markers.size && ((fn.name && markers.has(fn.name)) || fn.decorators.some((d) => markers.has(d)) || fn.cls?.decorators.some((d) => markers.has(d)))) {
        fn.requestPath = { label: `\`${fn.name ?? 'function'}\` (marked as request path)`, line: fn.line };
      }
    }
    // A provider method only the lifecycle hooks call runs at start-up, not per request.
    for (const fn of this.collected.functions) {
      if (!fn.cls || !fn.requestPath) continue;
      const callers = this.callersOf(fn);
      if (callers.length && callers.every((s) => isStartupMethod(this.ownerOf(s.fn)))) fn.requestPath = undefined;
    }
    for (const ref of this.collected.handlerRefs) {
      const fn = ref.scope.lookup(ref.name)?.fn;
      if (fn) fn.requestPath ??= ref.reason;
    }
    // Spread to the local functions request-path code calls, until nothing changes.
    const work = this.collected.functions.filter((f) => this.requestPathOf(f));
    // Nested functions by parent, built once (a scan of every function per step was quadratic).
    const nested = new Map<FunctionInfo, FunctionInfo[]>();
    for (const f of this.collected.functions) {
      if (!f.parent) continue;
      const list = nested.get(f.parent);
      if (list) list.push(f);
      else nested.set(f.parent, [f]);
    }
    while (work.length) {
      const fn = work.pop()!;
      const reason = this.requestPathOf(fn)!;
      for (const site of fn.calls) {
        const t = this.targetOf(site);
        // Not through a call only a development build makes (a route registered under `if (isDev)`).
        if (t && !this.requestPathOf(t) && !developmentOnly(site.node as Node, (n) => this.text(n))) {
          t.requestPath = { label: `\`${t.name ?? 'function'}\`, called from ${reason.label}`, line: reason.line, ...(reason.assumed && { assumed: true }), ...(reason.service && { service: true }) };
          work.push(t);
        }
      }
      for (const f of nested.get(fn) ?? []) if (!f.requestPath && this.requestPathOf(f)) work.push(f);
    }
  }

  /**
   * A function that calls itself once per child (tree walks) repeats everything it does; so does one
   * that calls itself for the next item of a list it steps through (an asynchronous loop written with
   * callbacks: `function next(i) { if (i >= list.length) return done(out); load(list[i], () => next(i + 1)); }`).
   */
  private markRecursion() {
    for (const site of this.collected.calls) {
      const owner = this.ownerOf(site.fn);
      const target = this.targetOf(site);
      if (!owner || !target || this.recursion.has(target)) continue;
      const rep = site.repetitions.at(-1);
      if (target === owner && rep?.overCollection) {
        this.recursion.set(owner, { kind: 'recursion', node: site.node, collection: rep.collection, overCollection: true, line: this.line(site.node) });
        continue;
      }
      // The stepping function may be run in place (`(function next(i) { … })(0)`), inside the function that owns its calls.
      const selfCall = target === owner || (target.inline && within(site.node, target.node));
      const list = selfCall && !rep && target.name ? this.steppedList(target) : undefined;
      if (list) this.recursion.set(target, { kind: 'recursion', node: site.node, collection: list, overCollection: true, line: this.line(site.node), stepped: target.name });
    }
  }

  /**
   * The list a self-calling function steps through: its body opens with a stop test on that list's
   * length that returns (`if (!ids.length) return cb(out)`, `if (i >= items.length) return done()`),
   * and takes its items one at a time (`ids.shift()`, `items[i]`). The list is handed in or kept
   * outside the function: one the function reads itself (a page of a listing, `if (!rows.length)
   * return;` then a call for the next page) is paging, not a loop over items.
   */
  private steppedList(fn: FunctionInfo): string | undefined {
    const body = fn.node.body;
    if (body?.type !== 'BlockStatement') return undefined;
    for (const s of body.body.slice(0, 3)) {
      if (s.type !== 'IfStatement') continue;
      const stops = s.consequent.type === 'ReturnStatement' || (s.consequent.type === 'BlockStatement' && s.consequent.body.some((c) => c.type === 'ReturnStatement'));
      const list = stops ? /([\w$]+(?:\.[\w$]+)*)\.length\b/.exec(this.text(s.test as Node))?.[1] : undefined;
      if (!list) continue;
      const root = fn.scope.lookup(list.split('.')[0]);
      if (!root || (root.kind === 'variable' && root.owner === fn)) return undefined;
      const taken = new RegExp(`(?<![\\w$.])${list.replace(/[$.]/g, '\\$&')}\\s*(?:\\.(?:shift|pop|splice)\\(|\\[)`);
      return taken.test(this.text(body as Node)) ? list : undefined;
    }
    return undefined;
  }
}

/** Inserts, which every supported library can send as one statement for many rows. */
const BATCHABLE_WRITE = /(^|\.)(create|insert|insertOne)$/;

export function isBatchableWrite(label: string): boolean {
  return BATCHABLE_WRITE.test(label);
}

/** SQL that works on the schema, not on rows: DDL on a table, index or view, SQLite's `PRAGMA`, and upkeep of one table or index (`REINDEX`, `VACUUM`, `ANALYZE`, `REFRESH MATERIALIZED VIEW`) or its grants. */
const SCHEMA_SQL = /^\s*(?:(?:create|alter|drop|truncate)\s+(?:unique\s+|temp(?:orary)?\s+|materialized\s+|or\s+replace\s+|if\s+(?:not\s+)?exists\s+)*(?:table|index|view|trigger|schema|sequence|type|extension)\b|pragma\b|reindex\b|vacuum\b|analy[sz]e\b|cluster\b|refresh\s+materialized\s+view\b|comment\s+on\b|grant\b|revoke\b)/i;

/**
 * `db.exec(\`DROP INDEX ${id}\`)`, `db.all(\`PRAGMA table_info(${t})\`)`: a statement on one table,
 * index or view. Run once per table of a schema it is no N+1: there is no form that takes them all.
 */
export function schemaStatement(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const first = call.arguments[0] ? unwrapExpression(call.arguments[0] as Node) : undefined;
  const text = first?.type === 'Literal' && typeof first.value === 'string' ? first.value : first?.type === 'TemplateLiteral' ? first.quasis[0]?.value.cooked ?? '' : undefined;
  return text !== undefined && SCHEMA_SQL.test(text);
}

/** Receivers that hold a cache: `cache`, `this.planCache`, `lru`, `memo`, `userCache`. */
export const CACHE_NAME = /cache|lru|memo/i;

/** A flag that asks a caching function to go to the source this once (`skipCache`, `forceRefresh`). */
const CACHE_BYPASS = /(?:skip|bypass|no|ignore|without)_?cache|force_?(?:refresh|reload|fetch)|fresh$/i;

/**
 * `if (skipCache) return prisma.property.findMany();` before the cached read: the query runs when a
 * caller asks to bypass the cache, not on the usual call.
 */
function onCacheBypass(fn: FunctionInfo, site: CallSite): boolean {
  return branchesAbove(fn, site).some(({ test, inElse }) => {
    const name = inElse ? undefined : test.type === 'Identifier' ? test.name : test.type === 'MemberExpression' ? propertyName(test) : undefined;
    return !!name && CACHE_BYPASS.test(name);
  });
}

/**
 * `attrs.override || (attrs.override = await lookup())`, `this.user ??= await load()`,
 * `if (!this.plan) this.plan = await fetchPlan();`: the answer is kept in a field that outlives the
 * call, and the call runs only while it is empty. A local variable kept this way is not a memo
 * (it is empty again on the next call).
 */
function memoisedInPlace(fn: FunctionInfo, site: CallSite, text: (n: Node) => string): boolean {
  const kept = (target: Node) => outlivesCall(fn, site, target);
  let child: Node = site.node;
  for (let p: Node | undefined = site.node.parent; p && p !== fn.node && !isFunctionNode(p); child = p, p = p.parent) {
    if (p.type !== 'AssignmentExpression' || child !== p.right || !kept(p.left as Node)) continue;
    if (p.operator === '??=' || p.operator === '||=') return true;
    if (p.operator !== '=') continue;
    const target = text(p.left as Node);
    let up: Node | undefined = p.parent;
    let inner: Node = p;
    while (up?.type === 'TSAsExpression' || up?.type === 'TSNonNullExpression') [inner, up] = [up, up.parent];
    // `x.y || (x.y = call())`, `x.y ?? (x.y = call())`.
    if (up?.type === 'LogicalExpression' && (up.operator === '||' || up.operator === '??') && up.right === inner && text(unwrapExpression(up.left as Node)) === target) return true;
    // `if (!x.y) x.y = call();`, `if (!x.y) { x.y = call(); }`.
    for (let q: Node | undefined = up; q && q !== fn.node && !isFunctionNode(q); q = q.parent) {
      if (q.type !== 'IfStatement') continue;
      const test = unwrapExpression(q.test as Node);
      const missing = test.type === 'UnaryExpression' && test.operator === '!' ? unwrapExpression(test.argument as Node) : undefined;
      return !!missing && text(missing) === target;
    }
    return false;
  }
  return false;
}

/**
 * Where a memo can live: on `this`, on a module's or a closure's variable, or on an object the function
 * looked up (`const attrs = this.attributesOf(session)`, `const clients = await registeredClients()`);
 * not on a parameter or a loop's item (another object each time), nor on a local made in the call.
 */
function outlivesCall(fn: FunctionInfo, site: CallSite, target: Node, intoMember = target.type === 'MemberExpression'): boolean {
  let t = unwrapExpression(target);
  while (t.type === 'MemberExpression') t = unwrapExpression(t.object as Node);
  if (t.type === 'ThisExpression') return true;
  const b = t.type === 'Identifier' ? site.scope.lookup(t.name) : undefined;
  if (b?.kind !== 'variable') return false;
  if (b.owner !== fn) return true;
  const loop = b.declNode.parent?.parent?.parent;
  let value = singleValue(b);
  if (value?.type === 'AwaitExpression') value = unwrapExpression(value.argument as Node);
  const lookedUp = value?.type === 'CallExpression' || value?.type === 'MemberExpression';
  return lookedUp && loop?.type !== 'ForOfStatement' && loop?.type !== 'ForInStatement' && intoMember;
}

/**
 * `if (!(key in clients)) { const region = await getRegion(key); …; clients[key] = connect(region) }`,
 * `if (!memo.has(id)) memo.set(id, await load(id))`: a memo keyed per item, filled in the branch that
 * found the key missing. The call runs once per key for as long as the memo lives, not once per call.
 */
function filledOnMiss(fn: FunctionInfo, site: CallSite, text: (n: Node) => string, keysOf: KeysOf): boolean {
  let child: Node = site.node;
  for (let p: Node | undefined = site.node.parent; p && p !== fn.node && !isFunctionNode(p); child = p, p = p.parent) {
    if (p.type !== 'IfStatement' || child === p.test) continue;
    const memo = keyedLookup(unwrapExpression(p.test as Node), child === p.consequent)?.memo;
    // Filled by `memo[key] = …` or `memo.set(…)`: into the object, never a new value of the name.
    if (memo && outlivesCall(fn, site, memo, true) && !madeByEnclosingRun(site, memo) && fillsMemo(child, text(memo), text, keysOf)) return true;
  }
  return false;
}

/**
 * `const seen = new Map(); const lookUp = async (id) => { if (!seen.has(id)) seen.set(id, await …) }`:
 * a memo the enclosing function makes afresh on each run spares repeats of a key within that run
 * only; each distinct key still costs a query.
 */
function madeByEnclosingRun(site: CallSite, memo: Node): boolean {
  const root = unwrapExpression(memo);
  const b = root.type === 'Identifier' ? site.scope.lookup(root.name) : undefined;
  if (b?.kind !== 'variable' || !b.owner) return false;
  const made = singleValue(b);
  return made?.type === 'NewExpression' || made?.type === 'ObjectExpression' || made?.type === 'ArrayExpression';
}

/**
 * The memo a test looks a key up in, and the key, when the test is true on a miss (`!(k in m)`,
 * `!m.has(k)`, `!m[k]`, `m.get(k) === undefined`) or, for an `else`, on a hit (`k in m`, `m.has(k)`, `m[k]`).
 */
export function keyedLookup(test: Node, onMiss: boolean): { memo: Node; key: Node } | undefined {
  let t = test;
  let miss = false;
  if (t.type === 'UnaryExpression' && t.operator === '!') [t, miss] = [unwrapExpression(t.argument as Node), true];
  else if (t.type === 'BinaryExpression' && (t.operator === '===' || t.operator === '==') && /^(undefined|null)$/.test(t.right.type === 'Identifier' ? t.right.name : t.right.type === 'Literal' && t.right.value === null ? 'null' : '')) [t, miss] = [unwrapExpression(t.left as Node), true];
  if (miss !== onMiss) return undefined;
  if (t.type === 'BinaryExpression' && t.operator === 'in') return { memo: unwrapExpression(t.right as Node), key: unwrapExpression(t.left as Node) };
  if (t.type === 'MemberExpression' && t.computed) return { memo: unwrapExpression(t.object as Node), key: unwrapExpression(t.property as Node) };
  if (t.type === 'CallExpression' && t.callee.type === 'MemberExpression' && (propertyName(t.callee) === 'has' || propertyName(t.callee) === 'get') && t.arguments.length === 1) {
    return { memo: unwrapExpression(t.callee.object as Node), key: unwrapExpression(t.arguments[0] as Node) };
  }
  return undefined;
}

/** The branch stores into the memo: `memo[key] = …` or `memo.set(key, …)`. */
export function fillsMemo(branch: Node, memo: string, text: (n: Node) => string, keysOf: KeysOf): boolean {
  const stack: Node[] = [branch];
  while (stack.length) {
    const n = stack.pop()!;
    if (isFunctionNode(n)) continue;
    if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression' && n.left.computed && text(unwrapExpression(n.left.object as Node)) === memo) return true;
    if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && propertyName(n.callee) === 'set' && text(unwrapExpression(n.callee.object as Node)) === memo) return true;
    pushChildren(stack, n, keysOf);
  }
  return false;
}

/** The `if` statements of `fn` whose branch holds the call: each one's test, and whether the call is in its `else`. */
function branchesAbove(fn: FunctionInfo, site: CallSite): Array<{ test: Node; inElse: boolean }> {
  const out: Array<{ test: Node; inElse: boolean }> = [];
  let child: Node = site.node;
  for (let p: Node | undefined = site.node.parent; p && p !== fn.node; child = p, p = p.parent) {
    if (p.type === 'IfStatement' && child !== p.test) out.push({ test: unwrapExpression(p.test), inElse: child === p.alternate });
  }
  return out;
}

/** `!hit`, or `!hit` among the terms of an `&&`: the names whose absence the test asks for. */
function missTested(test: Node): TSESTree.Identifier[] {
  if (test.type === 'LogicalExpression' && test.operator === '&&') return [...missTested(unwrapExpression(test.left as Node)), ...missTested(unwrapExpression(test.right as Node))];
  const arg = test.type === 'UnaryExpression' && test.operator === '!' ? unwrapExpression(test.argument as Node) : undefined;
  return arg?.type === 'Identifier' ? [arg] : [];
}

/** `options`, `opts`, `sharedOptions`: the object Bookshelf-style code passes `transacting` in. */
const OPTIONS_OBJECT = /^opts$|options$/i;

/** `commandBus`, `this._commandBus`, `queryBus`: NestJS CQRS's buses, as services name the injected `CommandBus`/`QueryBus`. */
const COMMAND_BUS = /^_?(command|query)Bus$/i;

/**
 * `fn` (or a function around it) is a callback handed to a call that keeps it for later, rather than
 * one that runs it now (`items.forEach(fn)`, `main().then(fn)`, an IIFE) or once, at start-up
 * (`app.listen(port, fn)`, `db.on('connect', fn)`, `process.on('SIGTERM', fn)`).
 */
function heldForLater(fn: FunctionInfo | undefined, textOf: (n: Node) => string): boolean {
  for (let f = fn; f; f = f.parent) {
    const call = f.node.parent;
    if ((call?.type !== 'CallExpression' && call?.type !== 'NewExpression') || call.callee === f.node || !call.arguments.includes(f.node as TSESTree.CallExpressionArgument)) continue;
    const name = calleeName(call) ?? '';
    // `await withLock(async () => …)`: a call awaited at load runs its callback before it resolves.
    if (RUNS_NOW_OR_ONCE.test(name) || call.parent?.type === 'AwaitExpression') continue;
    if (onceEventOf(call, f.node)) continue;
    // `describe(…, () => …)`, `test(…)`: a test file's blocks; `require(…)`-style loaders stay at load.
    if (TEST_BLOCK.test(name) || /^(?:require|define|import)$/.test(textOf(call.callee as Node))) continue;
    return true;
  }
  return false;
}

/** The event of `emitter.on('SIGTERM', fn)` when it is one a process sees once (a boot or shut-down hook). */
function onceEventOf(call: Node, fn: Node): string | undefined {
  if (call.type !== 'CallExpression' || call.arguments[0] === fn) return undefined;
  const name = calleeName(call);
  const event = stringValue(call.arguments[0] as Node);
  return (name === 'on' || name === 'once' || name === 'addListener' || name === 'addEventListener') && event !== undefined && ONCE_EVENT.test(event) ? event : undefined;
}

/**
 * Calls that run their callback now, or once only: array and promise methods, boot and shutdown hooks,
 * a script's runner (`runApp(async () => …)`, `main(…)`), a CLI's command (`program.action(…)`).
 */
const RUNS_NOW_OR_ONCE = /^(?:map|forEach|filter|reduce|reduceRight|some|every|find|findIndex|findLast|flatMap|sort|then|catch|finally|all|allSettled|race|any|call|apply|bind|from|listen|connect|once|ready|setImmediate|setTimeout|nextTick|queueMicrotask|sync|transaction|action|command|run|runApp|runScript|runMain|runCli|main|start|bootstrap|boot|launch|exec|execute|script)$/;
/** Events that fire once in a process's life. */
const ONCE_EVENT = /^(?:ready|connect|connected|open|listening|close|exit|beforeExit|SIG[A-Z]+|uncaughtException|unhandledRejection|error|disconnect|disconnected|end|finish|shutdown|init|started)$/;
const TEST_BLOCK = /^(?:describe|it|test|beforeAll|beforeEach|afterAll|afterEach|before|after|suite)$/;


/**
 * The call is followed, in every block between it and the loop, by a statement that leaves the
 * loop for good (`return`, `throw`, or a `break` of this loop): it runs at most once per pass
 * over the list, not once per item (`if (short) { await adjust(line); return error; }`).
 * A conditional exit after the call (`if (await found(x)) return x`) does not count.
 */
function leavesLoopAfter(call: Node, rep: Repetition): boolean {
  if (!LOOP_STATEMENTS.has(rep.node.type)) return false;
  const chain: Node[] = [call];
  for (let p = call.parent; p && p !== rep.node; p = p.parent) chain.push(p);
  // A callback the call sits in (`await logExecutionTime(async () => repo.markError(id)); return;`,
  // a tracing span's): what follows the outermost one still ends the loop, while a `return` inside
  // a callback only ends the callback.
  let from = 1;
  chain.forEach((n, i) => isFunctionNode(n) && (from = i + 1));
  for (let i = from; i < chain.length; i++) {
    const [child, p] = [chain[i - 1], chain[i]];
    if (p.type === 'ReturnStatement' || p.type === 'ThrowStatement') return true;
    if (p.type !== 'BlockStatement' && p.type !== 'SwitchCase') continue;
    const body = (p.type === 'BlockStatement' ? p.body : p.consequent) as Node[];
    for (const stmt of body.slice(body.indexOf(child) + 1)) {
      if (stmt.type === 'ReturnStatement' || stmt.type === 'ThrowStatement') return true;
      // A `break` inside an inner loop or switch leaves that one, not ours.
      if (stmt.type === 'BreakStatement' && !stmt.label && !hasInnerBreakTarget(p, rep.node)) return true;
    }
  }
  return false;
}

/** A `let`/`const` declared inside the loop's body (or a block in it): one per iteration. */
function declaredFreshInside(b: Binding | undefined, start: number, end: number): boolean {
  if (!b || b.kind !== 'variable') return false;
  let d: Node | undefined = b.declNode;
  while (d && d.type !== 'VariableDeclaration') d = d.parent;
  if (d?.type !== 'VariableDeclaration' || d.kind === 'var') return false;
  const [s, e] = rangeOf(d);
  return s >= start && e <= end;
}

/**
 * `claims.map((claim) => { switch (claim) { case 'roles': return findUserRoles(id); … } })`: the
 * item itself picks a `case` written out in the code, so each case's call runs once per kind of
 * item (a vocabulary: claim names, field kinds), not once per data item.
 */
function inCaseOfItem(call: Node, rep: Repetition): boolean {
  let item: string | undefined;
  const bodyEnd = (p: Node) => (rep.kind === 'callback' ? isFunctionNode(p) : p === rep.node);
  for (let p: Node | undefined = call.parent; p; p = p.parent) {
    if (bodyEnd(p)) {
      if (isFunctionNode(p)) item = p.params[0]?.type === 'Identifier' ? p.params[0].name : undefined;
      else if (p.type === 'ForOfStatement' || p.type === 'ForInStatement') {
        const left = p.left;
        item = left.type === 'VariableDeclaration' && left.declarations[0]?.id.type === 'Identifier' ? left.declarations[0].id.name : left.type === 'Identifier' ? left.name : undefined;
      }
      break;
    }
    if (isFunctionNode(p) && rep.kind !== 'callback') return false;
  }
  if (!item) return false;
  for (let p: Node | undefined = call.parent; p && !bodyEnd(p); p = p.parent) {
    if (p.type !== 'SwitchCase' || !p.test || (p.test.type !== 'Literal' && p.test.type !== 'MemberExpression')) continue;
    const d = unwrapExpression((p.parent as TSESTree.SwitchStatement).discriminant as Node);
    if (d.type === 'Identifier' && d.name === item) return true;
  }
  return false;
}

/** A loop or switch between `node` and the loop `outer` (exclusive), which an unlabelled `break` would leave instead. */
function hasInnerBreakTarget(node: Node, outer: Node): boolean {
  for (let p: Node | undefined = node; p && p !== outer; p = p.parent) {
    if (LOOP_STATEMENTS.has(p.type) || p.type === 'SwitchStatement') return true;
  }
  return false;
}

/** Hot if any caller is; cold if every caller is (and there is one); otherwise unknown. */
export function combineReaches(reaches: ReadonlyArray<Reach | undefined>, via: string | undefined): Reach | undefined {
  let cold: Reach | undefined;
  for (const r of reaches) {
    if (r?.kind === 'hot') return via ? { ...r, via: [...r.via, via] } : r;
    if (!r) return undefined;
    cold ??= r;
  }
  return cold;
}

/** Once-only code that may still run a worker's loop (`worker.ts --loop`): a command-line tool or a script. */
const MAY_POLL: ReadonlySet<FileKind> = new Set(['cli', 'script']);

/** Methods some library sends a query with, by name (`findMany`, `$queryRaw`, `hgetall`): the calls on a parameter worth keeping in a summary. */
const QUERY_METHOD_NAMES = new Set(libraryTables.flatMap((t) => t.queryMethods ?? []));

/** Methods that hand out a batch (`redis.pipeline()`, `collection.initializeUnorderedBulkOp()`), of any library. */
const BATCH_METHODS = new Set(libraryTables.flatMap((t) => t.batchMethods ?? []));

function madeByBatchMethod(value: Node): boolean {
  const v = unwrapExpression(value);
  return v.type === 'CallExpression' && BATCH_METHODS.has(calleeName(v) ?? '');
}

function isStartupMethod(fn: FunctionInfo | undefined): boolean {
  return !!fn && (fn.methodKind === 'constructor' || NEST_LIFECYCLE_METHODS.has(fn.name ?? ''));
}

function declaredNames(init: Node | null | undefined): Set<string> | undefined {
  if (init?.type !== 'VariableDeclaration') return undefined;
  const names = new Set<string>();
  for (const d of init.declarations) if (d.id.type === 'Identifier') names.add(d.id.name);
  return names;
}

/**
 * The loop around `node` (up to its function, through inline callbacks) that runs until the process
 * stops: `while (true)`, `for (;;)`, `while (!this.stopped)`, with no `break` or `return` of its own
 * (a retry or a drain loop ends; a worker's poll loop does not).
 */
function endlessLoopAround(node: Node, owner: Node | undefined): Node | undefined {
  // Functions crossed on the way up are inline callbacks: the owner is the nearest one that is not.
  for (let n: Node | undefined = node; n?.parent && n !== owner; n = n.parent) {
    const loop: Node = n.parent;
    if ((loop.type === 'WhileStatement' || loop.type === 'DoWhileStatement' || loop.type === 'ForStatement') && loop.body === n && runsForever(loop.test as Node | null) && !containsExit(n, true)) return loop;
  }
  return undefined;
}

/** `true`, `1`, no test at all, or a flag that only a shutdown clears (`!this.stopped`, `running`). */
function runsForever(test: Node | null): boolean {
  if (!test) return true;
  if (test.type === 'Literal') return !!test.value;
  const flag = test.type === 'UnaryExpression' && test.operator === '!' ? (test.argument as Node) : test;
  const name = flag.type === 'Identifier' ? flag.name : flag.type === 'MemberExpression' && !flag.computed && flag.property.type === 'Identifier' ? flag.property.name : undefined;
  return !!name && (flag === test ? RUNNING_FLAG : STOP_FLAG).test(name);
}
const RUNNING_FLAG = /^(is)?(running|active|alive|polling|listening|started)$|^keep(Running|Going|Polling)$/i;
const STOP_FLAG = /^(is)?(stop+(ed|ing)?|shut(ting)?(Down)?|shutdown(Requested)?|abort(ed)?|cancel+(ed)?|closed|closing|terminated|exiting|halted|destroyed|disposed)$/i;

/**
 * Retry loops return or break from inside a `try` once the call succeeds; search loops break on
 * the first hit. Either way the next iteration only runs because of this one's result.
 */
function isRetryOrSearch(call: Node, loop: Node, keysOf: KeysOf, overQueryRows: () => boolean): boolean {
  for (let n: Node | undefined = call; n && n !== loop; n = n.parent) {
    const p: Node | undefined = n.parent;
    if (p?.type === 'TryStatement' && p.block === n && containsExit(p.block, true)) return true;
  }
  const body = (loop as { body?: Node }).body;
  if (!body) return false;
  // `if (doc == null) break;` after taking the next item: the end of the items, not a hit.
  const endOfItems = endOfItemsCheck(loop);
  if (endOfItems && body.type === 'BlockStatement' ? body.body.some((st) => st !== endOfItems && containsExit(st, false)) : containsExit(body, false)) return true;
  // `const hit = await get(k); if (hit) return hit;`: the loop stops at the first result it likes.
  // Over rows a query returned, it still sends one query per row until then (all of them when
  // nothing matches): that is not a search over a few candidates.
  const result = resultName(call);
  return !!result && exitsOnResult(body, result, keysOf) && !overQueryRows();
}

/** The variable a call's (awaited) result is stored in. */
function resultName(call: Node): string | undefined {
  let n: Node = call;
  while (n.parent && (n.parent.type === 'AwaitExpression' || n.parent.type === 'TSAsExpression' || n.parent.type === 'TSNonNullExpression' || (n.parent.type === 'MemberExpression' && n.parent.object === n) || (n.parent.type === 'CallExpression' && n.parent.callee === n))) n = n.parent;
  const p = n.parent;
  if (p?.type === 'VariableDeclarator' && p.id.type === 'Identifier') return p.id.name;
  if (p?.type === 'AssignmentExpression' && p.left.type === 'Identifier') return p.left.name;
  return undefined;
}

/** Per loop body and name: every call in a loop asks about the same body (quadratic without it). */
const exitsOnResultMemo = new WeakMap<Node, Map<string, boolean>>();

function exitsOnResult(body: Node, name: string, keysOf: KeysOf): boolean {
  let memo = exitsOnResultMemo.get(body);
  if (!memo) exitsOnResultMemo.set(body, (memo = new Map()));
  let known = memo.get(name);
  if (known === undefined) memo.set(name, (known = findExitOnResult(body, name, keysOf)));
  return known;
}

function findExitOnResult(body: Node, name: string, keysOf: KeysOf): boolean {
  const stack: Node[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression') continue;
    if (n.type === 'IfStatement' && referencedNames(n.test, keysOf).has(name) && containsExit(n.consequent, true) && !onlyFailsOut(n.consequent)) return true;
    pushChildren(stack, n, keysOf);
  }
  return false;
}

/**
 * `if (E.isLeft(result)) return E.left(result.left)`, `if (error) throw error`: the loop gives up on
 * a failure, which every item may reach; a search stops on what it was looking for.
 */
function onlyFailsOut(node: Node): boolean {
  // The block's last statement is the exit (a log line may come first).
  const s = node.type === 'BlockStatement' ? node.body.at(-1) : node;
  if (!s) return false;
  if (s.type === 'ThrowStatement') return true;
  if (s.type !== 'ReturnStatement' || !s.argument) return false;
  const arg = unwrapExpression(s.argument as Node);
  if (errorResponse(arg) || errorObject(arg)) return true;
  if (arg.type === 'NewExpression') return /Error$|Exception$/.test(calleeName(arg) ?? '');
  return arg.type === 'CallExpression' && FAILURE_VALUE.test(calleeName(arg) ?? '');
}

/**
 * `Response.json({ message }, { status: 404 })`, `res.status(400).json(…)`, `reply.code(422).send()`:
 * a handler answering with an error, which a request about any item may get. Not a search result.
 */
function errorResponse(n: Node, depth = 0): boolean {
  if (depth > 4) return false;
  if (n.type === 'CallExpression' || n.type === 'NewExpression') {
    const callee = unwrapExpression(n.callee as Node);
    const code = n.arguments[0] && unwrapExpression(n.arguments[0] as Node);
    if (callee.type === 'MemberExpression' && ERROR_STATUS_METHODS.has(propertyName(callee) ?? '') && isErrorStatus(code)) return true;
    if (callee.type === 'MemberExpression' && errorResponse(unwrapExpression(callee.object as Node), depth + 1)) return true;
    return n.arguments.some((a) => {
      const o = unwrapExpression(a as Node);
      return o.type === 'ObjectExpression' && o.properties.some((p) => p.type === 'Property' && /^(status|statusCode)$/.test(keyName(p) ?? '') && isErrorStatus(unwrapExpression(p.value as Node)));
    });
  }
  return false;
}
/** `{ response: 'Collection is not accessible.', status: 401 }`, `{ error: 'not found' }`: a failure handed back as a value. */
function errorObject(n: Node): boolean {
  return n.type === 'ObjectExpression' && n.properties.some((p) => p.type === 'Property' && ((/^(status|statusCode)$/.test(keyName(p) ?? '') && isErrorStatus(unwrapExpression(p.value as Node))) || /^(error|errors)$/.test(keyName(p) ?? '')));
}
const ERROR_STATUS_METHODS = new Set(['status', 'code', 'sendStatus']);
function isErrorStatus(n: Node | undefined): boolean {
  return n?.type === 'Literal' && typeof n.value === 'number' && n.value >= 400;
}
/** `E.left(…)`, `err(…)`, `Result.fail(…)`, `Promise.reject(…)`, `failure(…)`. */
const FAILURE_VALUE = /^(left|err|error|fail|failure|reject|abort|throwError)$/i;
/** By node: the calls of one loop or `try` block all ask about the same subtree. */
const exitMemo = [new WeakMap<Node, boolean>(), new WeakMap<Node, boolean>()];

function containsExit(node: Node, includeReturn: boolean): boolean {
  const memo = exitMemo[includeReturn ? 1 : 0];
  let known = memo.get(node);
  if (known === undefined) memo.set(node, (known = findExit(node, includeReturn)));
  return known;
}

function findExit(node: Node, includeReturn: boolean): boolean {
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'BreakStatement' && !n.label) return true;
    if (includeReturn && n.type === 'ReturnStatement') return true;
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression') continue;
    // A nested loop or switch owns its own `break`.
    if (n !== node && (n.type === 'ForStatement' || n.type === 'ForOfStatement' || n.type === 'ForInStatement' || n.type === 'WhileStatement' || n.type === 'DoWhileStatement' || n.type === 'SwitchStatement')) continue;
    for (const key in n) {
      if (key === 'parent' || key === 'loc' || key === 'range') continue;
      const v = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof (c as Node).type === 'string') stack.push(c as Node);
      } else if (v && typeof (v as Node).type === 'string') stack.push(v as Node);
    }
  }
  return false;
}

function relativize(filename: string, cwd: string | undefined): string {
  const f = filename.replace(/\\/g, '/');
  const base = (cwd ?? (typeof process !== 'undefined' && typeof process.cwd === 'function' ? process.cwd() : '')).replace(/\\/g, '/');
  if (base && f.startsWith(base.endsWith('/') ? base : `${base}/`)) return f.slice(base.length + (base.endsWith('/') ? 0 : 1));
  return f;
}

const cache = new WeakMap<object, Map<string, FileAnalysis>>();

/** The shared analysis of a file; rules call this, the first call pays. */
export function analyzeFile(file: SourceFile, options: AnalysisOptions = {}): FileAnalysis {
  let perAst = cache.get(file.ast);
  if (!perAst) {
    perAst = new Map();
    cache.set(file.ast, perAst);
  }
  const key = optionsKey(options);
  let a = perAst.get(key);
  if (!a) {
    a = new FileAnalysis(file, options);
    perAst.set(key, a);
  }
  return a;
}


/** `migration.add('fix-ranks', async () => …)`, `migrations.add(…)`, `addMigration(…)`, `registerMigration(…)`. */
const MIGRATION_REGISTRATION = /(^|\.)(migrations?\.add|addMigration|registerMigration)$/;

/**
 * The registration call `fn` (or an inline function around it) is handed to when that call registers
 * a migration: the framework runs it once, when the database is migrated.
 */
function registeredMigration(fn: FunctionInfo | undefined, textOf: (n: Node) => string): string | undefined {
  for (let f = fn; f; f = f.parent) {
    const p = f.node.parent;
    if (p?.type === 'CallExpression' && p.arguments.includes(f.node as TSESTree.CallExpressionArgument)) {
      const callee = textOf(p.callee as Node);
      if (MIGRATION_REGISTRATION.test(callee)) return callee;
    }
    if (!f.inline) break;
  }
  return undefined;
}

/** A parameter declared without a type, or as `any`: nothing but its callers says what it holds. */
function untypedParameter(b: Binding): boolean {
  const t = b.paramIndex !== undefined ? b.typeAnnotation : b.memberType;
  return !t || t.type === 'TSAnyKeyword' || t.type === 'TSUnknownKeyword';
}

