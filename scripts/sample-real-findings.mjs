#!/usr/bin/env node
// Sample Perf Coach findings on real code for a manual precision audit.
//
// Lints the benchmark corpus (pinned npm server packages, see bench/corpus.mjs)
// with the built ESLint plugin's recommended config, counts every perf-coach
// finding per rule, and prints a deterministic stratified sample: up to N
// findings per rule, picked by sorting on sha1(`rule|file|line`), each with its
// message, file:line and the surrounding source. The same corpus and the same
// build always give the same sample, so a labelled audit can be re-checked.
//
// Usage: node scripts/sample-real-findings.mjs [--per-rule N] [--context N] [--seed S] [--json out.json]
//
// --seed S draws another sample from the same findings (sha1 of `S|rule|file|line`): a held-out
// sample for checking fixes that were made while reading the default one.
//
// Needs dist/ (npm run build) and bench/.cache/corpus (node bench/corpus.mjs).
// The audit built from this sample is test/corpus/REAL-WORLD-AUDIT.md.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_DIR = path.join(REPO_ROOT, 'bench', '.cache', 'corpus');
const FILES_DIR = path.join(CORPUS_DIR, 'files');
const MARKER = path.join(CORPUS_DIR, 'complete.json');
const PLUGIN_MAIN = path.join(REPO_ROOT, 'dist', 'eslint-plugin', 'index.js');
const SOURCE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

function usage(code) {
  (code ? console.error : console.log)(
    'usage: node scripts/sample-real-findings.mjs [--per-rule N] [--context N] [--seed S] [--json out.json]\n' +
      '  --per-rule N   findings sampled per rule (default 12)\n' +
      '  --seed S       draw a different, equally fixed sample (default: none)\n' +
      '  --context N    source lines shown before and after each finding (default 6)\n' +
      '  --json FILE    also write the totals, every finding (without context) and the sample as JSON',
  );
  process.exit(code);
}

function parseArgs(argv) {
  const opts = { perRule: 12, context: 6, json: undefined, seed: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(2);
      return v;
    };
    if (a === '--per-rule') opts.perRule = Number(value());
    else if (a === '--context') opts.context = Number(value());
    else if (a === '--json') opts.json = value();
    else if (a === '--seed') opts.seed = value();
    else if (a === '--help' || a === '-h') usage(0);
    else {
      console.error(`unknown argument: ${a}`);
      usage(2);
    }
  }
  for (const k of ['perRule', 'context']) {
    if (!Number.isInteger(opts[k]) || opts[k] < 0) {
      console.error(`--${k === 'perRule' ? 'per-rule' : 'context'} needs a non-negative integer`);
      process.exit(2);
    }
  }
  return opts;
}

const rel = (p) => path.relative(REPO_ROOT, p).split(path.sep).join('/');

/** Newest mtime under a folder (for the stale-build warning). */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function checkInputs() {
  if (!fs.existsSync(MARKER) || !fs.existsSync(FILES_DIR)) {
    console.error(`The benchmark corpus is missing (${rel(CORPUS_DIR)}). Run \`node bench/corpus.mjs\` first.`);
    process.exit(2);
  }
  if (!fs.existsSync(PLUGIN_MAIN)) {
    console.error(`The built plugin is missing (${rel(PLUGIN_MAIN)}). Run \`npm run build\` first.`);
    process.exit(2);
  }
  const srcDir = path.join(REPO_ROOT, 'src');
  if (fs.existsSync(srcDir) && newestMtime(srcDir) > fs.statSync(PLUGIN_MAIN).mtimeMs) {
    console.error(`note: src/ has changes newer than ${rel(PLUGIN_MAIN)}; run \`npm run build\` to sample the current rules.`);
  }
}

function sha1(text) {
  return createHash('sha1').update(text).digest('hex');
}

/** `@scope+name@1.2.3/dist/x.js` -> `@scope/name@1.2.3/dist/x.js` (the folder names of bench/corpus.mjs). */
function displayPath(file) {
  return file.startsWith('@') ? file.replace('+', '/') : file;
}

function contextLines(lines, line, around) {
  const from = Math.max(1, line - around);
  const to = Math.min(lines.length, line + around);
  const width = String(to).length;
  const out = [];
  for (let n = from; n <= to; n++) out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1]}`);
  return out.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  checkInputs();

  const marker = JSON.parse(fs.readFileSync(MARKER, 'utf8'));
  const files = marker.files.map(([file]) => path.join(FILES_DIR, file));

  const { ESLint } = await import('eslint');
  const { default: tsParser } = await import('@typescript-eslint/parser');
  const plugin = createRequire(import.meta.url)(PLUGIN_MAIN);
  const ruleIds = Object.keys(plugin.configs.recommended.rules).sort();

  const eslint = new ESLint({
    cwd: FILES_DIR,
    overrideConfigFile: true, // ignore any eslint.config.* around the corpus
    overrideConfig: [
      { files: SOURCE_FILES, languageOptions: { parser: tsParser }, linterOptions: { reportUnusedDisableDirectives: 'off' } },
      plugin.configs.recommended,
    ],
    cache: false,
    warnIgnored: false,
    errorOnUnmatchedPattern: false,
  });

  const started = Date.now();
  console.error(`linting ${files.length} corpus files with ${rel(PLUGIN_MAIN)} (recommended)...`);
  const results = await eslint.lintFiles(files);
  const seconds = (Date.now() - started) / 1000;

  const findings = [];
  const fatal = [];
  for (const result of results) {
    const file = path.relative(FILES_DIR, result.filePath).split(path.sep).join('/');
    for (const m of result.messages) {
      if (m.fatal) fatal.push(`${file}:${m.line}: ${m.message}`);
      else if (m.ruleId?.startsWith('perf-coach/')) {
        findings.push({ rule: m.ruleId, file, line: m.line, column: m.column, message: m.message, source: result.source });
      }
    }
  }

  const totals = Object.fromEntries(ruleIds.map((id) => [id, 0]));
  const perPackage = {};
  for (const f of findings) {
    totals[f.rule] = (totals[f.rule] ?? 0) + 1;
    const pkg = displayPath(f.file).split('/').slice(0, f.file.startsWith('@') ? 2 : 1).join('/');
    perPackage[pkg] ??= {};
    perPackage[pkg][f.rule] = (perPackage[pkg][f.rule] ?? 0) + 1;
  }

  // Stratified sample: per rule, a fixed seeded order (sha1 of rule|file|line), then the first N.
  const sample = [];
  for (const rule of Object.keys(totals)) {
    const ofRule = findings
      .filter((f) => f.rule === rule)
      .map((f) => ({ ...f, key: sha1(`${opts.seed === undefined ? '' : `${opts.seed}|`}${f.rule}|${f.file}|${f.line}`) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.column - b.column));
    const chosen = ofRule
      .slice(0, opts.perRule)
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    sample.push(...chosen);
  }

  const sourceCache = new Map();
  const linesOf = (f) => {
    if (!sourceCache.has(f.file)) {
      const text = f.source ?? fs.readFileSync(path.join(FILES_DIR, f.file), 'utf8');
      sourceCache.set(f.file, text.split(/\r?\n/));
    }
    return sourceCache.get(f.file);
  };

  // Output: totals, then the sample.
  console.log(`Perf Coach findings on the benchmark corpus (${rel(FILES_DIR)}, corpus hash ${marker.hash})`);
  console.log(`${results.length} files linted in ${seconds.toFixed(1)} s; ${fatal.length} parse errors; ${findings.length} findings\n`);
  console.log('| rule | findings | sampled |');
  console.log('|---|---:|---:|');
  for (const [rule, n] of Object.entries(totals)) {
    console.log(`| ${rule} | ${n} | ${sample.filter((s) => s.rule === rule).length} |`);
  }
  console.log('\nfindings per package:');
  for (const [pkg, byRule] of Object.entries(perPackage).sort()) {
    const parts = Object.entries(byRule)
      .sort()
      .map(([r, n]) => `${r.replace('perf-coach/', '')} ${n}`);
    console.log(`  ${pkg.padEnd(30)} ${parts.join(', ')}`);
  }
  if (fatal.length) {
    console.log('\nparse errors:');
    for (const f of fatal) console.log(`  ${f}`);
  }

  let i = 0;
  for (const f of sample) {
    i++;
    console.log(`\n#${i} ${f.rule}  ${rel(path.join(FILES_DIR, f.file))}:${f.line}:${f.column}`);
    console.log(`   ${f.message}`);
    console.log(contextLines(linesOf(f), f.line, opts.context));
  }

  if (opts.json) {
    const out = {
      corpus: { dir: rel(FILES_DIR), hash: marker.hash, files: results.length, parseErrors: fatal.length },
      plugin: rel(PLUGIN_MAIN),
      perRule: opts.perRule,
      seed: opts.seed ?? null,
      totals,
      perPackage,
      findings: findings.map((f) => ({ rule: f.rule, file: rel(path.join(FILES_DIR, f.file)), line: f.line, column: f.column, message: f.message })),
      sample: sample.map((f, n) => ({
        n: n + 1,
        rule: f.rule,
        message: f.message,
        file: rel(path.join(FILES_DIR, f.file)),
        package: displayPath(f.file),
        line: f.line,
        column: f.column,
        key: f.key,
        context: contextLines(linesOf(f), f.line, opts.context),
      })),
    };
    fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
    fs.writeFileSync(opts.json, JSON.stringify(out, null, 2) + '\n');
    console.error(`wrote ${opts.json}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
