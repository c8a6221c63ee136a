import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Module resolution for the project model: which project file an import names. Built on
 * oxc-resolver (tsconfig `paths`/`baseUrl`/`extends`, package `exports`/`imports`, symlinked
 * workspaces), one instance per project root, plus what a fresh clone without `node_modules`
 * needs: workspace packages found from the root's `workspaces` or `pnpm-workspace.yaml` (or those of
 * the nearest workspace root above the importing file), and their sources when `main` points at a
 * build output that is not there.
 * Only files of the project count: a path in `node_modules` or a declaration file is a library,
 * which the library tables describe.
 */
export interface ModuleResolver {
  /** The project file `specifier` names when imported from `fromFile`, or undefined. */
  resolve(fromFile: string, specifier: string): string | undefined;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?)$/;

interface OxcResolver {
  resolveFileSync(file: string, request: string): { path?: string; error?: string };
  sync(dir: string, request: string): { path?: string; error?: string };
}
export type OxcResolverModule = { ResolverFactory: new (options: Record<string, unknown>) => OxcResolver };

/** `lib`: oxc-resolver, or null where its native binding is missing (then relative paths and workspaces only). */
export function createResolver(root: string, lib: OxcResolverModule | null): ModuleResolver {
  const workspaces = findWorkspacePackages(root);
  const options = {
    conditionNames: ['node', 'import', 'require', 'default'],
    extensions: [...SOURCE_EXTENSIONS, '.json'],
    extensionAlias: { '.js': ['.ts', '.tsx', '.js', '.jsx'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] },
    mainFields: ['module', 'main'],
    mainFiles: ['index'],
    symlinks: true,
    builtinModules: true,
    fallback: Object.fromEntries([...workspaces].map(([name, dir]) => [name, [dir]])),
  };
  const factory = lib ? new lib.ResolverFactory({ tsconfig: 'auto', ...options }) : undefined;
  // A tsconfig that extends a package not installed (`"extends": "@adonisjs/tsconfig/tsconfig.app.json"`
  // before `npm install`) makes oxc-resolver fail every request of the files under it, relative ones
  // and package `imports` (`#models/user`) too. Those are asked again without tsconfig files.
  let withoutTsconfig: OxcResolver | undefined;
  const memo = new Map<string, string | undefined>();
  const nodePaths = new Map<string, string[]>();
  const tsconfigs = new Map<string, TsconfigPaths | null>();
  // oxc-resolver follows symlinks (pnpm's `node_modules/@acme/db` → `packages/db`). When the project
  // itself was opened through a symlink, its answers are real paths: map them back under `root`, so
  // one module has one name (summaries, callers and messages agree on it).
  const realRoot = realRootOf(root);
  const underRoot = (p: string | undefined): string | undefined => (p && realRoot !== root && p.startsWith(realRoot + sep) ? root + p.slice(realRoot.length) : p);
  // Every bare import asked this; the walk up the folders costs two `existsSync` per level.
  const projectDirs = new Map<string, string>();
  const projectDirOf = (fromFile: string): string => {
    const dir = dirname(fromFile);
    let p = projectDirs.get(dir);
    if (p === undefined) {
      p = projectOf(fromFile, root);
      projectDirs.set(dir, p);
    }
    return p;
  };

  const viaOxc = (fromFile: string, specifier: string): string | undefined => {
    if (!factory) return undefined;
    try {
      const found = factory.resolveFileSync(fromFile, specifier);
      if (found.path || !found.error || !/tsconfig/i.test(found.error)) return found.path;
      withoutTsconfig ??= new lib!.ResolverFactory(options);
      return withoutTsconfig.resolveFileSync(fromFile, specifier).path;
    } catch {
      return undefined;
    }
  };

  // A workspace can sit below the folder that was opened (`web/pnpm-workspace.yaml` beside a Go
  // service in the same repository): the nearest workspace root above the importing file counts too.
  const workspacesByRoot = new Map<string, Map<string, string>>([[root, workspaces]]);
  const workspaceRoots = new Map<string, string>();
  const workspacesOf = (fromFile: string): Map<string, string> => {
    const dir = dirname(fromFile);
    let wsRoot = workspaceRoots.get(dir);
    if (wsRoot === undefined) {
      wsRoot = root;
      for (let d = dir; d.length > root.length && d !== dirname(d); d = dirname(d)) {
        if (isWorkspaceRoot(d)) {
          wsRoot = d;
          break;
        }
      }
      workspaceRoots.set(dir, wsRoot);
    }
    let found = workspacesByRoot.get(wsRoot);
    if (!found) workspacesByRoot.set(wsRoot, (found = findWorkspacePackages(wsRoot)));
    return found;
  };

  /** `@acme/db` whose `main` is `dist/index.js` in a checkout that was never built: use its sources. */
  const viaWorkspaceSources = (fromFile: string, specifier: string): string | undefined => {
    const name = packageName(specifier);
    const dir = name && (workspaces.get(name) ?? workspacesOf(fromFile).get(name));
    if (!dir) return undefined;
    const sub = specifier.slice(name.length).replace(/^\//, '');
    const candidates = sub ? [...exportCandidates(dir, sub), join(dir, sub), join(dir, 'src', sub)] : [...mainCandidates(dir), join(dir, 'src', 'index'), join(dir, 'index')];
    for (const c of candidates) {
      const hit = withExtension(c);
      if (hit) return hit;
    }
    return undefined;
  };

  return {
    resolve(fromFile, specifier) {
      if (specifier.startsWith('node:') || !specifier) return undefined;
      const relativeSpec = specifier.startsWith('.') || specifier.startsWith('/');
      const key = `${relativeSpec ? dirname(fromFile) : projectDirOf(fromFile)}\0${specifier}`;
      if (memo.has(key)) return memo.get(key);
      let found = underRoot(viaOxc(fromFile, specifier));
      if (!found && relativeSpec) found = withExtension(resolve(dirname(fromFile), specifier)) ?? withExtension(resolve(dirname(fromFile), specifier.replace(/\.[cm]?js$/, '')));
      // Meteor's `import { Links } from '/imports/api/links'`: rooted at the application, not the disk.
      if (!found && specifier.startsWith('/')) found = withExtension(join(projectDirOf(fromFile), specifier));
      if (!found && !relativeSpec) found = viaWorkspaceSources(fromFile, specifier) ?? viaTsconfigPaths(fromFile, specifier, root, tsconfigs) ?? viaRootFolder(projectDirOf(fromFile), specifier) ?? viaRootFolder(root, specifier) ?? viaNodePath(projectDirOf(fromFile), specifier, nodePaths);
      const result = found && isProjectSource(found) ? found : undefined;
      memo.set(key, result);
      return result;
    },
  };
}

/**
 * `import { Statement } from 'lib/models'` where `lib/` is a folder of the package: a bare path taken
 * from the package's root (babel-plugin-module-resolver's `root`, `NODE_PATH=.`, webpack's
 * `resolve.modules`). Only when no package of that name was found and the folder exists.
 */
function viaRootFolder(packageDir: string, specifier: string): string | undefined {
  const slash = specifier.indexOf('/');
  if (specifier.startsWith('@') || slash <= 0) return undefined;
  const first = join(packageDir, specifier.slice(0, slash));
  if (!isDirectory(first)) return undefined;
  return withExtension(join(packageDir, specifier));
}

/**
 * `require('controllers/base.js')`, `require('yapi.js')` in an app whose entry sets
 * `process.env.NODE_PATH = __dirname` (or whose scripts run `NODE_PATH=src node …`): bare paths taken
 * from that folder. The folders tried are the one of the package's `main` file and those a script's
 * `NODE_PATH=` names; only a file that exists there answers.
 */
function viaNodePath(packageDir: string, specifier: string, cache: Map<string, string[]>): string | undefined {
  if (specifier.startsWith('@') || specifier.startsWith('.')) return undefined;
  let dirs = cache.get(packageDir);
  if (!dirs) {
    const pkg = readJson(join(packageDir, 'package.json'));
    const found = new Set<string>();
    if (typeof pkg?.main === 'string' && dirname(pkg.main) !== '.') found.add(resolve(packageDir, dirname(pkg.main)));
    const scripts = pkg?.scripts && typeof pkg.scripts === 'object' ? Object.values(pkg.scripts as Record<string, unknown>) : [];
    for (const script of scripts) {
      if (typeof script !== 'string') continue;
      for (const m of script.matchAll(/\bNODE_PATH=["']?([^\s"'&;]+)/g)) for (const d of m[1].split(':')) if (d && d !== '.') found.add(resolve(packageDir, d));
    }
    dirs = [...found].filter(isDirectory);
    cache.set(packageDir, dirs);
  }
  for (const dir of dirs) {
    const hit = specifier.includes('/') ? viaRootFolder(dir, specifier) : SOURCE_FILE.test(specifier) && isFile(join(dir, specifier)) ? join(dir, specifier) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

interface TsconfigPaths {
  baseDir: string;
  paths: Array<{ prefix: string; suffix: string; wildcard: boolean; targets: string[] }>;
}

/**
 * `#src/queries/roles.js` with `paths: { "#src/*": ["src/*"] }` in a tsconfig that `extends` a
 * package which is not installed (a checkout without `node_modules`): oxc-resolver then gives up on
 * that tsconfig altogether, so its own `paths` are read here (relative `extends` followed). The
 * same for a `jsconfig.json` (`"@/models/*": ["src/models/*"]` in a JavaScript backend).
 */
function viaTsconfigPaths(fromFile: string, specifier: string, root: string, cache: Map<string, TsconfigPaths | null>): string | undefined {
  for (let d = dirname(fromFile); d.length >= root.length; d = dirname(d)) {
    let known = cache.get(d);
    if (known === undefined) {
      // A JavaScript project states its aliases in `jsconfig.json`, in the same shape (oxc-resolver reads tsconfig files only).
      const config = ['tsconfig.json', 'jsconfig.json'].map((name) => join(d, name)).find((f) => existsSync(f));
      known = config ? readTsconfigPaths(config, 0) ?? null : null;
      cache.set(d, known);
    }
    if (known) return matchPaths(known, specifier);
    if (d === dirname(d)) break;
  }
  return undefined;
}

function readTsconfigPaths(file: string, depth: number): TsconfigPaths | undefined {
  const json = readJsonc(file);
  const options = json?.compilerOptions as { baseUrl?: unknown; paths?: unknown } | undefined;
  const paths = options?.paths;
  if (paths && typeof paths === 'object') {
    const baseDir = resolve(dirname(file), typeof options.baseUrl === 'string' ? options.baseUrl : '.');
    return {
      baseDir,
      paths: Object.entries(paths as Record<string, unknown>).map(([pattern, targets]) => {
        const star = pattern.indexOf('*');
        return { prefix: star < 0 ? pattern : pattern.slice(0, star), suffix: star < 0 ? '' : pattern.slice(star + 1), wildcard: star >= 0, targets: Array.isArray(targets) ? targets.filter((t): t is string => typeof t === 'string') : [] };
      }),
    };
  }
  const ext = json?.extends;
  if (typeof ext === 'string' && ext.startsWith('.') && depth < 3) return readTsconfigPaths(resolve(dirname(file), ext.endsWith('.json') ? ext : `${ext}.json`), depth + 1);
  return undefined;
}

function matchPaths(config: TsconfigPaths, specifier: string): string | undefined {
  for (const p of config.paths) {
    const hit = p.wildcard ? specifier.startsWith(p.prefix) && specifier.endsWith(p.suffix) && specifier.length >= p.prefix.length + p.suffix.length : specifier === p.prefix;
    if (!hit) continue;
    const middle = p.wildcard ? specifier.slice(p.prefix.length, specifier.length - p.suffix.length) : '';
    for (const t of p.targets) {
      const base = resolve(config.baseDir, t.replace('*', middle));
      const found = withExtension(base) ?? withExtension(base.replace(/\.[cm]?js$/, ''));
      if (found) return found;
    }
  }
  return undefined;
}

/** JSON with comments and trailing commas (tsconfig files). */
function readJsonc(path: string): Record<string, unknown> | undefined {
  try {
    const text = readFileSync(path, 'utf8')
      .replace(/("(?:[^"\\\n]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_match, str: string | undefined) => str ?? '')
      .replace(/,(\s*[}\]])/g, '$1');
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function realRootOf(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

function isProjectSource(path: string): boolean {
  return SOURCE_FILE.test(path) && !/\.d\.[cm]?ts$/.test(path) && !path.split(sep).includes('node_modules') && !path.includes('/node_modules/');
}

/** Bare specifiers resolve the same from every file of one package (same tsconfig, same node_modules). */
function projectOf(fromFile: string, root: string): string {
  for (let d = dirname(fromFile); d.length >= root.length; d = dirname(d)) {
    if (existsSync(join(d, 'package.json')) || existsSync(join(d, 'tsconfig.json')) || existsSync(join(d, 'jsconfig.json'))) return d;
    if (d === dirname(d)) break;
  }
  return root;
}

function packageName(specifier: string): string | undefined {
  const parts = specifier.split('/');
  if (specifier.startsWith('@')) return parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined;
  return parts[0] || undefined;
}

/** A file as written, with a source extension, or a folder's index. */
function withExtension(base: string): string | undefined {
  if (SOURCE_FILE.test(base) && isFile(base)) return base;
  for (const ext of SOURCE_EXTENSIONS) if (isFile(base + ext)) return base + ext;
  for (const ext of SOURCE_EXTENSIONS) if (isFile(join(base, `index${ext}`))) return join(base, `index${ext}`);
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `main`/`module`/`types` of a package, with build folders mapped back to sources. */
function mainCandidates(dir: string): string[] {
  const pkg = readJson(join(dir, 'package.json'));
  const out: string[] = [];
  for (const field of ['source', 'module', 'main', 'types', 'typings']) {
    const v = pkg?.[field];
    if (typeof v !== 'string') continue;
    const p = v.replace(/^\.\//, '').replace(/\.d\.ts$/, '').replace(/\.[cm]?js$/, '');
    // The sources sit in `src/`, or in `lib/` next to a `dist/` the build writes (`lib/index.ts` → `dist/index.js`).
    out.push(join(dir, p), join(dir, p.replace(/^(dist|build|lib|out)\//, 'src/')), join(dir, p.replace(/^(dist|build|out)\//, 'lib/')));
  }
  return out;
}

/**
 * `@midday/supabase/storage` with `"exports": { "./storage": "./src/utils/storage.ts" }` (or a
 * pattern, `"./*": "./src/*.ts"`, or conditions, `{ "import": …, "types": … }`): where the package's
 * own map sends the subpath, its build output mapped back to the sources as for `main`.
 */
function exportCandidates(dir: string, sub: string): string[] {
  const exports = readJson(join(dir, 'package.json'))?.exports;
  if (!exports || typeof exports !== 'object') return [];
  const map = exports as Record<string, unknown>;
  let target = map[`./${sub}`];
  if (target === undefined) {
    for (const [key, value] of Object.entries(map)) {
      const star = key.indexOf('*');
      if (star < 0 || !`./${sub}`.startsWith(key.slice(0, star)) || !`./${sub}`.endsWith(key.slice(star + 1))) continue;
      const matched = `./${sub}`.slice(star, `./${sub}`.length - (key.length - star - 1));
      target = JSON.parse(JSON.stringify(value).split('*').join(matched));
      break;
    }
  }
  const path = firstTarget(target);
  if (!path) return [];
  const p = path.replace(/^\.\//, '').replace(/\.d\.ts$/, '').replace(/\.[cm]?[jt]sx?$/, '');
  return [join(dir, p), join(dir, p.replace(/^(dist|build|lib|out)\//, 'src/'))];
}

/** The path an `exports` entry names: a string, or the first of its conditions that leads to one. */
function firstTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (!target || typeof target !== 'object' || Array.isArray(target)) return undefined;
  const conditions = target as Record<string, unknown>;
  for (const c of ['source', 'import', 'default', 'require', 'node', 'types']) {
    const found = firstTarget(conditions[c]);
    if (found) return found;
  }
  return undefined;
}

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** A folder whose `package.json` lists `workspaces`, or that holds a `pnpm-workspace.yaml`. */
function isWorkspaceRoot(dir: string): boolean {
  if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return true;
  if (!existsSync(join(dir, 'package.json'))) return false;
  return readJson(join(dir, 'package.json'))?.workspaces !== undefined;
}

/**
 * Workspace packages by name: the globs of the root `package.json` `workspaces` (npm, yarn) or
 * `pnpm-workspace.yaml` `packages`, expanded over folders (not `node_modules`).
 */
export function findWorkspacePackages(root: string): Map<string, string> {
  const globs: string[] = [];
  const pkg = readJson(join(root, 'package.json'));
  const ws = pkg?.workspaces;
  if (Array.isArray(ws)) globs.push(...ws.filter((g): g is string => typeof g === 'string'));
  else if (ws && typeof ws === 'object' && Array.isArray((ws as { packages?: unknown }).packages)) globs.push(...((ws as { packages: unknown[] }).packages.filter((g): g is string => typeof g === 'string')));
  try {
    const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
    const block = /^packages:\s*\n((?:\s+-.*\n?|\s*#.*\n?)+)/m.exec(yaml);
    for (const m of block?.[1].matchAll(/^\s+-\s*['"]?([^'"\n#]+?)['"]?\s*$/gm) ?? []) globs.push(m[1]);
  } catch {
    // not a pnpm workspace
  }
  const out = new Map<string, string>();
  for (const glob of globs) {
    if (glob.startsWith('!')) continue;
    for (const dir of expandGlob(root, glob.replace(/\/$/, '').split('/'), 0)) {
      const name = readJson(join(dir, 'package.json'))?.name;
      if (typeof name === 'string' && !out.has(name)) out.set(name, dir);
    }
  }
  return out;
}

/** Folders matching `packages/*`, `apps/**`; `**` goes at most four levels down. */
function expandGlob(dir: string, parts: string[], depth: number): string[] {
  if (!parts.length) return existsSync(join(dir, 'package.json')) ? [dir] : [];
  const [head, ...rest] = parts;
  if (head === '**') {
    if (depth > 4) return [];
    return [...expandGlob(dir, rest, depth), ...subdirs(dir).flatMap((d) => expandGlob(d, parts, depth + 1))];
  }
  if (head.includes('*')) {
    const re = new RegExp(`^${head.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return subdirs(dir).filter((d) => re.test(relative(dir, d))).flatMap((d) => expandGlob(d, rest, depth));
  }
  return expandGlob(join(dir, head), rest, depth);
}

function subdirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.'))
      .map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}
