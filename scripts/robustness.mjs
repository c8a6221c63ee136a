#!/usr/bin/env node
// Bad input never crashes a rule: runs every rule over every JS/TS file (.js .jsx .mjs .cjs .ts
// .tsx .mts .cts) under the given folders (default: this project's node_modules: bundles, minified
// code, huge generated files, declaration files, odd syntax, nested node_modules included), with
// analysis failures re-thrown (PERF_COACH_STRICT=1). Every file is counted: linted (with or without
// a parse error) or "not linted" (ESLint found no configuration for it or ignored it), and "not
// linted" must be zero, like rule exceptions.
// Usage: node scripts/robustness.mjs [dir ...] [--sample N] [--json out.json]
//   --sample N   an even sample of N files (npm test runs a bounded sample)
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.PERF_COACH_STRICT = '1';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const plugin = createRequire(import.meta.url)(join(root, 'dist/eslint-plugin/index.js'));
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sample = option('--sample') ? Number(option('--sample')) : Infinity;
const jsonOut = option('--json');
const dirs = args.filter((a, i) => !a.startsWith('--') && !['--sample', '--json'].includes(args[i - 1]));
if (!dirs.length) dirs.push(join(root, 'node_modules'));

export const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
let files = [];
for (const dir of dirs) {
  (function walk(d) {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      let s;
      try {
        s = statSync(p);
      } catch {
        continue; // dangling symlink
      }
      if (s.isDirectory()) walk(p);
      else if (s.isFile() && SOURCE.test(name)) files.push({ dir, file: p });
    }
  })(dir);
}
if (files.length > sample) {
  const step = files.length / sample;
  files = Array.from({ length: sample }, (_, i) => files[Math.floor(i * step)]);
}

const linter = new Linter({ configType: 'flat' });
const rules = Object.fromEntries(Object.keys(plugin.rules).map((r) => [`perf-coach/${r}`, 'warn']));
const config = [
  // Named extensions: a `**/*` pattern alone matches only files another config already matches.
  { files: ['**/*.{js,mjs,cjs,ts,mts,cts}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: false } } } },
  { files: ['**/*.{jsx,tsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], plugins: { 'perf-coach': plugin }, rules },
];
const NOT_LINTED = /no matching configuration|ignored because|File ignored/i;
let parseErrors = 0;
let findings = 0;
let bytes = 0;
let lines = 0;
const notLinted = [];
const exceptions = [];
const timings = [];
const started = performance.now();
for (const { dir, file } of files) {
  const text = readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  // A path under src/ so every rule treats the file as runtime code (the strictest setting), and
  // with `node_modules` renamed so ESLint's default ignores do not skip nested packages.
  const virtual = join(root, 'src', 'robustness', relative(dir, file).split(sep).map((p) => (p === 'node_modules' ? 'deps' : p)).join(sep));
  const t0 = performance.now();
  try {
    const messages = linter.verify(text, config, { filename: virtual });
    for (const m of messages) {
      if (m.fatal) parseErrors++;
      else if (m.ruleId?.startsWith('perf-coach/')) findings++;
      else if (!m.ruleId && NOT_LINTED.test(m.message)) notLinted.push(`${relative(root, file)}: ${m.message}`);
    }
  } catch (error) {
    exceptions.push(`${relative(root, file)}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
  timings.push({ file: relative(root, file), ms: performance.now() - t0, bytes: text.length });
}
const seconds = (performance.now() - started) / 1000;
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const slowest = timings.sort((a, b) => b.ms - a.ms).slice(0, 10);
console.log(`robustness: ${files.length} files, ${lines} lines (${(bytes / 1e6).toFixed(1)} MB) under ${dirs.map((d) => relative(root, d) || d).join(', ')} in ${seconds.toFixed(1)} s, peak RSS ${peakRssMb} MB`);
console.log(`  linted: ${files.length - notLinted.length}; not linted (no configuration, ignored): ${notLinted.length}`);
console.log(`  parse errors (reported by ESLint, not rule failures): ${parseErrors}`);
console.log(`  findings: ${findings}`);
console.log(`  rule exceptions: ${exceptions.length}`);
for (const e of [...notLinted, ...exceptions].slice(0, 20)) console.log(`    ${e}`);
console.log('  slowest files:');
for (const t of slowest) console.log(`    ${t.ms.toFixed(0).padStart(6)} ms  ${(t.bytes / 1000).toFixed(0).padStart(5)} kB  ${t.file}`);
if (jsonOut) {
  writeFileSync(jsonOut, `${JSON.stringify({ files: files.length, lines, bytes, seconds, peakRssMb, parseErrors, findings, notLinted: notLinted.length, exceptions, slowest }, null, 2)}\n`);
}
process.exit(exceptions.length || notLinted.length ? 1 : 0);
