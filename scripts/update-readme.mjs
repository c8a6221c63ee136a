#!/usr/bin/env node
// Regenerates the rule table in README.md from the rules' metadata and explainers' front matter
// (between <!-- rules:start --> and <!-- rules:end -->). `--check` fails when the README is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const plugin = require(join(root, 'dist/eslint-plugin/index.js'));

export function ruleTable() {
  const rows = Object.entries(plugin.rules).map(([id, rule]) => {
    const front = parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, 'rules', `${id}.md`), 'utf8'))[1]);
    const inRecommended = rule.meta.docs.recommended ? `✅ ${front.severity}` : '';
    const suggestions = rule.meta.hasSuggestions ? '💡' : '';
    return `| [\`perf-coach/${id}\`](rules/${id}.md) | ${rule.meta.docs.description} | ${rule.meta.docs.category} | ${inRecommended} | ${suggestions} |`;
  });
  return ['| Rule | What it flags | Category | `recommended` | Suggestions |', '|---|---|---|---|---|', ...rows].join('\n');
}

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = readme.replace(/(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/, (_m, start, end) => `${start}\n${ruleTable()}\n${end}`);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md rule table is out of date: run `node scripts/update-readme.mjs`.');
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log('README.md rule table updated.');
}
