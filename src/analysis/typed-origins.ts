/**
 * Typed mode: which library a value belongs to, read off its declared type when ESLint runs with
 * type information (`parserOptions.projectService` or `project`). A parameter `store: PrismaClient`,
 * a field `things: Repository<Thing>`, a value returned as `Model<IUser>`: recognised whatever
 * their names, through aliases, `typeof`, unions with `null`/`undefined`, `Promise<T>`, generics
 * and class inheritance.
 *
 * Which types mean what is data (`declaredTypes` in the library tables): a type name and the
 * packages whose declaration files declare it. A type is matched by its symbol's declaration file
 * (`node_modules/<package>/…`, `@types/<package>`), never by its name alone.
 *
 * Cheap and lazy: the origin resolver asks only for expressions the untyped analysis could not
 * place and that are the receiver (or root) of a call that could send a query, once per node. The
 * checker comes from the program the parser already built; `typescript` itself is never loaded
 * here (types only), so without type information this module costs nothing.
 */
import type * as ts from 'typescript';
import { unwrapExpression, type Node } from './ast';
import { libraryTables, tableSets, type DeclaredTypes, type LibraryTable } from './libraries';

/** What a value is, by its type. */
export interface TypedOrigin {
  table: LibraryTable;
  value: 'client' | 'transaction' | 'row';
  /** Matched on a base class or interface of the value's own type (a project class extending the library's). */
  inherited: boolean;
}

/** The part of typescript-eslint's `parserServices` we read. */
interface ParserServicesLike {
  program?: ts.Program | null;
  esTreeNodeToTSNodeMap?: { get(node: never): ts.Node | undefined };
}

interface Candidate {
  table: LibraryTable;
  entry: DeclaredTypes;
  /** Qualified name as written in the table (`Prisma.TransactionClient`), or a suffix for `*Delegate`. */
  name: string;
}

/** Type names (their last segment) to the table entries that declare them; built once from the tables. */
const byLeaf = new Map<string, Candidate[]>();
const bySuffix: Candidate[] = [];
/** Methods worth a type question: a query, transaction, close or row method of a library with declared types. */
const candidateMethods = new Set<string>();
for (const table of libraryTables) {
  if (!table.declaredTypes?.length) continue;
  for (const entry of table.declaredTypes) {
    for (const name of entry.types) {
      if (name.startsWith('*')) {
        bySuffix.push({ table, entry, name: name.slice(1) });
        continue;
      }
      const leaf = name.slice(name.lastIndexOf('.') + 1);
      const list = byLeaf.get(leaf);
      if (list) list.push({ table, entry, name });
      else byLeaf.set(leaf, [{ table, entry, name }]);
    }
  }
  const sets = tableSets(table);
  for (const set of [sets.query, sets.transaction, sets.close]) for (const m of set) candidateMethods.add(m);
  for (const m of table.rowMethods ?? []) candidateMethods.add(m);
}

/** A call of this method name could send a query (or open a transaction, close a client) on some library's value. */
export function isTypedCandidateMethod(name: string): boolean {
  return candidateMethods.has(name);
}

/** Base classes and interfaces followed at most this deep (`class A extends B`, `B extends PrismaClient`). */
const MAX_DEPTH = 6;

/** What one program's types mean, shared by the files linted with it (types and symbols belong to a program). */
interface ProgramCaches {
  checker: ts.TypeChecker;
  byType: Map<ts.Type, TypedOrigin | null>;
  bySymbol: Map<ts.Symbol, Candidate | null>;
  /** Variables, parameters and properties: their declared type's answer. */
  byValueSymbol: Map<ts.Symbol, TypedOrigin | null>;
}
const programCaches = new WeakMap<ts.Program, ProgramCaches>();

export class TypedOrigins {
  private caches: ProgramCaches | undefined;
  private readonly byNode = new Map<Node, TypedOrigin | null>();

  constructor(
    private readonly program: ts.Program,
    private readonly nodeMap: NonNullable<ParserServicesLike['esTreeNodeToTSNodeMap']>,
  ) {}

  private get checker(): ts.TypeChecker {
    return this.programCaches().checker;
  }

  private programCaches(): ProgramCaches {
    if (this.caches) return this.caches;
    let c = programCaches.get(this.program);
    if (!c) {
      // Made once per program (binding every file), and shared with any other typed rule.
      const made = typedStats.debug ? performance.now() : 0;
      c = { checker: this.program.getTypeChecker(), byType: new Map(), bySymbol: new Map(), byValueSymbol: new Map() };
      if (typedStats.debug) typedStats.checkerMs += performance.now() - made;
      programCaches.set(this.program, c);
    }
    return (this.caches = c);
  }

  /** The library value an expression holds, by its type; undefined when the type says nothing we know. */
  originOf(node: Node): TypedOrigin | undefined {
    const cached = this.byNode.get(node);
    if (cached !== undefined) return cached ?? undefined;
    let result: TypedOrigin | undefined;
    try {
      const tsNode = this.nodeMap.get(node as never);
      if (tsNode) {
        const checker = this.checker;
        const start = typedStats.debug ? performance.now() : 0;
        result = this.ofValue(tsNode, node, checker);
        typedStats.asked++;
        if (result) typedStats.found++;
        if (typedStats.debug) {
          const took = performance.now() - start;
          typedStats.ms += took;
          if (took > 1) typedStats.over1ms++;
        }
      }
    } catch {
      // A node the parser did not map, or a checker failure on odd code: no typed answer.
      result = undefined;
    }
    this.byNode.set(node, result ?? null);
    return result;
  }

  /**
   * A name or a property read is answered from its symbol's declared type (`q: Sql`, `this.things`,
   * `svc.kv`): cached per symbol, and free of control-flow analysis, which is most of what asking
   * the checker about an expression inside a loop costs. Calls and the rest ask for the expression's type.
   */
  private ofValue(tsNode: ts.Node, node: Node, checker: ts.TypeChecker): TypedOrigin | undefined {
    const symbol = this.valueSymbol(tsNode, node, checker);
    if (!symbol) return this.ofType(checker.getTypeAtLocation(tsNode), 0);
    const { byValueSymbol } = this.programCaches();
    const known = byValueSymbol.get(symbol);
    if (known !== undefined) return known ?? undefined;
    const o = this.ofType(this.typeOfSymbol(symbol, tsNode, checker), 0);
    byValueSymbol.set(symbol, o ?? null);
    return o;
  }

  /**
   * The variable, parameter or property an expression reads: a name is looked up where it is
   * written; for `a.b` the property `b` of `a`'s declared type (not `a`'s narrowed type at this point).
   */
  private valueSymbol(tsNode: ts.Node, node: Node, checker: ts.TypeChecker, depth = 0): ts.Symbol | undefined {
    if (node.type === 'Identifier') return checker.getSymbolAtLocation(tsNode);
    if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier' || depth > 8) return undefined;
    const object = unwrapExpression(node.object as Node);
    const objectTs = this.nodeMap.get(object as never);
    if (!objectTs) return undefined;
    const objectSymbol = this.valueSymbol(objectTs, object, checker, depth + 1);
    const objectType = objectSymbol ? this.typeOfSymbol(objectSymbol, objectTs, checker) : object.type === 'ThisExpression' ? checker.getTypeAtLocation(objectTs) : undefined;
    if (!objectType) return undefined;
    return checker.getPropertyOfType(checker.getApparentType(checker.getNonNullableType(objectType)), node.property.name);
  }

  private typeOfSymbol(symbol: ts.Symbol, at: ts.Node, checker: ts.TypeChecker): ts.Type {
    return checker.getTypeOfSymbol ? checker.getTypeOfSymbol(symbol) : checker.getTypeOfSymbolAtLocation(symbol, at);
  }

  /**
   * Whether `member` of the expression's type is declared by a library (not by a class of the
   * project that overrides it): `this.findOne()` in a repository class that defines its own `findOne`.
   */
  memberFromLibrary(node: Node, member: string): boolean {
    try {
      const tsNode = this.nodeMap.get(node as never);
      if (!tsNode) return false;
      const prop = this.checker.getTypeAtLocation(tsNode).getProperty(member);
      const decls = prop?.declarations;
      return !!decls?.length && decls.every((d) => isLibraryFile(d.getSourceFile().fileName));
    } catch {
      return false;
    }
  }

  private ofType(type: ts.Type, depth: number): TypedOrigin | undefined {
    const { byType } = this.programCaches();
    const cached = byType.get(type);
    if (cached !== undefined) return cached ?? undefined;
    byType.set(type, null); // cycle guard (recursive generic types)
    const result = this.computeType(type, depth);
    byType.set(type, result ?? null);
    return result;
  }

  private computeType(input: ts.Type, depth: number): TypedOrigin | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const checker = this.checker;
    // `PrismaClient | undefined` (a lazy field), then `Promise<PrismaClient>` (an async getter). The
    // type itself is tried first: a thenable query builder (`Knex.QueryBuilder`) is what it is.
    const type = checker.getNonNullableType(input);
    const own = this.matchType(type, depth);
    if (own) return own;
    const awaited = checker.getAwaitedType?.(type);
    return awaited && awaited !== type ? this.ofType(awaited, depth + 1) : undefined;
  }

  private matchType(type: ts.Type, depth: number): TypedOrigin | undefined {
    const checker = this.checker;
    // `this` in a method, `T extends PrismaClient`: what the parameter is bound to be.
    // (Asked on a copy: the guard would narrow `type` to nothing below, TypeParameter adding no members.)
    const asParameter: ts.Type = type;
    if (asParameter.isTypeParameter()) {
      const constraint = checker.getBaseConstraintOfType(asParameter);
      return constraint && constraint !== type ? this.ofType(constraint, depth + 1) : undefined;
    }
    if (type.isUnion()) {
      // Every member must be the same library's value. `Knex | Knex.Transaction` (either may be
      // passed) is a client: only a transaction on every path would make it one.
      let found: TypedOrigin | undefined;
      for (const t of type.types) {
        const o = this.ofType(t, depth + 1);
        if (!o || (found && (found.table !== o.table || (found.value === 'row') !== (o.value === 'row')))) return undefined;
        found = found && found.value !== o.value ? { ...found, value: 'client' } : found ?? o;
      }
      return found;
    }
    // A type alias of the library (`Prisma.TransactionClient = Omit<PrismaClient, …>`, `ModelStatic<M>`).
    if (type.aliasSymbol) {
      const c = this.candidateFor(type.aliasSymbol);
      if (c) return { table: c.table, value: c.entry.value ?? 'client', inherited: false };
    }
    if (type.isIntersection()) {
      // `NodePgDatabase<S> & { $client: Pool }`, `Document<…> & IUser`.
      for (const t of type.types) {
        const o = this.ofType(t, depth + 1);
        if (o) return o;
      }
      return undefined;
    }
    const symbol = type.getSymbol();
    if (!symbol) return undefined;
    const declared = checker.getDeclaredTypeOfSymbol(symbol);
    // The class itself (`typeof User`, `User.findAll()`), not an instance of it.
    const classSide = declared.isClass() && declared !== type && (type as ts.TypeReference).target !== declared;
    return this.ofSymbol(symbol, declared, classSide, 0);
  }

  private ofSymbol(symbol: ts.Symbol, declared: ts.Type, classSide: boolean, depth: number): TypedOrigin | undefined {
    const c = this.candidateFor(symbol);
    if (c) {
      const value = classSide ? c.entry.classValue : c.entry.value ?? 'client';
      return value ? { table: c.table, value, inherited: depth > 0 } : undefined;
    }
    // `class PrismaService extends PrismaClient`, `class UserRepository extends Repository<User>`,
    // `interface Db extends Knex`: what the bases are.
    if (depth >= MAX_DEPTH || !declared.isClassOrInterface()) return undefined;
    for (const base of this.checker.getBaseTypes(declared)) {
      const baseSymbol = base.getSymbol();
      if (!baseSymbol) continue;
      const baseDeclared = this.checker.getDeclaredTypeOfSymbol(baseSymbol);
      const o = this.ofSymbol(baseSymbol, baseDeclared, classSide, depth + 1);
      if (o) return o;
    }
    return undefined;
  }

  /** The table entry that declares this symbol: its name, then the package of its declaration file. */
  private candidateFor(symbol: ts.Symbol): Candidate | undefined {
    const { bySymbol } = this.programCaches();
    const cached = bySymbol.get(symbol);
    if (cached !== undefined) return cached ?? undefined;
    let found: Candidate | undefined;
    const leaf = symbol.getName();
    const named = byLeaf.get(leaf);
    const suffixed = bySuffix.filter((c) => leaf.endsWith(c.name) && leaf.length > c.name.length);
    const candidates = named ? [...named, ...suffixed] : suffixed;
    if (candidates.length) {
      const file = symbol.declarations?.[0]?.getSourceFile().fileName;
      const path = file && libraryPathOf(file);
      let qualified: string | undefined;
      for (const c of candidates) {
        const fromPackage = !!path && c.entry.packages.some((p) => path.startsWith(`${p}/`));
        const generated = !!path && path.startsWith('/') && !!c.table.modulePattern?.test(path.replace(DECLARATION_EXT, ''));
        if (!fromPackage && !generated) continue;
        if (c.name.includes('.')) {
          qualified ??= this.checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, '');
          if (qualified !== c.name && !qualified.endsWith(`.${c.name}`)) continue;
        }
        found = c;
        break;
      }
    }
    bySymbol.set(symbol, found ?? null);
    return found;
  }
}

const DECLARATION_EXT = /(\.d)?\.[cm]?[jt]s$/;

/**
 * Where a declaration file sits, as `<package>/<rest>` for a file under `node_modules` (`@types/pg/…`
 * reads as `pg/…`, `@types/foo__bar` as `@foo/bar`), or the absolute path for a file of the project
 * (a client generated into it, matched by the table's `modulePattern`); undefined for TypeScript's own
 * `lib.*.d.ts` files.
 */
function libraryPathOf(fileName: string): string | undefined {
  const f = fileName.replace(/\\/g, '/');
  const i = f.lastIndexOf('/node_modules/');
  if (i < 0) return /\/lib\.[\w.]*\.d\.ts$/.test(f) ? undefined : f.startsWith('/') ? f : `/${f}`;
  const rest = f.slice(i + '/node_modules/'.length);
  if (rest.startsWith('typescript/')) return undefined;
  if (!rest.startsWith('@types/')) return rest;
  const [scoped, ...more] = rest.slice('@types/'.length).split('/');
  const name = scoped.includes('__') ? `@${scoped.replace('__', '/')}` : scoped;
  return [name, ...more].join('/');
}

/** A declaration file of a library: under `node_modules`, or a client generated into the project. */
function isLibraryFile(fileName: string): boolean {
  const path = libraryPathOf(fileName);
  if (!path) return false;
  if (!path.startsWith('/')) return true;
  const bare = path.replace(DECLARATION_EXT, '');
  return libraryTables.some((t) => t.declaredTypes && t.modulePattern?.test(bare));
}

/**
 * Counters for the whole process: files in typed mode, expressions asked about, answers found, and
 * (with `PERF_COACH_DEBUG=typed`, printed at exit) the time spent answering them and getting the
 * program's checker (`checkerMs`: once per program, paid by any typed rule).
 */
export const typedStats = { files: 0, asked: 0, found: 0, ms: 0, over1ms: 0, checkerMs: 0, debug: false };

/** Typed mode for this file, when the parser ran with a TypeScript program; undefined otherwise. */
export function typedOriginsFor(services: unknown): TypedOrigins | undefined {
  const s = services as ParserServicesLike | undefined;
  if (!s?.program || typeof s.program.getTypeChecker !== 'function' || typeof s.esTreeNodeToTSNodeMap?.get !== 'function') return undefined;
  if (typedStats.files++ === 0 && typeof process !== 'undefined' && process.env?.PERF_COACH_DEBUG === 'typed') {
    typedStats.debug = true;
    process.on('exit', () => console.error(`perf-coach typed mode: ${JSON.stringify({ ...typedStats, ms: Math.round(typedStats.ms), checkerMs: Math.round(typedStats.checkerMs), debug: undefined })}`));
  }
  return new TypedOrigins(s.program, s.esTreeNodeToTSNodeMap);
}
