#!/usr/bin/env node
// Check out the pinned real applications of the audit (test/corpus/real-apps/apps.json).
//
// For each app given on the command line as `name=<git dir>` (a bare clone or mirror of the
// app's repository, or a normal clone's `.git`), writes the tree of the pinned commit to
// `<out>/<name>/` with its files. Nothing is fetched from the network:
// get the repositories however you like (`git clone --bare https://github.com/<repo>`), then
// point this script at them. Files are read blob by blob (`git ls-tree` + `git cat-file --batch`),
// so a partial mirror that lacks some large blobs (fonts, images) still gives every source file;
// missing blobs and files over --max-kb (default 2048) are skipped and counted. An app folder that already holds the right commit (recorded in
// `<out>/<name>/.perf-coach-commit`) is left alone; `--force` rewrites it.
//
// Usage: node scripts/real-app-checkout.mjs --out <folder> name=<git dir> [name=<git dir> ...] [--force] [--max-kb N]
//   e.g. node scripts/real-app-checkout.mjs --out ../real-apps outline=~/mirrors/outline.git

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APPS = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/corpus/real-apps/apps.json'), 'utf8')).apps;

function usage(code) {
  (code ? console.error : console.log)(
    'usage: node scripts/real-app-checkout.mjs --out <folder> name=<git dir> [...] [--force]\n' +
      `  apps: ${APPS.map((a) => `${a.name} (${a.repo})`).join(', ')}`,
  );
  process.exit(code);
}

const args = process.argv.slice(2);
let out;
let force = false;
let maxKb = 2048;
const sources = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--out') out = args[++i];
  else if (a === '--force') force = true;
  else if (a === '--max-kb') maxKb = Number(args[++i]);
  else if (a === '--help' || a === '-h') usage(0);
  else if (/^[\w.-]+=/.test(a)) sources.push([a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
  else {
    console.error(`unknown argument: ${a}`);
    usage(2);
  }
}
if (!out || !sources.length) usage(2);

/** Writes the tree of `commit` under `target`, blob by blob; returns what was written and skipped. */
function writeTree(gitDir, commit, target) {
  const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-l', '-z', commit], { maxBuffer: 1 << 30 }).toString('utf8');
  const entries = [];
  const skipped = { missing: 0, large: 0 };
  for (const line of listing.split('\0')) {
    if (!line) continue;
    const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t(.*)$/s.exec(line);
    if (!m || m[2] !== 'blob' || m[1] === '120000') continue; // submodules and symlinks are left out
    if (m[4] !== '-' && Number(m[4]) > maxKb * 1024) {
      skipped.large++;
      continue;
    }
    entries.push({ mode: m[1], sha: m[3], file: m[5] });
  }
  let written = 0;
  // Batches keep the output of one `git cat-file --batch` call to a bounded size.
  for (let i = 0; i < entries.length; i += 2000) {
    const batch = entries.slice(i, i + 2000);
    const outBuf = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
      input: batch.map((e) => e.sha).join('\n') + '\n',
      maxBuffer: 4 << 30,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let pos = 0;
    for (const e of batch) {
      const nl = outBuf.indexOf(10, pos);
      const header = outBuf.subarray(pos, nl).toString('utf8');
      pos = nl + 1;
      const h = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
      if (!h) {
        skipped.missing++; // `<sha> missing`: the mirror does not hold this blob
        continue;
      }
      const size = Number(h[3]);
      const full = path.join(target, e.file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, outBuf.subarray(pos, pos + size), { mode: e.mode === '100755' ? 0o755 : 0o644 });
      pos += size + 1;
      written++;
    }
  }
  return { written, skipped };
}

let failed = 0;
for (const [name, gitDir] of sources) {
  const app = APPS.find((a) => a.name === name);
  if (!app) {
    console.error(`${name}: not in apps.json`);
    failed++;
    continue;
  }
  const target = path.resolve(out, name);
  const stamp = path.join(target, '.perf-coach-commit');
  if (!force && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === app.commit) {
    console.log(`${name}: already at ${app.commit.slice(0, 12)}`);
    continue;
  }
  const has = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${app.commit}^{commit}`]);
  if (has.status !== 0) {
    console.error(`${name}: ${gitDir} does not have commit ${app.commit}`);
    failed++;
    continue;
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  const started = Date.now();
  const { written, skipped } = writeTree(gitDir, app.commit, target);
  fs.writeFileSync(stamp, `${app.commit}\n`);
  console.log(
    `${name}: ${app.repo}@${app.commit.slice(0, 12)} -> ${target}: ${written} files, ${skipped.missing} missing blobs and ${skipped.large} large files skipped (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
process.exit(failed ? 1 : 0);
