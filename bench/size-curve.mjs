#!/usr/bin/env node
// Size/time curve of the rules: the editor's engine (src/host/lint-text.ts, oxc-parser + the
// rules) on generated backend code of growing size (robustness/generate.mjs), so a rule that is
// quadratic in file size shows as a slope above 1 before a user meets it.
//
//   node bench/size-curve.mjs                 125/250/500/1000 kB, both shapes, median of 3
//   node bench/size-curve.mjs --eslint        also ESLint + perf-coach/all at 1 MB and 5 MB
//   node bench/size-curve.mjs --heap          also the smallest heap that analyses 1 MB
//
// Targets (issue 13): 1 MB of generated code in <= 2 s (parse + rules), 5 MB through ESLint in
// <= 20 s. Writes bench/results/size-curve.json. Exits non-zero only when something fails to run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildHost, HOST_PROBE } from './lib/build-host.mjs';
import { generate } from './robustness/generate.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH_DIR);
const SIZES_KB = [125, 250, 500, 1000];
const SHAPES = ['units', 'one-function'];
const TARGET_1MB_MS = 2000;
const TARGET_ESLINT_5MB_MS = 20_000;
const args = process.argv.slice(2);

/** The editor's engine (lintText), bundled by the benchmark's own host build. */
async function buildLintText() {
  await buildHost();
  return import(pathToFileURL(HOST_PROBE).href);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Slope of log(time) over log(size) between the smallest and largest size: 1 is linear. */
const slope = (rows) => Math.log(rows.at(-1).totalMs / rows[0].totalMs) / Math.log(rows.at(-1).kb / rows[0].kb);

if (args[0] === '--heap-probe') {
  const { lintText } = await import(pathToFileURL(HOST_PROBE).href);
  const r = lintText({ filename: '/p/src/routes/gen.js', text: generate(1_000_000), maxBytes: 1e8 });
  console.log(r.findings.length);
  process.exit(0);
}

const { lintText } = await buildLintText();
// Warm-up, so the first size does not pay for compiling the rules.
for (let i = 0; i < 3; i++) lintText({ filename: '/p/src/routes/gen.js', text: generate(200_000), maxBytes: 1e8 });
const report = { date: new Date().toISOString().slice(0, 10), node: process.version, curves: {}, targets: {} };
for (const shape of SHAPES) {
  const rows = [];
  for (const kb of SIZES_KB) {
    const text = generate(kb * 1000, shape);
    const runs = [0, 1, 2].map(() => lintText({ filename: '/p/src/routes/gen.js', text, maxBytes: 1e8 }));
    const parseMs = median(runs.map((r) => r.timings.parseMs));
    const rulesMs = median(runs.map((r) => r.timings.rulesMs));
    rows.push({ kb, bytes: text.length, findings: runs[0].findings.length, parseMs: Math.round(parseMs), rulesMs: Math.round(rulesMs), totalMs: Math.round(parseMs + rulesMs) });
  }
  report.curves[shape] = { rows, slope: Number(slope(rows).toFixed(2)) };
  console.log(`\n${shape}: slope ${slope(rows).toFixed(2)} (1 = linear)`);
  console.log('| kB | findings | parse ms | rules ms | total ms |\n| ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.kb} | ${r.findings} | ${r.parseMs} | ${r.rulesMs} | ${r.totalMs} |`);
}
const worst1mb = Math.max(...SHAPES.map((s) => report.curves[s].rows.at(-1).totalMs));
report.targets.oneMegabyteMs = { measured: worst1mb, target: TARGET_1MB_MS, met: worst1mb <= TARGET_1MB_MS };
console.log(`\n1 MB (slowest shape): ${worst1mb} ms, target <= ${TARGET_1MB_MS} ms: ${worst1mb <= TARGET_1MB_MS ? 'met' : 'MISSED'}`);

if (args.includes('--eslint')) {
  const { ESLint } = await import('eslint');
  const { createRequire } = await import('node:module');
  const plugin = createRequire(import.meta.url)(path.join(ROOT, 'dist', 'eslint-plugin'));
  const eslintWith = (rules) =>
    new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.js'], plugins: { 'perf-coach': plugin }, rules }] });
  // ESLint alone (espree, scope analysis, traversal) next to it: the share that is ours is the difference.
  const runs = { none: eslintWith({}), all: eslintWith(plugin.configs.all.rules) };
  report.eslint = [];
  for (const mb of [1, 5]) {
    const text = generate(mb * 1_000_000);
    const row = { mb };
    for (const [name, eslint] of Object.entries(runs)) {
      const started = performance.now();
      const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, 'src/routes/gen.js') });
      row[`${name}Ms`] = Math.round(performance.now() - started);
      if (name === 'all') row.messages = result.messages.length;
    }
    report.eslint.push(row);
    console.log(`ESLint, ${mb} MB: no rules ${row.noneMs} ms, perf-coach/all ${row.allMs} ms (${row.messages} messages)`);
  }
  const five = report.eslint.at(-1).allMs;
  report.targets.eslintFiveMegabytesMs = { measured: five, eslintAloneMs: report.eslint.at(-1).noneMs, target: TARGET_ESLINT_5MB_MS, met: five <= TARGET_ESLINT_5MB_MS };
  console.log(`ESLint 5 MB: ${five} ms (ESLint alone ${report.eslint.at(-1).noneMs} ms), target <= ${TARGET_ESLINT_5MB_MS} ms: ${five <= TARGET_ESLINT_5MB_MS ? 'met' : 'MISSED'}`);
}

if (args.includes('--heap')) {
  // The smallest old-generation limit (MB) under which 1 MB of generated code is analysed.
  const ok = (mb) => spawnSync(process.execPath, [`--max-old-space-size=${mb}`, fileURLToPath(import.meta.url), '--heap-probe'], { encoding: 'utf8' }).status === 0;
  let lo = 16;
  let hi = 1024;
  if (!ok(hi)) throw new Error('1 MB does not analyse even with a 1,024 MB heap');
  while (hi - lo > 8) {
    const mid = Math.round((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  report.heapFor1MbMb = hi;
  console.log(`smallest heap that analyses 1 MB: ${hi} MB (workers get 1,024 MB)`);
}

fs.mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
fs.writeFileSync(path.join(BENCH_DIR, 'results', 'size-curve.json'), `${JSON.stringify(report, null, 2)}\n`);
