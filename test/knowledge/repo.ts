// Locates the repository root from the working directory, so the tests work
// whether vitest is started from the root or a subfolder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function findRepoRoot(start = process.cwd()): string {
  let dir = resolve(start);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'perf-coach') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no perf-coach package.json above ${start}`);
    dir = parent;
  }
}

/** The rules the product ships; explainers must match these one to one. */
export const RULE_IDS = ['no-blocking-io', 'no-n-plus-one', 'no-sequential-await', 'no-sync-logging', 'prefer-connection-pool'];
