#!/usr/bin/env node
// A/B of ESLint + perf-coach `recommended` on the whole benchmark corpus: two builds of the plugin,
// run alternately, each in a process of its own, so a difference can be told from the machine's noise.
//
//   node bench/ab-recommended.mjs <plugin A index.js> <plugin B index.js> [--rounds N]
//   e.g. git worktree add ../old <commit> && (cd ../old && npm ci && npm run build), then
//        node bench/ab-recommended.mjs ../old/dist/eslint-plugin/index.js dist/eslint-plugin/index.js
//
// Either build may be `none` (ESLint with no rules). Prints wall seconds and findings per run. The corpus must be cached first (`node bench/corpus.mjs`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR } from './corpus.mjs';

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const [, plugin] = args;
  const { ESLint } = await import('eslint');
  const tsParser = (await import('@typescript-eslint/parser')).default;
  const { createRequire } = await import('node:module');
  // `none`: ESLint with the same parser and files but no rules, the floor the ratio divides by.
  const perfCoach = plugin === 'none' ? undefined : createRequire(import.meta.url)(path.resolve(plugin));
  const eslint = new ESLint({
    cwd: path.join(CACHE_DIR, 'files'),
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], languageOptions: { parser: tsParser }, linterOptions: { reportUnusedDisableDirectives: 'off' } }, ...(perfCoach ? [perfCoach.configs.recommended] : [])],
    cache: false,
    warnIgnored: false,
    errorOnUnmatchedPattern: false,
  });
  const started = performance.now();
  const results = await eslint.lintFiles(['.']);
  const findings = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId?.startsWith('perf-coach/')).length, 0);
  console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, files: results.length, findings }));
} else {
  const plugins = args.filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  const rounds = Number(args[args.indexOf('--rounds') + 1]) || 2;
  if (plugins.length !== 2) {
    console.error('usage: node bench/ab-recommended.mjs <plugin A index.js> <plugin B index.js> [--rounds N]');
    process.exit(2);
  }
  const self = fileURLToPath(import.meta.url);
  for (let round = 1; round <= rounds; round++) {
    for (const [label, plugin] of [['A', plugins[0]], ['B', plugins[1]]]) {
      const r = spawnSync(process.execPath, [self, '--child', plugin], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) {
        console.error(`${label} failed:\n${r.stderr}`);
        process.exit(1);
      }
      const out = JSON.parse(r.stdout.trim().split('\n').at(-1));
      console.log(`round ${round} ${label}: ${out.seconds.toFixed(1)} s, ${out.files} files, ${out.findings} findings (${plugin})`);
    }
  }
}
