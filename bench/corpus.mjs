#!/usr/bin/env node
// Benchmark corpus: real server code from pinned npm packages.
//
// Each package below is fetched at an exact version with `npm pack` (tarball
// only: no dependency tree, no install scripts), checked against its pinned
// integrity hash, and only its own server source is kept: the folders listed
// in `roots`, minus minified, bundled and declaration files. The result lives
// in bench/.cache/corpus/ (git-ignored) and is reused while the pins and the
// selection rules are unchanged.
//
// Usage: node bench/corpus.mjs [--limit N]   prints files and lines
//        import { loadCorpus } from './corpus.mjs'

import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const CACHE_DIR = path.join(BENCH_DIR, '.cache', 'corpus');
/** All kept files live under here, one folder per package. */
export const FILES_DIR = path.join(CACHE_DIR, 'files');
const MARKER = path.join(CACHE_DIR, 'complete.json');

/**
 * Pinned packages. `roots` are folders inside the package that hold server
 * code; `skip` are folder prefixes inside those roots to leave out (browser
 * scripts, generated type tables). Integrity pins make the corpus byte-for-byte
 * reproducible: a changed tarball is an error, not a silent new baseline.
 */
export const PACKAGES = [
  // Blogging platform; plain CommonJS source (not compiled). The admin UI is
  // shipped prebuilt under core/built and is front-end code, so it is not a root.
  {
    name: 'ghost',
    version: '6.65.0',
    integrity:
      'sha512-D369qivOmfn4YwvBD1DljOGsHnJzBEQhBsiFnBZD+GjWrBpdZQYYNHneiQcKQVJwUom8eHWml1n5FRLQIwVFOg==',
    roots: ['core/server', 'core/shared', 'core/frontend'],
    skip: ['core/frontend/public', 'core/frontend/src'],
  },
  {
    name: '@directus/api',
    version: '39.2.1',
    integrity:
      'sha512-jPm5H7eJFguE956zkWVbA+p+uKWt10kiZXGDCj1YDcc1SzPhAdHo4klMuPbny8UpGZzdASKQOKmznhP6ysso8Q==',
    roots: ['dist'],
  },
  // Medusa: the server app plus the packages where its workflows and modules live.
  {
    name: '@medusajs/medusa',
    version: '2.21.2',
    integrity:
      'sha512-kzotmmmdv8hou319iRiYuDDqqNzxPWf9d7HHidRhagmHDGU+b863ecLaeLyfAvyc2UniFxb/UpnwjvKDvZ0cuA==',
    roots: ['dist'],
  },
  {
    name: '@medusajs/core-flows',
    version: '2.21.2',
    integrity:
      'sha512-GNRdpMU1GxkG/HSZRXhrJQceEDcM/ODcP61Vt3UFyxM0VKtNJFp+leScxC5XB4ykGlcwzOlymwSltBqC/+7xcQ==',
    roots: ['dist'],
  },
  {
    name: '@medusajs/framework',
    version: '2.21.2',
    integrity:
      'sha512-AwX3Plxm1t4wJ8dqhwDpa2/5EuKJHdwsBxDb26E6lc3HKIJAzUFLJiF37wp5pZWicb7ETJtUe36jy/dUZw5fkg==',
    roots: ['dist'],
  },
  {
    name: '@medusajs/utils',
    version: '2.21.2',
    integrity:
      'sha512-ZuzwLBd8KAIbTXEFbN15ZH84VNzZogw0dVEsfLSk+ka4CUO01nEAbxSLXwK3MnUQ/FMi0athJFdE1YjGNQYzWg==',
    roots: ['dist'],
  },
  {
    name: '@medusajs/order',
    version: '2.21.2',
    integrity:
      'sha512-3yHznzM7ZIyIDTpUuVFQe/H/Pb8oqXV69TgYiaK1wpXWXYO/np0bI/uzF1z8QG7QDiF3WQgncwQLZiAneSwt/A==',
    roots: ['dist'],
  },
  {
    name: 'parse-server',
    version: '9.10.0',
    integrity:
      'sha512-f4IIsWLsh30mOJl6u6SB3GBrj7Zj4f69dKkI0PPZxNeVttlKFBEg/VHc2AQrWKWRvnIlWy22o2UdX4ECPDPCIw==',
    roots: ['lib'],
  },
  {
    name: 'verdaccio',
    version: '6.10.4',
    integrity:
      'sha512-2XjsxiH/ZYWjefbVLY854mo+lz1M14mdhx/tI1278aVXN/D9dTflpw0T6w1oi6WChMLhRogTnz8blL36Ys/dhQ==',
    roots: ['build'],
  },
  {
    name: '@strapi/core',
    version: '5.54.0',
    integrity:
      'sha512-iPBrqkco5whcVis7+KFQk/M71Cvh2GyKVwjTS6a1Yosu8xmo6QNQKuKsXjpbhO+trDHG/Z1bo6H1VXfvCj9E8Q==',
    roots: ['dist'],
  },
  {
    name: '@nestjs/core',
    version: '12.5.1',
    integrity:
      'sha512-jka7pfgn8Q1kWxT+tbNXzAJNx+DIVid/cldQiUZC2OpE49JNSvjI1EuwFN4ZM+5+/VLdRqOJubJuGR1OES43pw==',
    roots: ['.'],
  },
  {
    name: 'n8n-core',
    version: '2.41.1',
    integrity:
      'sha512-6IlN6Iyp6xdYlSHVjE8aD3E/073HJ3ZRvS0Hx6Z6FLx5xemdvqndtW/RISQlTPOuPlfZPlF2tjwgc3MkZciRRQ==',
    roots: ['dist'],
  },
  {
    name: '@vendure/core',
    version: '3.7.3',
    integrity:
      'sha512-Og8/rWxpk2SfgnJpTp2JI1cj5b4b0wOIkiC8ACw6uut48o5iPOceX4cp3JlOUmEhyl/JnaoHx0+DLJrRwDiigg==',
    roots: ['dist'],
  },
  // The next three ship their TypeScript sources, so the corpus has real .ts too.
  {
    name: '@trpc/server',
    version: '11.25.2',
    integrity:
      'sha512-zfFwyroSYSYlsAGo7yezGM+gAhHRBD9LyVMkXyCjWM2JuhorKGzl2fBzEUjHSKTtYlJ8l6DR3LHsBHBCTmAofQ==',
    roots: ['src'],
  },
  {
    name: '@feathersjs/feathers',
    version: '5.0.50',
    integrity:
      'sha512-rd3swoLKXZ70bcRQovmu1CdIe6NRLnvYmokM/nIyWUo0pHs5sJKZX/slhcNg/Mopcna1tRNZ8+1zzQ7bSKbs3Q==',
    roots: ['src'],
  },
  // Only the Node-side parts (CLI, server runtime, bundler); the React and
  // browser clients are left out.
  {
    name: 'convex',
    version: '1.48.0',
    integrity:
      'sha512-M9jEgTvCN8ziP/VgQQUH+j0ijM7g+NmQd8tFlvETK8/HMC/aaqHZwcu4hBO30X5DV2VIyYK4mOoLQGIb1766ew==',
    roots: ['src/cli', 'src/server', 'src/bundler', 'src/common', 'src/values'],
  },
  // An ODM whose hand-written source has several 3,000- to 5,500-line files: the editor path's
  // target is stated for a 3,000-line file, and none of the packages above has one.
  {
    name: 'mongoose',
    version: '9.12.1',
    integrity:
      'sha512-wPw1NKurTDShT+kr/JJvhdwPKIJkxFJv5GEbv++QahN8snPR9Fp/BFg6nQbbCyUHBB8DexwwlCQW6SfBD99QCg==',
    roots: ['lib'],
  },
];

// Bump when the selection rules below change, so cached corpora are rebuilt.
const RULES_VERSION = 1;

const SOURCE_EXT = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs'];
const MAX_BYTES = 1_000_000; // anything bigger is generated or bundled
const MAX_AVG_LINE = 300; // minifiers put whole programs on a few lines
// Signs that a file contains other packages inlined by a bundler.
const BUNDLE_MARKERS = [
  '__webpack_require__',
  'webpackBootstrap',
  'parcelRequire',
  '__commonJS = (cb, mod)',
  'var __commonJS = function',
];

function pinsHash() {
  return createHash('sha256')
    .update(JSON.stringify({ PACKAGES, RULES_VERSION, SOURCE_EXT, MAX_BYTES, MAX_AVG_LINE, BUNDLE_MARKERS }))
    .digest('hex')
    .slice(0, 16);
}

const dirNameOf = (pkg) => `${pkg.name.replace('/', '+')}@${pkg.version}`;

function sourceExt(file) {
  if (/\.d\.[cm]?ts$/.test(file)) return null;
  const ext = path.extname(file);
  return SOURCE_EXT.includes(ext) ? ext : null;
}

function countLines(text) {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

/** Why a candidate file is left out, or null to keep it. */
function rejectReason(rel, text) {
  if (/\.min\./.test(path.basename(rel))) return 'minified';
  if (text.length > MAX_BYTES) return 'too large';
  const lines = countLines(text);
  if (lines > 0 && text.length / lines > MAX_AVG_LINE) return 'minified';
  if (BUNDLE_MARKERS.some((m) => text.includes(m))) return 'bundled';
  return null;
}

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    // Vendored dependencies are someone else's code: never part of the corpus.
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && sourceExt(entry.name)) out.push(full);
  }
  return out;
}

/**
 * Compiled packages often ship the same module twice (foo.js and foo.mjs).
 * Keep one per stem so no code is counted twice, preferring TS sources.
 */
function dropTwins(files) {
  const byStem = new Map();
  for (const f of files) {
    const stem = f.slice(0, -path.extname(f).length);
    const prev = byStem.get(stem);
    if (!prev || SOURCE_EXT.indexOf(path.extname(f)) < SOURCE_EXT.indexOf(path.extname(prev))) {
      byStem.set(stem, f);
    }
  }
  return [...byStem.values()];
}

function runNpmPack(specs, dest) {
  const res = spawnSync('npm', ['pack', ...specs, '--json', '--ignore-scripts', '--pack-destination', dest], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) {
    throw new Error(`npm pack failed (exit ${res.status}):\n${res.stderr}`);
  }
  return JSON.parse(res.stdout);
}

function extract(tarball, dest) {
  fs.mkdirSync(dest, { recursive: true });
  const res = spawnSync('tar', ['-xzf', tarball, '-C', dest], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`tar failed on ${tarball}:\n${res.stderr}`);
  // npm tarballs hold one top folder, almost always named "package".
  const [top] = fs.readdirSync(dest);
  return path.join(dest, top);
}

function buildCorpus(log) {
  fs.rmSync(CACHE_DIR, { recursive: true, force: true });
  const staging = path.join(CACHE_DIR, 'staging');
  fs.mkdirSync(staging, { recursive: true });

  const specs = PACKAGES.map((p) => `${p.name}@${p.version}`);
  log(`corpus: fetching ${specs.length} pinned packages with npm pack ...`);
  const packed = runNpmPack(specs, staging);

  const files = [];
  const skipped = {};
  const perPackage = {};
  for (const pkg of PACKAGES) {
    const info = packed.find((p) => p.name === pkg.name && p.version === pkg.version);
    if (!info) throw new Error(`npm pack did not return ${pkg.name}@${pkg.version}`);
    if (info.integrity !== pkg.integrity) {
      throw new Error(`integrity mismatch for ${pkg.name}@${pkg.version}: got ${info.integrity}`);
    }
    const pkgRoot = extract(path.join(staging, info.filename), path.join(staging, dirNameOf(pkg)));
    const candidates = [];
    for (const root of pkg.roots) {
      const abs = path.join(pkgRoot, root);
      if (!fs.existsSync(abs)) throw new Error(`${pkg.name}: root "${root}" not in the tarball`);
      walk(abs, candidates);
    }
    let kept = 0;
    for (const abs of dropTwins(candidates).sort()) {
      const rel = path.relative(pkgRoot, abs).split(path.sep).join('/');
      if ((pkg.skip ?? []).some((s) => rel === s || rel.startsWith(`${s}/`))) continue;
      const text = fs.readFileSync(abs, 'utf8');
      const reason = rejectReason(rel, text);
      if (reason) {
        skipped[reason] = (skipped[reason] ?? 0) + 1;
        continue;
      }
      const target = path.join(FILES_DIR, dirNameOf(pkg), rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(abs, target);
      files.push([`${dirNameOf(pkg)}/${rel}`, countLines(text)]);
      kept++;
    }
    perPackage[`${pkg.name}@${pkg.version}`] = kept;
  }
  fs.rmSync(staging, { recursive: true, force: true });

  files.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const marker = { hash: pinsHash(), perPackage, skipped, files };
  fs.writeFileSync(MARKER, JSON.stringify(marker));
  return marker;
}

function readMarker() {
  try {
    const marker = JSON.parse(fs.readFileSync(MARKER, 'utf8'));
    if (marker.hash === pinsHash() && fs.existsSync(FILES_DIR)) return marker;
  } catch {
    // missing or unreadable: rebuild
  }
  return null;
}

/** Evenly spread, deterministic sample so a small limit still covers every package. */
function sample(entries, limit) {
  if (!limit || limit >= entries.length) return entries;
  const out = [];
  for (let i = 0; i < limit; i++) out.push(entries[Math.floor((i * entries.length) / limit)]);
  return out;
}

/**
 * Corpus description: absolute file paths plus totals.
 * @param {{ limit?: number, log?: (msg: string) => void }} [opts]
 */
export function corpusInfo({ limit, log = (m) => console.error(m) } = {}) {
  const marker = readMarker() ?? buildCorpus(log);
  const chosen = sample(marker.files, limit);
  return {
    root: FILES_DIR,
    files: chosen.map(([rel]) => path.join(FILES_DIR, rel)),
    lines: chosen.reduce((sum, [, n]) => sum + n, 0),
    complete: chosen.length === marker.files.length,
    perPackage: marker.perPackage,
    skipped: marker.skipped,
  };
}

/**
 * Absolute paths of the corpus files (all of them, or an even sample of `limit`).
 * @param {{ limit?: number }} [opts]
 * @returns {Promise<string[]>}
 */
export async function loadCorpus({ limit } = {}) {
  return corpusInfo({ limit }).files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--limit');
  const limit = i > 0 ? Number(process.argv[i + 1]) : undefined;
  const info = corpusInfo({ limit });
  for (const [pkg, n] of Object.entries(info.perPackage)) console.log(`  ${pkg.padEnd(32)} ${n} files`);
  console.log(`skipped: ${JSON.stringify(info.skipped)}`);
  console.log(`files: ${info.files.length}, lines: ${info.lines}`);
}
