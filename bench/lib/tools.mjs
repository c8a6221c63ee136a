// Where benchmark tools are found. The repo's own node_modules come first;
// bench/.cache/tools/node_modules is a fallback for trying a tool version
// before it is added to package.json (`npm install --prefix bench/.cache/tools X@v`).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(BENCH_DIR, '..');
export const TOOLS_DIR = path.join(BENCH_DIR, '.cache', 'tools');

/** Folder of an installed package, or null when neither location has it. */
export function findPackageDir(name) {
  for (const base of [REPO_ROOT, TOOLS_DIR]) {
    const dir = path.join(base, 'node_modules', ...name.split('/'));
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  return null;
}

/** Absolute path of a package's bin script, or null. */
export function findBin(pkgName, binName = pkgName) {
  const dir = findPackageDir(pkgName);
  if (!dir) return null;
  const { bin } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const rel = typeof bin === 'string' ? bin : bin?.[binName];
  return rel ? path.join(dir, rel) : null;
}

export function packageVersion(name) {
  const dir = findPackageDir(name);
  return dir ? JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version : null;
}
