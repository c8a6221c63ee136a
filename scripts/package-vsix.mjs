#!/usr/bin/env node
// Package the extension into a platform-specific .vsix with @vscode/vsce.
//
//   node scripts/package-vsix.mjs [--target linux-x64] [--out perf-coach-<version>-<target>.vsix]
//
// The parser (oxc-parser) ships a native binding per platform, installed by npm as an optional
// dependency for the machine it runs on; vsce packages the production dependencies it finds in
// node_modules. So a .vsix for a target must be packaged where that target's binding is
// installed: on a machine of that platform, or after
//   npm install --no-save --os=<os> --cpu=<cpu> [--libc=glibc|musl] @oxc-parser/binding-<target>@<oxc-parser version>
// The script refuses to package a target whose binding is missing. Targets: linux-x64,
// linux-arm64, alpine-x64 (musl), darwin-x64, darwin-arm64, win32-x64, win32-arm64.
// `vscode:prepublish` (npm run build) runs inside vsce, so dist/ is always fresh.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const VSCE_VERSION = '3.9.2'; // vsce 4 needs Node 22
// Two native bindings (oxc-parser; oxc-resolver for the project model, about 0.8 MB compressed).
const MAX_BYTES = 3 * 1024 * 1024;

/** vsce target → the oxc-parser binding package that platform loads. */
const BINDINGS = {
  'linux-x64': 'binding-linux-x64-gnu',
  'linux-arm64': 'binding-linux-arm64-gnu',
  'alpine-x64': 'binding-linux-x64-musl',
  'darwin-x64': 'binding-darwin-x64',
  'darwin-arm64': 'binding-darwin-arm64',
  'win32-x64': 'binding-win32-x64-msvc',
  'win32-arm64': 'binding-win32-arm64-msvc',
};

const { values: args } = parseArgs({ options: { target: { type: 'string', default: 'linux-x64' }, out: { type: 'string' } } });
const target = args.target;
const binding = BINDINGS[target];
if (!binding) {
  console.error(`unknown target ${target}; one of ${Object.keys(BINDINGS).join(', ')}`);
  process.exit(2);
}
if (!existsSync(join(root, 'node_modules/@oxc-parser', binding))) {
  console.error(`@oxc-parser/${binding} is not installed, so a ${target} .vsix would have no parser. See the comment at the top of this script.`);
  process.exit(1);
}
const out = resolve(args.out ?? join(root, `${pkg.name}-${pkg.version}-${target}.vsix`));

const started = Date.now();
const r = spawnSync(
  'npx',
  ['--yes', '--package', `@vscode/vsce@${VSCE_VERSION}`, '--', 'vsce', 'package', '--target', target, '--allow-missing-repository', '--skip-license', '--out', out],
  { cwd: root, stdio: 'inherit', timeout: 600_000 },
);
if (r.status !== 0) process.exit(r.status ?? 1);

const bytes = statSync(out).size;
console.log(`${out}: ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
// Other platforms' bindings must never ride along (a .vsix per target is the point).
const stray = readdirSync(join(root, 'node_modules/@oxc-parser')).filter((b) => b !== binding);
if (stray.length) console.warn(`note: other bindings are installed (${stray.join(', ')}); .vscodeignore keeps only what vsce lists as dependencies`);
if (bytes > MAX_BYTES) {
  console.error(`the .vsix is larger than ${MAX_BYTES / 1024 / 1024} MB: check .vscodeignore`);
  process.exit(1);
}
