import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleResolver } from './resolver';

/**
 * Who imports whom, for "who calls this function": every source file of the project is read once
 * and its import specifiers are found with a regular expression (no parse), resolved, and turned
 * into reverse edges. Built on the first question, from the disk. The editor keeps it fresh for
 * the files it analyses (`update`) and rebuilds it after `MAX_AGE_MS` for files added elsewhere.
 */
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const GRAPHQL_SCHEMA = /\.(?:graphql|gql)$/;
/**
 * A GraphQL type returned as a list somewhere: `() => [Post]` (NestJS, TypeGraphQL code-first) or
 * `posts: [Post!]!` (SDL, in `.graphql` files or `gql` strings). A field resolver runs once per
 * parent only for such types; one that never comes in a list (`Infra`, `Viewer`) runs once.
 */
const LISTED_TYPE = /(?:=>\s*\[\s*|:\s*\[\s*)([A-Z]\w*)!?\s*\]/g;
const DECLARATION = /\.d\.[cm]?ts$/;
/** Folders that hold no application code of the project's own. */
const SKIP_DIRS = new Set(['node_modules', 'bower_components', 'coverage', '.git', '.next', '.nuxt', '.turbo', '.cache', '.yarn']);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"\n]{1,300})\1/g;
/** Past this many files the index is not built: callers are "unknown" and rules fall back to one file. */
export const MAX_INDEXED_FILES = 40_000;
/** Three or more words in camelCase, 14+ characters: a method name of the project's own, not a library verb. */
export const DISTINCTIVE_METHOD = /^(?=\w{14,}$)[a-z][a-z\d]*(?:[A-Z][a-z\d]*){2,}$/;
/** `.refreshEditorsFromDisk(`: a call of such a method (the name is checked again with DISTINCTIVE_METHOD's rule). */
const DISTINCTIVE_CALL = /\.((?=\w{14,}\s*\()[a-z][a-z\d]*(?:[A-Z][a-z\d]*){2,})\s*\(/g;
/**
 * A function name of the project's own that says what it does (`findRoleById`, `getUsersFields`,
 * `promise_my_active_leaves`): camelCase or snake_case, three or more words, 10+ characters. Such a
 * name is looked up project-wide when the value it is called on cannot be followed (a `queries`
 * object handed to every route, a row whose instance methods its model's definition lists).
 */
const OWN_NAME = String.raw`(?=\w{10,}\b)[a-z][a-z\d]*(?:(?:[A-Z][a-z\d]*){2,}|(?:_[a-zA-Z\d]+){2,})`;
export const OWN_FUNCTION_NAME = new RegExp(`^${OWN_NAME}$`);
/**
 * Where such a name may be defined: `function name`, `const name =`, `.name =`, and `name(`,
 * `name:` or `name =` at the start of a line (methods, object members, class fields). Only a
 * filter (a call at the start of a line matches too): the AST of each file decides.
 */
const NAME = `(${OWN_NAME})`;
const DEFINITION = new RegExp(
  [
    String.raw`\bfunction\s*\*?\s*${NAME}\s*[(<]`,
    String.raw`\b(?:const|let|var)\s+${NAME}\s*[=:]`,
    String.raw`\.${NAME}\s*=[^=]`,
    // A method (`findUser(id) {`), a member (`findUser: …`), a class field (`findUser = …`); not a
    // call statement (`findUser(id);`, `findUser(id),` in a list).
    String.raw`^[ \t]*(?:(?:public|private|protected|static|async|readonly|override)\s+)*${NAME}\s*(?:\??:|<|=[^=]|\((?![^\n]*[;,]\s*$))`,
  ].join('|'),
  'gm',
);
/**
 * `@CommandHandler(CreateOrderCommand) export class CreateOrderHandler`: NestJS CQRS's handler of a
 * command or query class (`commandBus.execute(new CreateOrderCommand(…))` runs its `execute`).
 */
const BUS_HANDLER = /@(?:CommandHandler|QueryHandler)\(\s*([A-Z]\w*)\s*\)\s*(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\s+([A-Z]\w*)/g;
/**
 * `User.belongsTo(models.Company)`, `this.hasMany(Leave, { as: 'my_leaves' })`: a Sequelize
 * association, which gives each row accessors named after the alias or the target model
 * (`getCompany`, `getMy_leaves`, `countUsers`). The options are read up to the call's end.
 */
const ASSOCIATION = /\.(belongsTo|hasOne|hasMany|belongsToMany)\(\s*(?:models\.|db\.|sequelize\.models\.)?([A-Z][\w$]*|[a-z][\w$]*)\s*(,[^()]*)?\)/g;
const ASSOCIATION_ALIAS = /\bas\s*:\s*['"]([\w$]+)['"]/;
const ACCESSOR_VERBS = ['get', 'set', 'add', 'remove', 'count', 'has', 'create'];
const MAX_FILE_BYTES = 1_000_000;
const MAX_AGE_MS = 10 * 60_000;

export class ImporterIndex {
  private reverse: Map<string, Set<string>> | undefined;
  private forward = new Map<string, string[]>();
  private builtAt = 0;
  /** Set when the project has more files than the index takes. */
  gaveUp = false;
  /** Grows whenever an edge may have moved (a rebuild, an edited file's imports): answers about who calls whom are asked again. */
  generation = 0;
  private listed = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly resolver: ModuleResolver,
  ) {}

  importersOf(file: string): ReadonlySet<string> {
    return this.edges().get(file) ?? EMPTY;
  }

  /** Every source file of the project the index read. */
  files(): Iterable<string> {
    this.edges();
    return this.forward.keys();
  }

  /** GraphQL types some field or query returns as a list (empty when the project declares none). */
  listedTypes(): ReadonlySet<string> {
    this.edges();
    return this.listed;
  }

  /** How many different texts the editor has handed the index for `file` (0: only the disk's). */
  textVersion(file: string): number {
    return this.texts.get(file)?.version ?? 0;
  }
  private readonly texts = new Map<string, { text: string | undefined; version: number }>();

  /**
   * The editor's open buffers for this request (the analysed file among them): a file whose text
   * differs from the last one noted, or whose buffer is gone (saved, closed: the disk's again),
   * counts as changed. Only text comparisons, no reading of files.
   */
  noteTexts(buffers: Readonly<Record<string, string>>) {
    for (const [file, text] of Object.entries(buffers)) this.noteText(file, text);
    for (const [file, known] of this.texts) if (known.text !== undefined && !(file in buffers)) this.texts.set(file, { text: undefined, version: known.version + 1 });
  }

  private noteText(file: string, text: string) {
    const known = this.texts.get(file);
    if (known?.text !== text) this.texts.set(file, { text, version: (known?.version ?? 0) + 1 });
  }

  /** The editor analysed `file` with this text: its imports are what the index should know. */
  update(file: string, text: string) {
    this.noteText(file, text);
    if (!this.reverse) return;
    const targets = this.importsOf(file, text);
    const before = this.forward.get(file);
    if (!before || before.length !== targets.length || before.some((t, i) => t !== targets[i])) this.generation++;
    this.setEdges(file, targets);
    // The file's handlers as they are now: drop what an earlier text declared.
    const handlersBefore = this.handlersIn(file);
    for (const list of this.busHandlers.values()) {
      const stale = list.findIndex((h) => h.file === file);
      if (stale >= 0) list.splice(stale, 1);
    }
    // A call or definition by a name new to this file, or another handler: searches by name may now find it.
    if (this.indexCalls(file, text) || this.handlersIn(file) !== handlersBefore) this.generation++;
  }

  /** Files that call a method of this (distinctive) name: `<anything>.name(`. */
  filesCalling(method: string): ReadonlySet<string> {
    this.edges();
    return this.calls.get(method) ?? EMPTY;
  }
  private calls = new Map<string, Set<string>>();

  /** Files that may define a function of this (own-function) name (see DEFINITION). */
  filesDefining(name: string): ReadonlySet<string> {
    this.edges();
    return this.definitions.get(name) ?? EMPTY;
  }
  private definitions = new Map<string, Set<string>>();

  /** The classes that handle a CQRS command or query class of this name (`@CommandHandler(Name)`), with their files. */
  busHandlersOf(message: string): ReadonlyArray<{ file: string; className: string }> {
    this.edges();
    return this.busHandlers.get(message) ?? [];
  }
  private busHandlers = new Map<string, Array<{ file: string; className: string }>>();

  private handlersIn(file: string): string {
    return [...this.busHandlers].flatMap(([message, list]) => list.filter((h) => h.file === file).map((h) => `${message}:${h.className}`)).join(',');
  }

  /** An accessor a Sequelize association declared somewhere in the project gives its rows (`getCompany`). */
  isAssociationAccessor(name: string): boolean {
    this.edges();
    return this.accessors.has(name);
  }
  private accessors = new Set<string>();

  /** Indexes the file's calls and definitions by name; true when one is new to the index. */
  private indexCalls(file: string, text: string): boolean {
    let added = false;
    if (/\.(?:belongsTo|hasOne|hasMany|belongsToMany)\(/.test(text)) {
      for (const m of text.matchAll(ASSOCIATION)) {
        const name = m[3]?.match(ASSOCIATION_ALIAS)?.[1] ?? m[2];
        for (const accessor of accessorNames(name)) {
          added = !this.accessors.has(accessor) || added;
          this.accessors.add(accessor);
        }
      }
    }
    for (const m of text.matchAll(DISTINCTIVE_CALL)) added = addTo(this.calls, m[1], file) || added;
    for (const m of text.matchAll(DEFINITION)) added = addTo(this.definitions, m[1] ?? m[2] ?? m[3] ?? m[4], file) || added;
    if (text.includes('Handler(')) {
      for (const m of text.matchAll(BUS_HANDLER)) {
        const list = this.busHandlers.get(m[1]) ?? [];
        list.push({ file, className: m[2] });
        this.busHandlers.set(m[1], list);
      }
    }
    return added;
  }

  private edges(): Map<string, Set<string>> {
    if (this.reverse && Date.now() - this.builtAt < MAX_AGE_MS) return this.reverse;
    this.reverse = new Map();
    this.forward = new Map();
    this.listed = new Set();
    this.calls = new Map();
    this.definitions = new Map();
    this.busHandlers = new Map();
    this.accessors = new Set();
    this.builtAt = Date.now();
    this.generation++;
    const files = listSourceFiles(this.root, MAX_INDEXED_FILES);
    if (!files) {
      this.gaveUp = true;
      return this.reverse;
    }
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      if (text.length > MAX_FILE_BYTES) continue;
      if (text.includes('[')) for (const m of text.matchAll(LISTED_TYPE)) this.listed.add(m[1]);
      this.indexCalls(file, text);
      if (!GRAPHQL_SCHEMA.test(file)) this.setEdges(file, this.importsOf(file, text));
    }
    return this.reverse;
  }

  private importsOf(file: string, text: string): string[] {
    const out = new Set<string>();
    for (const m of text.matchAll(SPECIFIER)) {
      const target = this.resolver.resolve(file, m[2]);
      if (target && target !== file) out.add(target);
    }
    return [...out];
  }

  private setEdges(file: string, targets: string[]) {
    const reverse = this.reverse!;
    for (const old of this.forward.get(file) ?? []) reverse.get(old)?.delete(file);
    this.forward.set(file, targets);
    for (const t of targets) {
      let set = reverse.get(t);
      if (!set) reverse.set(t, (set = new Set()));
      set.add(file);
    }
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** `getCompany`, `countCompanies`…: each verb with the name as written and as a plural (hasMany's accessors are plural). */
function accessorNames(name: string): string[] {
  const upper = name[0].toUpperCase() + name.slice(1);
  const plural = /[^aeiou]y$/.test(upper) ? `${upper.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(upper) ? `${upper}es` : `${upper}s`;
  return ACCESSOR_VERBS.flatMap((verb) => [verb + upper, verb + plural]);
}

function addTo(index: Map<string, Set<string>>, key: string, file: string): boolean {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  if (set.has(file)) return false;
  set.add(file);
  return true;
}

/** Source and GraphQL schema files under `root` (not in node_modules or hidden folders), or undefined past `max`. */
function listSourceFiles(root: string, max: number): string[] | undefined {
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) stack.push(path);
      } else if (e.isFile() && (SOURCE.test(e.name) || GRAPHQL_SCHEMA.test(e.name)) && !DECLARATION.test(e.name)) {
        out.push(path);
        if (out.length > max) return undefined;
      }
    }
  }
  return out.sort();
}
