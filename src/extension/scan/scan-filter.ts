import ignore, { type Ignore } from 'ignore';
import { Minimatch } from 'minimatch';

/**
 * Which files a workspace scan skips: `files.exclude` (including its `when` sibling clauses),
 * `perfCoach.exclude`, every `.gitignore` on the way to the file, and `node_modules` always.
 * Pure (no `vscode`, no disk): the caller passes settings and .gitignore texts in.
 * Paths are workspace-folder-relative with `/` separators.
 */
export interface ScanFilterInput {
  /** The `files.exclude` setting: glob → true, or `{ when: "$(basename).ts" }`. */
  filesExclude: Record<string, unknown>;
  /** `perfCoach.exclude` globs. */
  exclude: readonly string[];
  /** Folder (relative, '' for the root) → text of the .gitignore in it. */
  gitignores: ReadonlyMap<string, string>;
}

export interface ScanFilter {
  /** Why the file is skipped, or undefined when it is scanned. */
  excludedBy(relPath: string, siblingExists: (relPath: string) => boolean): string | undefined;
}

/** Glob for `workspace.findFiles`, so the walk itself never enters the always-skipped folders. */
export const ALWAYS_EXCLUDED_GLOB = '**/node_modules/**';

const matcher = (glob: string) => new Minimatch(glob, { dot: true, nocomment: true, nonegate: true });

export function createScanFilter(input: ScanFilterInput): ScanFilter {
  const plain: Array<{ glob: string; m: Minimatch }> = [];
  const conditional: Array<{ glob: string; m: Minimatch; when: string }> = [];
  for (const [glob, value] of Object.entries(input.filesExclude)) {
    if (value === true) plain.push({ glob, m: matcher(glob) });
    else if (value && typeof value === 'object' && typeof (value as { when?: unknown }).when === 'string') {
      conditional.push({ glob, m: matcher(glob), when: (value as { when: string }).when });
    }
  }
  const own = input.exclude.map((glob) => ({ glob, m: matcher(glob) }));
  const gitignores: Array<{ dir: string; ig: Ignore }> = [...input.gitignores].map(([dir, text]) => ({ dir, ig: ignore().add(text) }));

  return {
    excludedBy(relPath, siblingExists) {
      const parts = relPath.split('/');
      if (parts.includes('node_modules')) return 'node_modules';
      // A glob that names a folder (`**/build`) excludes everything below it.
      const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
      for (const { glob, m } of plain) if (prefixes.some((p) => m.match(p))) return `files.exclude "${glob}"`;
      for (const { glob, m } of own) if (prefixes.some((p) => m.match(p))) return `perfCoach.exclude "${glob}"`;
      for (const { glob, m, when } of conditional) {
        if (!m.match(relPath)) continue;
        const base = parts[parts.length - 1].replace(/\.[^.]*$/, '');
        const sibling = [...parts.slice(0, -1), when.replace(/\$\(basename\)/g, base)].join('/');
        if (siblingExists(sibling)) return `files.exclude "${glob}" (next to ${when.replace(/\$\(basename\)/g, base)})`;
      }
      for (const { dir, ig } of gitignores) {
        if (dir && !relPath.startsWith(`${dir}/`)) continue;
        const inner = dir ? relPath.slice(dir.length + 1) : relPath;
        if (ig.ignores(inner)) return `${dir ? `${dir}/` : ''}.gitignore`;
      }
      return undefined;
    },
  };
}
