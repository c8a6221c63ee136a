#!/usr/bin/env node
// Bad input never crashes a rule: runs every rule over every .js/.ts/.mjs/.cjs file in this
// project's node_modules (bundles, minified code, huge generated files, declaration files, odd
// syntax) with analysis failures re-thrown, and reports files, time and rule exceptions.
// Usage: node scripts/robustness.mjs [dir] [--limit N] [--sample N]
// --sample N: N files spread evenly over the whole list (npm test's bounded run); the full run is the default.
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.PERF_COACH_STRICT = '1';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const plugin = createRequire(import.meta.url)(join(root, 'dist/eslint-plugin/index.js'));
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const sampleAt = args.indexOf('--sample');
const sample = sampleAt >= 0 ? Number(args[sampleAt + 1]) : Infinity;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit' && args[i - 1] !== '--sample') ?? join(root, 'node_modules');

const files = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    let s;
    try {
      s = statSync(p);
    } catch {
      continue; // dangling symlink
    }
    if (s.isDirectory()) walk(p);
    else if (/\.(c|m)?[jt]s$/.test(name)) files.push(p);
  }
})(dir);
files.splice(limit);
if (files.length > sample) files.splice(0, files.length, ...Array.from({ length: sample }, (_, i) => files[Math.floor((i * files.length) / sample)]));

const linter = new Linter({ configType: 'flat' });
const config = [
  { files: ['**/*'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: false } } } },
  { files: ['**/*'], plugins: { 'perf-coach': plugin }, rules: Object.fromEntries(Object.keys(plugin.rules).map((r) => [`perf-coach/${r}`, 'warn'])) },
];
let parseErrors = 0;
let findings = 0;
let bytes = 0;
const exceptions = [];
const started = performance.now();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  try {
    // A path under src/ so every rule treats the file as runtime code (the strictest setting).
    const messages = linter.verify(text, config, { filename: join(root, 'src', 'robustness', relative(dir, file)) });
    for (const m of messages) {
      if (m.fatal) parseErrors++;
      else if (m.ruleId?.startsWith('perf-coach/')) findings++;
    }
  } catch (error) {
    exceptions.push(`${relative(root, file)}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`robustness: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB) under ${relative(root, dir) || dir} in ${seconds.toFixed(1)} s`);
console.log(`  parse errors (reported by ESLint, not rule failures): ${parseErrors}`);
console.log(`  findings: ${findings}`);
console.log(`  rule exceptions: ${exceptions.length}`);
for (const e of exceptions.slice(0, 20)) console.log(`    ${e}`);
process.exit(exceptions.length ? 1 : 0);
