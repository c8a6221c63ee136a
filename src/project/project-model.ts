import { createHash } from 'node:crypto';
import { dirname, join, relative, sep } from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import { FileAnalysis } from '../analysis/file-analysis';
import { asHandedValue } from '../analysis/origins';
import { argumentAt, identifierPattern, keyName, rangeOf, unwrapExpression, type Node } from '../analysis/ast';
import type { ClassInfo, FunctionInfo } from '../analysis/model';
import type { Scope } from '../analysis/scope';
import { singleValue } from '../analysis/scope';
import { classifyFile } from '../analysis/file-context';
import { libraryForModule, ownModuleLookingGenerated } from '../analysis/libraries';
import { meteorCollectionGlobals } from '../analysis/libraries/meteor';
import type { AnalysisOptions } from '../analysis/options';
import { combineReaches } from '../analysis/file-analysis';
import type { EffectSummary, ExportSummary, ProjectView, Reach } from '../analysis/project-view';
import { DISTINCTIVE_METHOD, ImporterIndex, OWN_FUNCTION_NAME } from './importers';
import type { ProjectFiles } from './files';
import { parseOptions, type NativeParts } from './native';
import type { ModuleResolver } from './resolver';
import { exportTable, summarizeAugmentation, functionEffectAt, methodEffect, summarizeExport, type ExportTable, type ModuleSummary, type ReExport } from './summarize';

/**
 * How many summaries may be in the making at once (a helper that calls a repository that calls
 * the client is three). Past it the answer is "unknown", which the rules treat as harmless.
 */
const MAX_DEPTH = 8;
/** Full analyses of other modules kept in memory (each holds its AST); others are parsed again when needed. */
const MAX_ANALYSES = 128;

interface ModuleRecord {
  text: string;
  hash: string;
  table: ExportTable;
}

/**
 * The project model: what each module exports, found by a cheap parse of the module and cached
 * by path and content hash, and one summary per export, made on demand and cached by the
 * module's content hash: asking for one function follows only what that function calls. Lookups
 * follow imports, re-exports, barrels and `export *`.
 *
 * Answers do not depend on which questions came before: a summary that hit a cycle or the depth
 * limit while it was being made is partial and is not kept, so the next question makes it again.
 * ESLint with `--concurrency`, oxlint and the editor, each building its own model from the same
 * files, see the same summaries.
 */
/** Packages whose rows query by themselves (`row.save()`, `row.update({ … })`), by library table id. */
const ROW_ORM_PACKAGES: Record<string, string> = { sequelize: 'sequelize', 'sequelize-typescript': 'sequelize', '@sequelize/core': 'sequelize', mongoose: 'mongoose', '@typegoose/typegoose': 'mongoose' };

/** Packages of platforms that run each request in a function instance of its own (Vercel, Netlify, AWS Lambda, Cloudflare Workers). */
const FUNCTION_PLATFORM_PACKAGES = /^(@vercel\/(functions|node)|@netlify\/functions|@types\/aws-lambda|aws-lambda|@aws-lambda-powertools\/.+|serverless|sst|@cloudflare\/workers-types|wrangler)$/;
/** Their deployment files, beside the app or above it. */
const FUNCTION_PLATFORM_CONFIGS = ['vercel.json', 'netlify.toml', 'serverless.yml', 'serverless.yaml', 'wrangler.toml', 'wrangler.json', 'wrangler.jsonc', 'sst.config.ts'];

/** Drivers of an SQLite file the process opens itself. */
const SQLITE_DRIVERS = new Set(['sqlite3', 'better-sqlite3', 'sqlite', '@journeyapps/sqlcipher', '@vscode/sqlite3']);
/** Drivers of a database server (or a hosted one reached over the network). */
const SQL_SERVER_DRIVERS = new Set(['pg', 'pg-native', 'postgres', 'mysql', 'mysql2', 'mariadb', 'tedious', 'oracledb', 'ibm_db', '@neondatabase/serverless', '@planetscale/database', '@libsql/client', '@vercel/postgres']);

function parsePackageJson(text: string): { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; peerDependencies?: Record<string, string> } | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as ReturnType<typeof parsePackageJson>) : undefined;
  } catch {
    return undefined;
  }
}

/** Package manifests above a folder, nearest first, and the union of their dependencies. */
/** A cross-file answer, with the stamps of what it read and the importer index's generation it was worked out in. */
interface Remembered<T> {
  value: T;
  deps: ReadonlyMap<string, string>;
  generation: number;
}

/** The prefix of a glanced file's stamp; module hashes are hex and never start with it. */
const GLANCE = 'glance:';

type Manifests = Array<{ dir: string; deps: ReadonlySet<string> }> & { all: Set<string> };

export class ProjectModel implements ProjectView {
  private readonly modules = new Map<string, ModuleRecord | null>();
  /**
   * Summaries by module content hash and name, each with the modules it read on the way and their
   * hashes: a summary is reused only while all of them are unchanged (a helper's summary embeds what
   * the repository it calls does).
   */
  private readonly exportsByHash = new Map<string, { value: ExportSummary | ReExport | EffectSummary | null; deps: ReadonlyMap<string, string> }>();
  /** Modules read by the summaries in the making, innermost last. */
  private readonly reading: Array<Map<string, string>> = [];
  private readonly analyses = new Map<string, { text: string; analysis: FileAnalysis | undefined }>();
  private readonly making: string[] = [];
  private truncated = false;
  /** Files whose summaries answered a question since `record()` started (the editor's dependency list). */
  private recorded: Set<string> | undefined;
  /** Counters for the benchmark and the output log. */
  readonly stats = { modules: 0, exports: 0, parses: 0, parseErrors: 0, callerFiles: 0 };
  readonly importers: ImporterIndex;
  /** Answers worked out from callers in other modules, kept while those modules and the import edges stay as they were (see `recall`). */
  private readonly reaches = new Map<string, Remembered<Reach | 'no-callers' | null>>();
  private readonly handed = new Map<string, Remembered<Extract<ExportSummary, { kind: 'client' | 'instance' }> | null>>();

  constructor(
    readonly root: string,
    private readonly files: ProjectFiles,
    private readonly resolver: ModuleResolver,
    private readonly native: Pick<NativeParts, 'parseSync'> & { visitorKeys?: Record<string, readonly string[]> },
    private readonly options: AnalysisOptions = {},
  ) {
    this.importers = new ImporterIndex(root, resolver);
  }

  listedGraphqlTypes(): ReadonlySet<string> | undefined {
    const listed = this.importers.listedTypes();
    return this.importers.gaveUp || !listed.size ? undefined : listed;
  }

  registryModel(name: string): string | undefined {
    if (!/^\w+$/.test(name)) return undefined;
    // Which files exist is the index's to say: a rebuild or an edit may have added one.
    if (this.registryGeneration !== this.importers.generation) {
      this.registryModels.clear();
      this.registryGeneration = this.importers.generation;
    }
    let known = this.registryModels.get(name);
    if (known === undefined) {
      // `models/pages.js`, else `models/MetricAnalysisModel.ts` or `models/user.model.ts` for `metricAnalysis`, `user`.
      const exact = new RegExp(`[\\\\/]models[\\\\/]${name}\\.[cm]?[jt]s$`, 'i');
      const suffixed = new RegExp(`[\\\\/]models[\\\\/]${name}[._-]?model\\.[cm]?[jt]s$`, 'i');
      const files = [...this.importers.files()];
      let found = files.filter((f) => exact.test(f));
      if (!found.length) found = files.filter((f) => suffixed.test(f));
      known = found.length === 1 ? found[0] : null;
      this.registryModels.set(name, known);
    }
    return known ?? undefined;
  }
  private readonly registryModels = new Map<string, string | null>();
  private registryGeneration = -1;

  globalCollection(name: string): boolean {
    const version = this.files.version ?? 0;
    if (!this.meteorGlobals || this.meteorGlobals.version !== version) {
      // Only Meteor apps have them, and only they pay for reading every module once.
      const names = new Set<string>();
      if (this.files.read(join(this.root, '.meteor', 'release')) !== undefined) {
        for (const f of this.importers.files()) for (const n of meteorCollectionGlobals(this.files.read(f) ?? '')) names.add(n);
      }
      this.meteorGlobals = { version, names };
    }
    return this.meteorGlobals.names.has(name);
  }
  private meteorGlobals: { version: number; names: Set<string> } | undefined;

  sailsModel(file: string, name: string): boolean {
    const app = this.sailsAppOf(file);
    return !!app && (this.files.read(join(app, 'api', 'models', `${name}.js`)) !== undefined || this.files.read(join(app, 'api', 'models', `${name}.ts`)) !== undefined);
  }

  sailsHelper(file: string, path: readonly string[]): Extract<ExportSummary, { kind: 'function' }> | undefined {
    const app = this.sailsAppOf(file);
    if (!app) return undefined;
    const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const target = `${join(app, 'api', 'helpers', ...path.map(kebab))}.js`;
    if (this.files.read(target) === undefined) return undefined;
    const helper = this.exportOf(target, 'default');
    const fn = helper?.kind === 'object' ? helper.members.fn : undefined;
    return fn?.kind === 'function' ? fn : undefined;
  }

  /** The folder of the Sails app `file` belongs to: the nearest one above it with a package.json, when that one depends on `sails`. */
  private sailsAppOf(file: string): string | undefined {
    const nearest = this.manifestsAround(file)[0];
    return nearest?.deps.has('sails') ? nearest.dir : undefined;
  }

  rowLibraryOf(file: string): string | undefined {
    const found = new Set<string>();
    for (const name of this.packagesAround(file)) {
      const id = ROW_ORM_PACKAGES[name];
      if (id) found.add(id);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  sqliteOnly(file: string): boolean {
    const deps = this.packagesAround(file);
    return [...deps].some((d) => SQLITE_DRIVERS.has(d)) && ![...deps].some((d) => SQL_SERVER_DRIVERS.has(d));
  }

  dependsOn(file: string, name: string): boolean {
    return this.packagesAround(file).has(name);
  }

  deployedAsFunctions(file: string): boolean {
    const dir = dirname(file);
    const version = this.files.version;
    const cached = this.functionDeploys.get(dir);
    if (cached && cached.version === version) return cached.value;
    let value = [...this.packagesAround(file)].some((d) => FUNCTION_PLATFORM_PACKAGES.test(d));
    for (let d = dir; !value; d = dirname(d)) {
      value = FUNCTION_PLATFORM_CONFIGS.some((name) => this.files.read(join(d, name)) !== undefined);
      if (d === this.root || dirname(d) === d || !d.startsWith(this.root)) break;
    }
    this.functionDeploys.set(dir, { version, value });
    return value;
  }
  private readonly functionDeploys = new Map<string, { version: number | undefined; value: boolean }>();

  signatureEffect(file: string, name: string): EffectSummary | undefined {
    // Within one pass over the files (one linted file, one editor request) the answer cannot change.
    const key = `${file}\0${name}`;
    const version = this.files.version;
    const known = this.signatureEffects.get(key);
    if (known && known.version === version) return known.value;
    // An implementation that calls a value of its own type: cut short, like a cycle of summaries,
    // so that nothing asked on the way is kept with the answer missing.
    if (this.signaturesAsked.has(key)) {
      this.truncated = true;
      return undefined;
    }
    const outerTruncated = this.truncated;
    this.truncated = false;
    this.signaturesAsked.add(key);
    let value: EffectSummary | undefined;
    try {
      value = this.implementationOf(file, name);
    } finally {
      this.signaturesAsked.delete(key);
    }
    const partial = this.truncated;
    this.truncated = outerTruncated || partial;
    if (!partial) this.signatureEffects.set(key, { version, value });
    return value;
  }
  private readonly signatureEffects = new Map<string, { version: number | undefined; value: EffectSummary | undefined }>();
  private readonly signaturesAsked = new Set<string>();

  private implementationOf(file: string, name: string): EffectSummary | undefined {
    let found: EffectSummary | undefined;
    // `): GetStream =>` or `: GetStream =`: the modules that could implement it, before any is parsed.
    const declares = new RegExp(`[):]\\s*${name.replace(/[$]/g, '\\$&')}\\s*(=>|=[^=>])`);
    for (const importer of this.importers.importersOf(file)) {
      const text = this.files.read(importer);
      if (!text || !declares.test(text)) continue;
      const a = this.analysisOf(importer);
      // Test doubles implement the type too, and never query.
      if (!a || a.fileKind !== 'runtime') continue;
      const isTheType = (type: TSESTree.TypeNode | undefined): boolean => {
        if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return false;
        const b = a.collected.moduleScope.lookup(type.typeName.name);
        return b?.kind === 'import' && b.importFrom?.imported === name && this.resolver.resolve(importer, b.importFrom.module) === file;
      };
      for (const f of a.collected.functions) {
        if (!f.exported || !f.name) continue;
        const declarator = f.node.parent?.type === 'VariableDeclarator' ? f.node.parent : undefined;
        const summary = () => this.exportOf(importer, f.name!);
        // `export const getStreamFactory = (deps): GetStream => async (…) => …`: the function the factory makes.
        if (isTheType(f.node.returnType?.typeAnnotation)) {
          const made = summary();
          found = made?.kind === 'function' && made.returns?.kind === 'function' ? made.returns.effect : undefined;
        } else if (declarator?.id.type === 'Identifier' && isTheType(declarator.id.typeAnnotation?.typeAnnotation)) {
          // `export const getStream: GetStream = async (…) => …`: the function itself.
          const own = summary();
          found = own?.kind === 'function' ? own.effect : undefined;
        }
        if (found) break;
      }
      if (found) break;
    }
    return found;
  }

  /** The dependencies of the `package.json` files from `file`'s folder up to the project root. */
  private packagesAround(file: string): ReadonlySet<string> {
    return this.manifestsAround(file).all;
  }

  /**
   * The package.json files from the file's folder up to the root, nearest first, each with its
   * dependencies, and all of them together; cached per folder.
   */
  private manifestsAround(file: string): Manifests {
    const dir = dirname(file);
    // Asked again after a new pass over the files: the editor may have changed a package.json.
    const version = this.files.version;
    const cached = this.manifests.get(dir);
    if (cached && cached.version === version) return cached.value;
    const value: Manifests = Object.assign([], { all: new Set<string>() });
    for (let d = dir; ; d = dirname(d)) {
      const text = this.files.read(join(d, 'package.json'));
      const pkg = text ? parsePackageJson(text) : undefined;
      if (pkg) {
        const deps = new Set<string>();
        for (const group of [pkg.dependencies, pkg.devDependencies, pkg.peerDependencies]) for (const name of Object.keys(group ?? {})) deps.add(name);
        value.push({ dir: d, deps });
        for (const name of deps) value.all.add(name);
      }
      if (d === this.root || dirname(d) === d || !d.startsWith(this.root)) break;
    }
    this.manifests.set(dir, { version, value });
    return value;
  }
  private readonly manifests = new Map<string, { version: number | undefined; value: Manifests }>();

  relative(file: string): string {
    return relative(this.root, file).split(sep).join('/');
  }

  importedExport(fromFile: string, specifier: string, imported: string): ExportSummary | undefined {
    if (libraryForModule(specifier) && !ownModuleLookingGenerated(specifier, imported)) return undefined;
    const target = this.resolver.resolve(fromFile, specifier);
    return target ? this.exportOf(target, imported) : undefined;
  }

  /**
   * `fromLibraries`: a name no project module holds may be taken from a library a module passes on whole
   * (`export * from 'drizzle-orm'`). Off while the stars of a barrel are searched for the project's own
   * modules first: a sibling module (`export * from './services'`) holds the name before a library does.
   */
  exportOf(file: string, name: string, seen = new Set<string>(), fromLibraries = true): ExportSummary | undefined {
    const key = `${file}\0${name}${fromLibraries ? '' : '\0own'}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const mod = this.moduleOf(file);
    if (!mod) return undefined;
    if (name === '*') return { kind: 'namespace', file };
    const entry = mod.table.names[name];
    const found = entry?.kind === 'local' ? this.localExport(file, mod, name) : entry;
    if (found?.kind === 'reexport') {
      if (libraryForModule(found.specifier) && !ownModuleLookingGenerated(found.specifier, found.name)) return { kind: 'library', specifier: found.specifier, name: found.name };
      const target = this.resolver.resolve(file, found.specifier);
      if (!target) return undefined;
      return found.name === '*' ? { kind: 'namespace', file: target } : this.exportOf(target, found.name, seen);
    }
    if (found || entry) return found;
    // `export *`: only modules that mention the name (or pass on a star themselves) can hold it.
    const word = identifierPattern(name);
    for (const pass of fromLibraries ? [false, true] : [false]) {
      for (const star of mod.table.stars) {
        const target = this.resolver.resolve(file, star);
        const text = target && this.files.read(target);
        if (!text || (!word.test(text) && !STAR.test(text))) continue;
        const hit = this.exportOf(target, name, seen, pass);
        if (hit) return hit;
      }
    }
    // Not in the project's own modules: then from a library the module passes on whole
    // (`export * from 'drizzle-orm'` beside `export const db = drizzle(pool)`): `eq`, `and`, `sql`
    // are that library's exports, not the module's database handle.
    const libraryStar = fromLibraries ? mod.table.stars.find((star) => libraryForModule(star) && !ownModuleLookingGenerated(star, name)) : undefined;
    if (libraryStar) return { kind: 'library', specifier: libraryStar, name };
    // Added by a module this one hands its exports to: `require('./auth')(User)`.
    for (const spec of mod.table.augmenters ?? []) {
      const target = this.resolver.resolve(file, spec);
      const augmenter = target && this.moduleOf(target);
      if (!augmenter) continue;
      const hit = this.summarize(target, `${augmenter.hash}#augments#${name}`, (a) => summarizeAugmentation(a, name, (f) => this.lazyEffect(target, augmenter.hash, f)));
      if (hit && hit.kind !== 'reexport') return hit;
    }
    // `require('./esm-module')` or a default import of a module without one: its namespace.
    return name === 'default' ? { kind: 'namespace', file } : undefined;
  }

  /** Every export of a module summarised, or undefined when it cannot be read (tests, digests). */
  summaryOf(file: string): ModuleSummary | undefined {
    const mod = this.moduleOf(file);
    if (!mod) return undefined;
    const exports: ModuleSummary['exports'] = {};
    for (const [name, entry] of Object.entries(mod.table.names)) {
      const s = entry.kind === 'local' ? this.localExport(file, mod, name) : entry;
      if (s) exports[name] = s;
    }
    return { exports, stars: mod.table.stars };
  }

  /** The export table of a module (no summaries yet), by path and content. */
  private moduleOf(file: string): ModuleRecord | undefined {
    const mod = this.readModule(file);
    this.noteRead(file, mod?.hash ?? '');
    return mod;
  }

  private noteRead(file: string, hash: string) {
    this.recorded?.add(file);
    this.reading.at(-1)?.set(file, hash);
  }

  /**
   * Every module read on the way still reads the same: by content hash for a summary's reads; by
   * the importer index's count of the texts the editor handed it (`glanceStamp`) for the reads of
   * an answer from callers, and for importers only searched for a name.
   */
  private stillReads(deps: ReadonlyMap<string, string>): boolean {
    for (const [f, h] of deps) {
      const now = h.startsWith(GLANCE) ? this.glanceStamp(f) : (this.readModule(f)?.hash ?? '');
      if (now !== h) return false;
    }
    return true;
  }

  /**
   * An importer whose text was searched for a caller's name, not parsed. Its stamp is not its text:
   * a text changes under a running model only in the editor, which hands the index each request's
   * open buffers (`ImporterIndex.noteTexts`); the index counts those texts per file. A file changed
   * on the disk behind the editor's back is seen when the index is rebuilt (`MAX_AGE_MS`).
   */
  private glance(file: string): string | undefined {
    this.noteRead(file, this.glanceStamp(file));
    return this.files.read(file);
  }

  private glanceStamp(file: string): string {
    return GLANCE + this.importers.textVersion(file);
  }

  /**
   * A cross-file answer kept from earlier; otherwise why it must be worked out again ('moved': the
   * import edges moved; 'changed': a file read to reach it now reads differently; undefined: never
   * asked). The editor's buffers change both; an ESLint run never does. A kept answer's reads count
   * as reads of whoever asked.
   */
  private recall<T>(cache: Map<string, Remembered<T>>, key: string): { value: T } | 'moved' | 'changed' | undefined {
    const known = cache.get(key);
    if (!known) return undefined;
    if (known.generation !== this.importers.generation || !this.stillReads(known.deps)) {
      cache.delete(key);
      // An edge moved: callers' analyses may hold answers resolved along the old edges. Only a
      // caller's text changed: that caller is analysed afresh, the others' answers still hold.
      return known.generation !== this.importers.generation ? 'moved' : 'changed';
    }
    for (const [f, h] of known.deps) this.noteRead(f, h);
    return known;
  }

  /** Works an answer out, recording what it read; `keep` says whether it may be kept (a cut cycle's answer may not). */
  private remember<T>(cache: Map<string, Remembered<T>>, key: string, cycle: T, work: () => { value: T; keep: boolean }): T {
    const generation = this.importers.generation;
    cache.set(key, { value: cycle, deps: new Map(), generation });
    const deps = new Map<string, string>();
    this.reading.push(deps);
    let result: { value: T; keep: boolean };
    try {
      result = work();
    } finally {
      this.reading.pop();
    }
    // Kept against the index's count of the texts the editor handed it, not against file contents:
    // answers from callers are asked for every function of every file, and checking each caller's
    // content (a `stat` per file per linted file) cost an ESLint run a tenth of its time.
    const stamps = new Map<string, string>();
    for (const f of deps.keys()) stamps.set(f, this.glanceStamp(f));
    for (const [f, h] of stamps) this.noteRead(f, h);
    if (result.keep) cache.set(key, { value: result.value, deps: stamps, generation });
    else cache.delete(key);
    return result.value;
  }

  /** A caller's analysis; when the answer is asked again because an edge moved, without what it memoised from other modules. */
  private callerAnalysis(file: string, stale: boolean): FileAnalysis | undefined {
    this.glance(file);
    const a = this.analysisOf(file);
    if (stale) a?.forgetProjectAnswers();
    return a;
  }

  private readModule(file: string): ModuleRecord | undefined {
    const text = this.files.read(file);
    if (text === undefined) return undefined;
    const known = this.modules.get(file);
    if (known && known.text === text) return known;
    if (known === null && this.analyses.get(file)?.text === text) return undefined;
    const analysis = this.analysisOf(file);
    if (!analysis) {
      this.modules.set(file, null);
      return undefined;
    }
    const hash = createHash('sha1').update(file).update('\0').update(text).digest('hex');
    const record = { text, hash, table: exportTable(analysis) };
    this.stats.modules++;
    this.modules.set(file, record);
    return record;
  }

  busHandlerEffect(message: string): { handler: string; effect: EffectSummary } | undefined {
    const handlers = this.importers.busHandlersOf(message);
    if (handlers.length !== 1) return undefined;
    const [{ file, className }] = handlers;
    const effect = this.methodEffect(file, className, 'execute');
    return effect && { handler: `${className}.execute`, effect };
  }

  methodEffect(file: string, className: string, method: string): EffectSummary | undefined {
    return this.ownEffect(file, className, method) ?? this.inheritedEffect(file, className, method) ?? this.implementationEffect(file, className, method);
  }

  /** What the class's own method of that name does (none when the class does not define it). */
  private ownEffect(file: string, className: string, method: string): EffectSummary | undefined {
    const mod = this.moduleOf(file);
    return mod && this.summarize(file, `${mod.hash}#${className}.${method}`, (a) => methodEffect(a, className, method));
  }

  /**
   * `class SubscriberRepository extends BaseRepository` without a `findOne` of its own: the base
   * class's `findOne` runs, whether the base is in this module or imported (a generic repository
   * in a shared package is the common case). Looks up the chain of bases only (never back down to
   * other subclasses), cached like a summary, so each class and method is answered once.
   */
  private inheritedEffect(file: string, className: string, method: string, viaSuper = false): EffectSummary | undefined {
    const mod = this.moduleOf(file);
    if (!mod) return undefined;
    return this.summarize(file, `${mod.hash}#${className}.${method}${viaSuper ? '^super' : '^'}`, (a) => {
      const cls = a.collected.classes.find((c) => c.name === className);
      // `super.save(…)` asks the base even when the class has a `save` of its own (the one calling it).
      const found = cls && (viaSuper || !cls.methods.has(method)) ? a.resolver.baseOf(cls) : undefined;
      const base = found && ('local' in found ? (found.local.name ? { file, name: found.local.name } : undefined) : found);
      return base && (this.ownEffect(base.file, base.name, method) ?? this.inheritedEffect(base.file, base.name, method));
    });
  }

  /** What `super.method(…)` in class `className` of `file` does. */
  superMethodEffect(file: string, className: string, method: string): EffectSummary | undefined {
    return this.inheritedEffect(file, className, method, true);
  }

  /**
   * What `this.<prop>` holds in the methods of class `className` of `file` (the base of a class in
   * another module: `this.db` of a `BaseModel`): a field or getter's client, what a method hands
   * back (`models(): Models`), or what the class inherits in turn. The asking module works out its
   * own class's base itself, so the model never parses the file being linted for this.
   */
  classMember(file: string, className: string, prop: string): ExportSummary | undefined {
    const mod = this.moduleOf(file);
    if (!mod) return undefined;
    return this.summarize(file, `${mod.hash}#${className}.${prop}@`, (a) => {
      const cls = a.collected.classes.find((c) => c.name === className);
      return cls && a.resolver.memberSummaryOfClass(cls, prop);
    });
  }

  /**
   * `this.provider.triggerJob(…)` with `provider: BaseJobProvider`: a method the class only declares
   * (abstract) does what its subclasses' versions do. `this.items.findByUuid(…)` with `items:
   * ItemRepositoryInterface`: an interface's method does what its implementations' do. Subclasses and
   * implementations are looked for in the modules that import this one (directly or through
   * barrels); the first version that queries answers.
   */
  private implementationEffect(file: string, className: string, method: string): EffectSummary | undefined {
    if (this.making.length >= MAX_DEPTH) return undefined;
    const a = this.analysisOf(file);
    const base = a?.collected.classes.find((c) => c.name === className);
    if (!base) return a?.collected.interfaces.has(className) ? this.versionsEffect(file, className, method, 'implements') : undefined;
    const own = base.methods.get(method);
    // Abstract (not in the class body we collect), or a placeholder that only throws or does nothing.
    const placeholder = own ? isPlaceholder(own.node.body) : !!(base.node as { abstract?: boolean }).abstract;
    return placeholder ? this.versionsEffect(file, className, method, 'extends') : undefined;
  }

  /** The first subclass (`extends`) or implementation (`implements`) of `file`'s `typeName` whose `method` queries. */
  private versionsEffect(file: string, typeName: string, method: string, how: 'extends' | 'implements'): EffectSummary | undefined {
    const mod = this.moduleOf(file);
    if (!mod) return undefined;
    return this.summarize(file, `${mod.hash}#${typeName}.${method}~${how}`, () => {
      const word = identifierPattern(typeName);
      // `implements InsightStore`, or an object declared as one (`const insightStore: InsightStore = { … }`).
      const keyword = how === 'extends' ? /\bextends\b/ : new RegExp(`\\bimplements\\b|:\\s*${typeName}\\s*=|\\bsatisfies\\s+${typeName}\\b`);
      // The module that declares the type often holds its one implementation (`class PgPromiseQueryExecutor
      // implements QueryExecutor` beside the interface), then the modules that import it.
      for (const importer of [file, ...this.callerFiles(file, word)]) {
        const text = this.files.read(importer);
        // Test doubles implement the interface too, and never query.
        if (!text || !keyword.test(text) || MOCK_PATH.test(this.relative(importer))) continue;
        // Read as a module, so that the answer is worked out again when this file changes.
        if (!this.moduleOf(importer)) continue;
        const a = this.analysisOf(importer);
        for (const c of a?.collected.classes ?? []) {
          const named = how === 'extends' ? (c.superClass ? [c.superClass] : []) : (c.node.implements ?? []).map((i) => i.expression as Node);
          if (!c.name || !named.some((n) => this.namesType(importer, c.scope, n, file, typeName))) continue;
          // Down the subclasses only: their own versions, or theirs' (never back up to a base).
          const effect = this.ownEffect(importer, c.name, method) ?? this.implementationEffect(importer, c.name, method);
          if (effect) return effect;
        }
        if (how === 'implements' && a) {
          const effect = this.typedObjectsEffect(importer, a, file, typeName, method);
          if (effect) return effect;
        }
      }
      return undefined;
    });
  }

  /**
   * `export const insightStore: InsightStore = { async upsertInsight(…) { … } }` (or `= { … } satisfies
   * InsightStore`) at module level in `importer`: what that object's `method` does.
   */
  private typedObjectsEffect(importer: string, a: FileAnalysis, file: string, typeName: string, method: string): EffectSummary | undefined {
    for (const b of a.collected.moduleScope.vars.values()) {
      const written = b.kind === 'variable' && b.values.length === 1 && !b.values[0].path.length ? b.values[0].node : undefined;
      const declared = b.typeAnnotation ?? (written?.type === 'TSSatisfiesExpression' ? written.typeAnnotation : undefined);
      if (declared?.type !== 'TSTypeReference' || !this.namesType(importer, a.collected.moduleScope, declared.typeName as Node, file, typeName)) continue;
      const object = written && unwrapExpression(written);
      if (object?.type !== 'ObjectExpression') continue;
      for (const p of object.properties) {
        if (p.type !== 'Property' || keyName(p) !== method) continue;
        const fn = a.collected.functionByNode.get(unwrapExpression(p.value as Node));
        const effect = fn && this.lazyEffect(importer, this.moduleOf(importer)!.hash, fn)();
        if (effect) return effect;
      }
    }
    return undefined;
  }

  /** `n` (an `extends` or `implements` clause of a class in `importer`) is `typeName` of `file`, imported directly or through a barrel. */
  private namesType(importer: string, scope: Scope, n: Node, file: string, typeName: string): boolean {
    const b = n.type === 'Identifier' ? scope.lookup(n.name) : undefined;
    if (importer === file) return n.type === 'Identifier' && n.name === typeName && b?.kind !== 'import';
    if (b?.kind !== 'import' || !b.importFrom) return false;
    const from = this.resolver.resolve(importer, b.importFrom.module);
    if (!from) return false;
    if (from === file) return b.importFrom.imported === typeName;
    const found = this.exportOf(from, b.importFrom.imported);
    return found?.kind === 'class' && found.file === file && found.name === typeName;
  }

  /** One export of this module, summarised on demand; cached unless a cycle or the depth limit cut it short. */
  private localExport(file: string, mod: ModuleRecord, name: string): ExportSummary | ReExport | undefined {
    return this.summarize(file, `${mod.hash}#${name}`, (a) => summarizeExport(a, name, (f) => this.lazyEffect(file, mod.hash, f)));
  }

  /** A function's effect, made when a rule reads it (and cached like a summary); a changed module has no old effects. */
  private lazyEffect(file: string, hash: string, f: FunctionInfo): () => EffectSummary | undefined {
    const [start, end] = rangeOf(f.node);
    return () => {
      const mod = this.moduleOf(file);
      if (mod?.hash !== hash) return undefined;
      return this.summarize(file, `${hash}@${start}-${end}`, (a) => functionEffectAt(a, start, end)) ?? undefined;
    };
  }

  private summarize<T extends object>(file: string, key: string, make: (a: FileAnalysis) => T | undefined): T | undefined {
    const cached = this.exportsByHash.get(key);
    if (cached && this.stillReads(cached.deps)) {
      for (const [f, h] of cached.deps) this.noteRead(f, h);
      return (cached.value ?? undefined) as T | undefined;
    }
    if (this.making.includes(key) || this.making.length >= MAX_DEPTH) {
      this.truncated = true;
      return undefined;
    }
    const analysis = this.analysisOf(file);
    if (!analysis) return undefined;
    // A module it read has changed since: what the analysis memoised from it is out of date.
    if (cached) analysis.forgetProjectAnswers();
    const outerTruncated = this.truncated;
    this.truncated = false;
    this.making.push(key);
    const deps = new Map<string, string>();
    this.reading.push(deps);
    let summary: T | undefined;
    try {
      summary = make(analysis);
    } catch (error) {
      if (typeof process !== 'undefined' && process.env?.PERF_COACH_STRICT === '1') throw error;
      summary = undefined;
    } finally {
      this.making.pop();
      this.reading.pop();
    }
    deps.delete(file);
    for (const [f, h] of deps) this.noteRead(f, h);
    const partial = this.truncated;
    this.truncated = outerTruncated || partial;
    if (!partial) {
      this.stats.exports++;
      this.exportsByHash.set(key, { value: (summary ?? null) as ExportSummary | null, deps });
    } else {
      // Its analysis memoised answers cut short by the cycle: they must be asked again next time.
      analysis.forgetProjectAnswers();
    }
    return summary;
  }

  /**
   * How often function `name` of `file` runs, judged from its call sites in other modules: the
   * files that import it (directly or through barrels that re-export it) and mention its name.
   */
  reachOf(file: string, name: string): Reach | 'no-callers' | undefined {
    const key = `${file}#${name}`;
    const known = this.recall(this.reaches, key);
    if (typeof known === 'object') return known.value ?? undefined;
    // A cycle of callers tells nothing.
    return this.remember(this.reaches, key, null, () => this.workOutReach(file, name, known === 'moved')) ?? undefined;
  }

  private workOutReach(file: string, name: string, stale: boolean): { value: Reach | 'no-callers' | null; keep: boolean } {
    const id = `${this.relative(file)}#${name}`;
    const word = identifierPattern(name.split('.').pop()!);
    const reaches: Array<Reach | undefined> = [];
    const callers = this.callerFiles(file, word);
    let testCallers = 0;
    for (const caller of callers) {
      const a = this.callerAnalysis(caller, stale);
      // Tests call everything, once: they say nothing about how often production code runs it.
      if (a?.fileKind === 'test') testCallers++;
      if (!a || a.fileKind === 'test') continue;
      this.stats.callerFiles++;
      for (const site of a.collected.calls) {
        const o = a.resolver.resolve(site.node.callee, site.scope);
        if (o?.kind === 'project' && o.value.kind === 'function' && o.value.id === id) reaches.push(a.reachOfCall(site));
      }
      // Registered there by name (`createJob('award', '0 55 * * * *', awardBounty)`, `router.get('/x', getUser)`):
      // an entry point, however often the code that registers it runs.
      for (const ref of a.collected.handlerRefs) {
        const o = a.resolver.resolve(ref.node, ref.scope);
        if (o?.kind === 'project' && o.value.kind === 'function' && o.value.id === id) reaches.push({ kind: 'hot', entry: ref.reason.label, file: a.relativePath, line: ref.reason.line, via: [] });
      }
    }
    const noImporterCalls = callers.length === testCallers;
    // Only for a module nothing imports (loaded by path into a registry): a module others import
    // is called through those imports, and a by-name search would read every file with a method of that name.
    if (noImporterCalls && !this.importers.importersOf(file).size) reaches.push(...this.reachesByName(file, name, stale));
    // Searched everywhere, called nowhere else: what calls it in its own file decides.
    if (!reaches.length && noImporterCalls && !this.importers.gaveUp) return { value: 'no-callers', keep: true };
    const result = combineReaches(reaches, undefined);
    // Partial answers (a cycle was cut) are not kept: asked from elsewhere they could differ.
    return { value: result ?? null, keep: result?.kind === 'hot' || !reaches.includes(undefined) };
  }

  /**
   * The client, or instance of a class of the project, other modules hand function `name` of `file`
   * as argument `index` (or as key `key` of the object passed there): `updateCharts(updateChartsQueue)`
   * in the module that makes the queue, for `module.exports = (queue) => …` whose loop calls
   * `queue.add`; `taskClearFolder(task, data, { messageHandler })` with `new MessageHandler(…)`. The first caller that hands one
   * answers, as for a file's own callers; tests hand in doubles and are not asked. A call is matched
   * by the import it names, not by what that import summarises to: the summary of `name` may be the
   * very thing in the making that asked.
   */
  valueHandedTo(file: string, name: string, index: number, key?: string): Extract<ExportSummary, { kind: 'client' | 'instance' }> | undefined {
    const slot = `${file}#${name}#${index}.${key ?? ''}`;
    const known = this.recall(this.handed, slot);
    if (typeof known === 'object') return known.value ?? undefined;
    // A cycle of callers hands nothing.
    return this.remember(this.handed, slot, null, () => ({ value: this.findValueHandedTo(file, name, index, known === 'moved', key) ?? null, keep: true })) ?? undefined;
  }

  private findValueHandedTo(file: string, name: string, index: number, stale: boolean, key?: string): Extract<ExportSummary, { kind: 'client' | 'instance' }> | undefined {
    // A default export is called by whatever name its importer gave it: every importer is a caller.
    const word = name === 'default' ? /[^]/ : identifierPattern(name);
    for (const caller of this.callerFiles(file, word)) {
      const a = this.callerAnalysis(caller, stale);
      if (!a || a.fileKind === 'test') continue;
      for (const site of a.collected.calls) {
        const arg = argumentAt(site.node, index, key);
        const imported = arg && importedCallee(site.node.callee as Node, site.scope);
        if (!imported || !this.leadsTo(this.resolver.resolve(caller, imported.module), imported.name, file, name)) continue;
        const o = asHandedValue(a.resolver.resolve(arg, site.scope));
        if (o?.kind === 'client') return { kind: 'client', library: o.table.id, ...(o.tx && { tx: true as const }) };
        if (o) return o.value;
      }
    }
    return undefined;
  }

  /** Export `imported` of module `from` is export `name` of `file`, directly or through re-exports (barrels). */
  private leadsTo(from: string | undefined, imported: string, file: string, name: string, depth = 0): boolean {
    if (!from || depth > 4) return false;
    if (from === file) return imported === name;
    const entry = this.moduleOf(from)?.table.names[imported];
    if (entry?.kind !== 'reexport' || entry.name === '*') return false;
    return this.leadsTo(this.resolver.resolve(from, entry.specifier), entry.name, file, name, depth + 1);
  }

  /**
   * Callers of a method of a module nobody imports: models reached through a registry (`WIKI.models.editors
   * .refreshEditorsFromDisk()`, `app.models.User.findActive()`), which no import names. Only for a
   * method name long enough to be the project's own (`refreshEditorsFromDisk`, not `find`); a call
   * `<anything>.<name>(` anywhere in the project counts as a call of it.
   */
  private reachesByName(file: string, name: string, stale: boolean): Array<Reach | undefined> {
    const method = name.split('.').pop()!;
    if (!DISTINCTIVE_METHOD.test(method)) return [];
    const callers = [...this.importers.filesCalling(method)].filter((f) => f !== file);
    if (callers.length > MAX_CALLERS_BY_NAME) return [undefined];
    const out: Array<Reach | undefined> = [];
    for (const other of callers) {
      const a = this.callerAnalysis(other, stale);
      if (!a || a.fileKind === 'test') continue;
      this.stats.callerFiles++;
      for (const site of a.collected.calls) {
        const callee = site.node.callee;
        if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === method) out.push(a.reachOfCall(site));
      }
    }
    return out;
  }

  /**
   * `queries.roles.findRoleById(id)` with `queries` handed to every route, `context.mutations.saveCart(…)`:
   * a call on a value nothing follows, by a name of the project's own. When the project's runtime code
   * defines exactly one function of that name and it queries, the call does what it does.
   */
  isAssociationAccessor(name: string): boolean {
    return this.importers.isAssociationAccessor(name);
  }

  functionNamed(name: string): { name: string; effect: EffectSummary } | undefined {
    if (!OWN_FUNCTION_NAME.test(name)) return undefined;
    // Within one pass over the files (one linted file, one editor request) the answer cannot change.
    const version = this.files.version;
    const known = version === undefined ? undefined : this.namedThisPass.get(name);
    if (known && known.version === version) return known.value;
    const value = this.lookUpFunctionNamed(name);
    if (version !== undefined) this.namedThisPass.set(name, { version, value });
    return value;
  }
  private readonly namedThisPass = new Map<string, { version: number; value: { name: string; effect: EffectSummary } | undefined }>();

  private lookUpFunctionNamed(name: string): { name: string; effect: EffectSummary } | undefined {
    // Tests and their doubles define the same names as the code they stand in for.
    const files = [...this.importers.filesDefining(name)].filter((f) => {
      const rel = this.relative(f);
      return !MOCK_PATH.test(rel) && classifyFile(rel, '') !== 'test';
    });
    if (!files.length || files.length > MAX_FILES_BY_NAME || this.plainlyDefinedTwice(name, files)) return undefined;
    // Answered from the summaries' cache, which knows when a module read on the way has changed.
    const effects: Array<EffectSummary | undefined> = [];
    for (const file of files) {
      const mod = this.moduleOf(file);
      if (!mod) continue;
      const found = this.summarize(file, `${mod.hash}#named#${name}`, (a) => (a.fileKind === 'runtime' ? { effects: definitionEffects(a, name) } : undefined));
      effects.push(...(found?.effects ?? []));
    }
    // One definition: with several (each model's own `destroyWithCtx`), which one runs is not known,
    // and a message naming one of their queries could name the wrong one.
    return effects.length === 1 && effects[0] ? { name, effect: effects[0] } : undefined;
  }

  /**
   * Two of the files plainly define the name (`function name(`, `name(…) {`, `name = async`): the
   * answer is "unknown" without parsing either (adapters of one interface each define the same
   * methods). Kept per name while the files and their texts stay the same.
   */
  private plainlyDefinedTwice(name: string, files: string[]): boolean {
    if (files.length < 2) return false;
    // The texts themselves are the key: the disk view hands back the same string while a file is unchanged.
    const texts = files.map((f) => this.files.read(f) ?? '');
    const known = this.plainlyDefined.get(name);
    if (known && known.files.length === files.length && known.files.every((f, i) => f === files[i] && known.texts[i] === texts[i])) return known.twice;
    const plain = plainDefinition(name);
    const twice = texts.filter((t) => plain.test(t)).length >= 2;
    this.plainlyDefined.set(name, { files, texts, twice });
    return twice;
  }
  private readonly plainlyDefined = new Map<string, { files: string[]; texts: string[]; twice: boolean }>();

  /** Files that import `file`, directly or through re-exporting barrels (three levels), and mention `word`. */
  private callerFiles(file: string, word: RegExp): string[] {
    const out: string[] = [];
    const seen = new Set([file]);
    let frontier = [file];
    for (let depth = 0; depth < 3 && frontier.length; depth++) {
      const next: string[] = [];
      for (const f of frontier) {
        for (const importer of this.importers.importersOf(f)) {
          if (seen.has(importer)) continue;
          seen.add(importer);
          // Glanced at: a caller's name written into it later must be seen.
          const text = this.glance(importer);
          if (!text || !word.test(text)) continue;
          out.push(importer);
          if (/\bexport\b/.test(text)) next.push(importer);
        }
      }
      frontier = next;
    }
    return out.slice(0, 200);
  }

  /** A full analysis of a module (parsed with oxc-parser), kept for the last few files used. */
  private analysisOf(file: string): FileAnalysis | undefined {
    const text = this.files.read(file);
    if (text === undefined) return undefined;
    const hit = this.analyses.get(file);
    if (hit && hit.text === text) {
      // Most recently used last: the first entry is the one to drop.
      this.analyses.delete(file);
      this.analyses.set(file, hit);
      return hit.analysis;
    }
    const analysis = this.analyse(file, text);
    if (this.analyses.size >= MAX_ANALYSES) this.analyses.delete(this.analyses.keys().next().value!);
    this.analyses.set(file, { text, analysis });
    return analysis;
  }

  /**
   * The host's own analysis of the file it is linting (ESLint's, oxlint's or the editor worker's
   * parse): the model reads that module from it instead of parsing it a second time. It is used
   * only while its text is what the model reads for that path (`analysisOf` compares them).
   */
  adopt(analysis: FileAnalysis) {
    const file = analysis.file.filename;
    const hit = this.analyses.get(file);
    if (analysis.file.project !== this || hit?.analysis === analysis) return;
    if (hit) this.analyses.delete(file);
    else if (this.analyses.size >= MAX_ANALYSES) this.analyses.delete(this.analyses.keys().next().value!);
    this.analyses.set(file, { text: analysis.file.text, analysis });
  }

  /** Starts noting which modules are read; returns a function that stops and lists them. */
  record(): () => string[] {
    const seen = new Set<string>();
    this.recorded = seen;
    return () => {
      if (this.recorded === seen) this.recorded = undefined;
      return [...seen].sort();
    };
  }

  private analyse(file: string, written: string): FileAnalysis | undefined {
    this.stats.parses++;
    let text = written;
    let parsed;
    try {
      parsed = this.native.parseSync(file, text, parseOptions(file));
      // `export Statement from './statement'` (babel's export-default-from, which no standard parser
      // reads) in a barrel: read as `export { default as Statement } from …`, on the same lines.
      if (parsed.errors.length && EXPORT_DEFAULT_FROM_TEST.test(text)) {
        text = written.replace(EXPORT_DEFAULT_FROM, '$1export { default as $2 } from $3');
        parsed = this.native.parseSync(file, text, parseOptions(file));
      }
    } catch {
      this.stats.parseErrors++;
      return undefined;
    }
    if (parsed.errors.length) {
      this.stats.parseErrors++;
      return undefined;
    }
    const program = parsed.program as TSESTree.Program;
    (program as { comments?: unknown }).comments = parsed.comments;
    try {
      return new FileAnalysis({ ast: program, text, filename: file, cwd: this.root, visitorKeys: this.native.visitorKeys, project: this }, this.options);
    } catch (error) {
      if (typeof process !== 'undefined' && process.env?.PERF_COACH_STRICT === '1') throw error;
      return undefined;
    }
  }
}

const STAR = /\bexport\s*\*\s*from\b/;
/** `export Statement from './statement';` at the start of a line. */
const EXPORT_DEFAULT_FROM = /^([ \t]*)export[ \t]+([A-Za-z_$][\w$]*)[ \t]+from[ \t]+(['"][^'"\n]+['"])/gm;
const EXPORT_DEFAULT_FROM_TEST = /^[ \t]*export[ \t]+[A-Za-z_$][\w$]*[ \t]+from[ \t]+['"]/m;
/** More files than this call a method of that name: too common a name to tell anything. */
const MAX_CALLERS_BY_NAME = 10;
/** More files than this may define a function of that name: too common a name to tell which one runs. */
const MAX_FILES_BY_NAME = 8;
/** A definition of `name` that cannot be a call: `function name(`, `const name =`, `name(…) {` on one line, `name: async (`. */
function plainDefinition(name: string): RegExp {
  return new RegExp(
    `\\bfunction\\s*\\*?\\s*${name}\\s*[(<]|\\b(?:const|let|var)\\s+${name}\\s*=|^[ \\t]*(?:(?:public|private|protected|static|async|override)\\s+)*${name}\\s*\\([^()\\n]*\\)\\s*(?::[^{\\n]+)?\\{|\\b${name}\\s*[:=]\\s*(?:async\\b|function\\b)`,
    'm',
  );
}

/** Test doubles outside test folders (`src/__fixtures__`, `foo.mock.ts`). */
const MOCK_PATH = /(?:^|[\\/])(?:__mocks__|mocks?|fakes?|stubs?|__fixtures__|fixtures?)[\\/]|\.(?:mock|fake|stub)\.[cm]?[jt]sx?$/i;

/**
 * What each definition of a function named `name` in this module does: functions and methods of
 * that name, and `const name = makeFinder(pool)(Roles)` (a function a factory made). `undefined`
 * for a definition that does nothing we track.
 */
function definitionEffects(a: FileAnalysis, name: string): Array<EffectSummary | undefined> {
  const out: Array<EffectSummary | undefined> = [];
  for (const f of a.collected.functions) if (f.name === name && !f.inline) out.push(functionEffectAt(a, ...rangeOf(f.node)));
  for (const scope of [a.collected.moduleScope, ...a.collected.functions.map((f) => f.scope)]) {
    const b = scope.vars.get(name);
    if (singleValue(b)?.type !== 'CallExpression') continue;
    const o = a.resolver.resolveBinding(b!);
    out.push(o?.kind === 'project' && o.value.kind === 'function' ? o.value.effect : undefined);
  }
  return out;
}


/** A short digest of what a module exports (changes only when its importers could see a difference). */
export function summaryDigest(summary: ModuleSummary & { methods?: unknown }): string {
  return createHash('sha1').update(JSON.stringify(summary)).digest('hex').slice(0, 16);
}

/** `{}` or `{ throw new Error('Not implemented'); }`: a base class's stand-in for its subclasses' versions. */
function isPlaceholder(body: TSESTree.Node | null | undefined): boolean {
  if (!body || body.type !== 'BlockStatement') return false;
  return body.body.every((s) => s.type === 'ThrowStatement');
}

/**
 * The module and export a call's callee names: `sendSnapshots(q)` with `import sendSnapshots from './x'`
 * or `const sendSnapshots = require('./x')` (its default), `const { send } = require('./x')`, or
 * `jobs.send(q)` with `import * as jobs from './x'` / `const jobs = require('./x')`.
 */
function importedCallee(callee: Node, scope: Scope): { module: string; name: string } | undefined {
  const c = unwrapExpression(callee);
  const ident = c.type === 'Identifier' ? c : c.type === 'MemberExpression' && !c.computed && c.object.type === 'Identifier' ? c.object : undefined;
  const b = ident && scope.lookup(ident.name);
  if (!b) return undefined;
  let from: { module: string; imported: string } | undefined = b.importFrom;
  if (!from && b.kind === 'variable' && b.values.length === 1) {
    const { node, path } = b.values[0];
    const v = unwrapExpression(node);
    const spec = v.type === 'CallExpression' && v.callee.type === 'Identifier' && v.callee.name === 'require' ? v.arguments[0] : undefined;
    if (spec?.type === 'Literal' && typeof spec.value === 'string' && path.length <= 1) from = { module: spec.value, imported: path[0] ?? 'default' };
  }
  if (!from) return undefined;
  if (c === ident) return from.imported === '*' ? undefined : { module: from.module, name: from.imported };
  // A member of the whole module: its export of that name.
  const member = c.type === 'MemberExpression' && c.property.type === 'Identifier' ? c.property.name : undefined;
  return member && (from.imported === '*' || from.imported === 'default') ? { module: from.module, name: member } : undefined;
}
