#!/usr/bin/env node
// Where the lists of labelled no-n-plus-one findings come from, and how often each kind is worth
// fixing: the evidence behind "the code rarely shows how long a list is" (test/corpus/real-apps/README.md).
//
// Reads audit runs written by scripts/real-app-audit.mjs (--json, with --show-held-out so that the
// findings are there) and labels.json, keeps the no-n-plus-one findings that have a label, and
// splits them by what the message says about the list (`per item of `<list>``) and the path.
//
// Usage: node scripts/real-app-list-origins.mjs [--labels FILE] <audit.json>...
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, wilson } from './lib/wilson.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each kind is a test on the finding's message; a finding may be of several kinds. */
export const KINDS = {
  'sent by the client (body, input, dto, args, command)': (m) => /item of `[^`]*\b(body|input|dto|payload|req|request|args|params|command)\b/i.test(m),
  'rows of an import or a batch (rows, records, csv, items, data.)': (m) => /item of `[^`]*(import|rows|records|csv|items|data\.)/i.test(m),
  'a list of ids': (m) => /item of `[^`]*(ids|Ids)\b/.test(m),
  'a field of one record (`x.things`)': (m) => /item of `[^`]*\.[a-z]+s`/.test(m),
  'reached from an entry point (handler, resolver, procedure)': (m) => /from (request handler|tRPC|NestJS|GraphQL|route|Next\.js)/.test(m),
  'through a helper in another module': (m) => /\bqueries once per\b/.test(m),
};

export function tally(findings) {
  const c = { TP: 0, debatable: 0, FP: 0 };
  for (const f of findings) c[f.label]++;
  const n = findings.length;
  return { n, ...c, strict: n ? c.TP / n : NaN, interval: wilson(c.TP, n) };
}

export function labelledFindings(runs, labels) {
  const out = [];
  const seen = new Set();
  for (const run of runs) {
    for (const f of run.findings ?? []) {
      const key = [f.app, f.file, f.line, f.rule].join('|');
      if (f.rule !== 'no-n-plus-one' || seen.has(key) || !labels[key]) continue;
      seen.add(key);
      out.push({ ...f, label: labels[key].label });
    }
  }
  return out;
}

export function originTable(findings) {
  const rows = [['all labelled findings', tally(findings)]];
  for (const [kind, test] of Object.entries(KINDS)) rows.push([kind, tally(findings.filter((f) => test(f.message)))]);
  return rows;
}

function main(argv) {
  let labelsFile = path.join(REPO_ROOT, 'test', 'corpus', 'real-apps', 'labels.json');
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--labels') labelsFile = argv[++i];
    else files.push(argv[i]);
  }
  if (!files.length) {
    console.error('usage: node scripts/real-app-list-origins.mjs [--labels FILE] <audit.json>...');
    process.exit(2);
  }
  const raw = JSON.parse(fs.readFileSync(labelsFile, 'utf8'));
  const runs = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  const findings = labelledFindings(runs, raw.labels ?? raw);
  console.log('| the list | findings | TP | debatable | FP | strict | 95 % |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const [kind, t] of originTable(findings)) console.log(`| ${kind} | ${t.n} | ${t.TP} | ${t.debatable} | ${t.FP} | ${fmt(t.strict)} | ${t.n ? `${fmt(t.interval[0])}–${fmt(t.interval[1])}` : '–'} |`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
