#!/usr/bin/env node
// The README's main command: lint the bundled example backend with the built plugin and print
// what Perf Coach finds, the way the ESLint CLI would in CI.
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const plugin = require(join(root, 'dist/eslint-plugin/index.js'));
const target = process.argv[2] ?? join(root, 'examples');

const eslint = new ESLint({
  cwd: target,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    plugin.configs.recommended,
  ],
});
const started = performance.now();
const results = await eslint.lintFiles(['.']);
const ms = performance.now() - started;
const formatter = await eslint.loadFormatter('stylish');
process.stdout.write(await formatter.format(results));

const counts = {};
for (const r of results) for (const m of r.messages) if (m.ruleId) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
console.log(`Perf Coach checked ${results.length} files in ${relative(process.cwd(), target) || '.'} in ${Math.round(ms)} ms:`);
for (const [rule, n] of Object.entries(counts).sort()) console.log(`  ${rule.padEnd(34)} ${n}`);
console.log('Explainers: rules/<rule-id>.md (or the links in each message\'s rule docs).');
