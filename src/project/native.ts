import type { OxcResolverModule } from './resolver';

/**
 * The two native packages the project model reads other files with: oxc-parser (a fast parse of
 * each imported module) and oxc-resolver. The ESLint plugin is CommonJS and loads them with
 * `require` (Node 20.19+ can require oxc-parser's ES module); the editor's worker is an ES module
 * and hands in its static imports with `provideNative`. Where neither works the project model is
 * off and every rule falls back to what one file shows.
 */
export interface NativeParts {
  parseSync: (filename: string, text: string, options: Record<string, unknown>) => { program: unknown; comments: unknown[]; errors: Array<{ severity?: string }> };
  visitorKeys?: Record<string, readonly string[]>;
  resolver: OxcResolverModule | null;
}

/** How every host parses a file with oxc-parser: the language from its name, offsets without `range` arrays. */
export function parseOptions(filename: string) {
  return { lang: langOf(filename), range: false, preserveParens: false, sourceType: 'unambiguous' } as const;
}

function langOf(filename: string): 'jsx' | 'ts' | 'tsx' {
  if (/\.[cm]?tsx$/.test(filename)) return 'tsx';
  if (/\.[cm]?ts$/.test(filename)) return 'ts';
  // Plain .js files may hold JSX in React-style projects; JSX is a superset here.
  return 'jsx';
}

let provided: NativeParts | undefined;
let loaded: NativeParts | null | undefined;

export function provideNative(parts: NativeParts) {
  provided = parts;
}

export function nativeParts(): NativeParts | null {
  if (provided) return provided;
  if (loaded === undefined) {
    loaded = null;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const parser = require('oxc-parser') as Pick<NativeParts, 'parseSync' | 'visitorKeys'>;
      let resolver: OxcResolverModule | null = null;
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        resolver = require('oxc-resolver') as OxcResolverModule;
      } catch {
        resolver = null;
      }
      if (typeof parser.parseSync === 'function') loaded = { parseSync: parser.parseSync, visitorKeys: parser.visitorKeys, resolver };
      else warnOnce('oxc-parser has no parseSync');
      if (!resolver) warnOnce('oxc-resolver could not be loaded; imports are resolved by relative paths, tsconfig paths and workspaces only', 'PERF_COACH_NO_RESOLVER');
    } catch (err) {
      loaded = null;
      warnOnce(`oxc-parser could not be loaded (${String((err as Error)?.message ?? err).split('\n')[0]})`);
    }
  }
  return loaded;
}

/**
 * Said once per process, on stderr through Node's warnings: without the native parts the rules
 * still run, but on one file at a time, and a user comparing runs should know why findings differ
 * (a plugin copied away from its `node_modules`, a platform with no prebuilt binary).
 */
function warnOnce(reason: string, code = 'PERF_COACH_NO_PROJECT_MODEL') {
  if (warned.has(code)) return;
  warned.add(code);
  const what = code === 'PERF_COACH_NO_RESOLVER' ? '' : '; cross-file analysis is off, and each file is judged on its own';
  process.emitWarning(`Perf Coach: ${reason}${what}.`, { code });
}
const warned = new Set<string>();
