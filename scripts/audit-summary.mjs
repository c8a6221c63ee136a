#!/usr/bin/env node
// Precision of a labelled sample of real-code findings.
//
// Joins the sample that scripts/sample-real-findings.mjs wrote (--json) with the hand labels in
// test/corpus/real-world-labels.json (keyed by the path in the corpus folder and the line,
// `@directus+api@39.2.1/dist/services/users.js:255`), and prints one
// table per rule: sampled, TP, debatable, FP, precision TP / (TP + FP), strict TP / sampled, and
// the 95 % Wilson interval of precision. A sampled finding without a label is listed and the
// script exits 1, so a stale label file cannot pass for a labelled sample.
//
// Usage: node scripts/audit-summary.mjs [--sample out/real-findings.json] [--labels FILE] [--rows]
//   --rows   also print the per-finding table (for test/corpus/REAL-WORLD-AUDIT.md)

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, wilson } from './lib/wilson.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const samplePath = path.resolve(REPO_ROOT, option('--sample', 'out/real-findings.json'));
const labelsPath = path.resolve(REPO_ROOT, option('--labels', 'test/corpus/real-world-labels.json'));

const sample = JSON.parse(fs.readFileSync(samplePath, 'utf8'));
const labels = JSON.parse(fs.readFileSync(labelsPath, 'utf8'));


const byRule = new Map();
const rows = [];
const missing = [];
for (const finding of sample.sample) {
  // The corpus folder's own name (`@directus+api@39.2.1/…`), as in the sample's file paths.
  const key = `${path.relative(path.resolve(REPO_ROOT, sample.corpus.dir), path.resolve(REPO_ROOT, finding.file)).split(path.sep).join('/')}:${finding.line}`;
  const label = labels[key];
  if (!label) {
    missing.push(`#${finding.n} ${finding.rule} ${key}`);
    continue;
  }
  const rule = finding.rule.replace(/^perf-coach\//, '');
  const counts = byRule.get(rule) ?? { sampled: 0, TP: 0, debatable: 0, FP: 0, findings: sample.totals?.[finding.rule] ?? sample.perRule?.[finding.rule] };
  counts.sampled++;
  counts[label.label]++;
  byRule.set(rule, counts);
  rows.push(`| ${finding.n} | \`${rule}\` | \`${key}\` | ${label.label} | ${label.reason} |`);
}

if (args.includes('--rows')) {
  console.log('| # | rule | finding | label | reason |\n|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log('');
}

console.log('| rule | sampled | TP | debatable | FP | precision | strict | 95 % interval |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
const total = { sampled: 0, TP: 0, debatable: 0, FP: 0 };
for (const [rule, c] of [...byRule].sort()) {
  for (const k of Object.keys(total)) total[k] += c[k];
  const [lo, hi] = wilson(c.TP, c.TP + c.FP);
  console.log(`| \`${rule}\` | ${c.sampled} | ${c.TP} | ${c.debatable} | ${c.FP} | ${fmt(c.TP / (c.TP + c.FP))} | ${fmt(c.TP / c.sampled)} | ${fmt(lo)}–${fmt(hi)} |`);
}
const [lo, hi] = wilson(total.TP, total.TP + total.FP);
console.log(`| all | ${total.sampled} | ${total.TP} | ${total.debatable} | ${total.FP} | ${fmt(total.TP / (total.TP + total.FP))} | ${fmt(total.TP / total.sampled)} | ${fmt(lo)}–${fmt(hi)} |`);

if (missing.length) {
  console.error(`\n${missing.length} sampled finding(s) have no label in ${path.relative(REPO_ROOT, labelsPath)}:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
