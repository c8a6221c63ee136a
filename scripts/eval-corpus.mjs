#!/usr/bin/env node
// Scores the built ESLint plugin against the labelled corpus in test/corpus.
//
// Every file is linted with ESLint's Linter (flat config, @typescript-eslint/parser,
// the plugin's `configs.all`). Each finding is keyed by (rule, file, line) and compared
// with the `// expect: perf-coach/<rule>` labels written at the end of the line where a
// finding must start. `// trap: perf-coach/<rule>` comments mark files built to look like
// a positive for that rule without being one; their false positives are counted apart.
//
// Usage:
//   node scripts/eval-corpus.mjs [--verbose] [--json <file>] [--plugin <file>] [--corpus <dir>]
//
// Exit codes: 0 scored, 1 a file failed to parse or a rule crashed, 2 bad usage / no plugin.

import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { EXPECT_RE, RULE_ID_RE, expectLabel, formatRatio, formatTable, ratio, scoreByKey } from './lib/label-scoring.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRepo = createRequire(path.join(repoRoot, 'package.json'));

const PLUGIN_PREFIX = 'perf-coach/';
const SOURCE_EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts']);

// The corpus lives under test/, and a rule that treats `test/` paths as test code would
// go quiet on every file. Linting under a neutral virtual root keeps only the corpus-relative
// path (express/routes/…, scripts/…) visible to path-based contexts. Linter never reads it.
const VIRTUAL_ROOT = path.resolve(path.sep, 'app');

const TRAP_RE = /\/\/\s*trap:\s*((?:perf-coach\/[\w-]+\s*,?\s*)+)/;

function parseArgs(argv) {
  const options = { verbose: false, json: null, plugin: null, corpus: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--json') options.json = argv[++i];
    else if (arg === '--plugin') options.plugin = argv[++i];
    else if (arg === '--corpus') options.corpus = argv[++i];
    else if (arg === '--help' || arg === '-h') options.help = true;
    else {
      console.error(`unknown argument: ${arg}`);
      options.help = true;
      options.bad = true;
    }
    if ((arg === '--json' || arg === '--plugin' || arg === '--corpus') && !argv[i]) {
      console.error(`${arg} needs a value`);
      options.help = true;
      options.bad = true;
    }
  }
  return options;
}

function printHelp() {
  console.log(`Usage: node scripts/eval-corpus.mjs [options]

  --verbose, -v     list every false positive and false negative
  --json <file>     write the figures as JSON
  --plugin <file>   plugin entry (default: dist/eslint-plugin/index.js)
  --corpus <dir>    corpus directory (default: test/corpus)`);
}

function listSourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSourceFiles(full));
    else if (SOURCE_EXTENSIONS.has(path.extname(entry.name))) out.push(full);
  }
  return out.sort();
}

/** Reads `// expect:` labels (line → rule ids, repeats allowed) and `// trap:` rule ids of one file. */
function readLabels(code) {
  const expected = [];
  const traps = new Set();
  const problems = [];
  code.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    const { ids, problem } = expectLabel(text);
    if (problem) problems.push({ line, message: problem });
    for (const ruleId of ids) expected.push({ ruleId, line });
    const trapMatch = TRAP_RE.exec(text);
    if (trapMatch) for (const ruleId of trapMatch[1].match(RULE_ID_RE) ?? []) traps.add(ruleId);
  });
  return { expected, traps, problems };
}

function loadPlugin(pluginPath) {
  const mod = createRequire(pluginPath)(pluginPath);
  const plugin = mod && mod.default && mod.default.rules ? mod.default : mod;
  if (!plugin || typeof plugin.rules !== 'object') {
    throw new Error(`${pluginPath} does not export a plugin object with \`rules\``);
  }
  return plugin;
}

function buildConfig(plugin, parser, extension) {
  const all = plugin.configs?.all ?? {};
  const rules =
    all.rules ?? Object.fromEntries(Object.keys(plugin.rules).map((name) => [`${PLUGIN_PREFIX}${name}`, 'warn']));
  const jsx = extension === '.tsx' || extension === '.jsx';
  return [
    {
      ...all,
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      plugins: { ...(all.plugins ?? {}), 'perf-coach': plugin },
      languageOptions: {
        ...(all.languageOptions ?? {}),
        parser,
        ecmaVersion: 'latest',
        sourceType: extension === '.cjs' || extension === '.cts' ? 'commonjs' : 'module',
        parserOptions: {
          ...(all.languageOptions?.parserOptions ?? {}),
          ecmaFeatures: { jsx },
        },
      },
      rules,
    },
  ];
}

function printTable(rows) {
  const headers = ['rule', 'labels', 'TP', 'FP', 'FN', 'precision', 'recall', 'trap files', 'FP in traps'];
  const cells = rows.map((r) => [
    r.rule,
    String(r.labels),
    String(r.tp),
    String(r.fp),
    String(r.fn),
    formatRatio(r.precision),
    formatRatio(r.recall),
    String(r.trapFiles),
    String(r.fpInTrapFiles),
  ]);
  console.log(formatTable(headers, cells));
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    printHelp();
    process.exit(options.bad ? 2 : 0);
  }

  const corpusDir = path.resolve(repoRoot, options.corpus ?? 'test/corpus');
  const pluginPath = path.resolve(repoRoot, options.plugin ?? 'dist/eslint-plugin/index.js');
  if (!existsSync(pluginPath)) {
    console.error(`plugin not found: ${path.relative(repoRoot, pluginPath)} (run \`npm run build\` first)`);
    process.exit(2);
  }
  if (!existsSync(corpusDir)) {
    console.error(`corpus not found: ${path.relative(repoRoot, corpusDir)}`);
    process.exit(2);
  }

  const { Linter } = requireFromRepo('eslint');
  const parser = requireFromRepo('@typescript-eslint/parser');
  const plugin = loadPlugin(pluginPath);
  const pluginRuleIds = Object.keys(plugin.rules).map((name) => `${PLUGIN_PREFIX}${name}`);
  const linter = new Linter({ cwd: VIRTUAL_ROOT, configType: 'flat' });

  const files = listSourceFiles(corpusDir);
  const expectedByKey = new Map(); // "file:line:rule" → count
  const foundByKey = new Map(); // "file:line:rule" → messages[]
  const trapFilesByRule = new Map(); // rule → Set(file)
  const parseErrors = [];
  const crashes = [];
  const labelProblems = [];
  const otherMessages = [];

  for (const file of files) {
    const rel = path.relative(corpusDir, file).split(path.sep).join('/');
    const code = readFileSync(file, 'utf8');
    const labels = readLabels(code);
    for (const problem of labels.problems) labelProblems.push({ file: rel, ...problem });
    for (const { ruleId, line } of labels.expected) {
      const key = `${rel}:${line}:${ruleId}`;
      expectedByKey.set(key, (expectedByKey.get(key) ?? 0) + 1);
    }
    for (const ruleId of labels.traps) {
      if (!trapFilesByRule.has(ruleId)) trapFilesByRule.set(ruleId, new Set());
      trapFilesByRule.get(ruleId).add(rel);
    }

    let messages;
    try {
      const config = buildConfig(plugin, parser, path.extname(file));
      messages = linter.verify(code, config, { filename: path.join(VIRTUAL_ROOT, rel) });
    } catch (err) {
      const text = err && err.message ? err.message : String(err);
      const rule = /Rule: "([^"]+)"/.exec(text);
      crashes.push({ file: rel, rule: rule ? rule[1] : null, message: text.split('\n')[0] });
      continue;
    }

    for (const m of messages) {
      if (m.fatal) {
        parseErrors.push({ file: rel, line: m.line, column: m.column, message: m.message });
      } else if (!m.ruleId) {
        otherMessages.push({ file: rel, line: m.line, message: m.message });
      } else if (m.ruleId.startsWith(PLUGIN_PREFIX)) {
        const key = `${rel}:${m.line}:${m.ruleId}`;
        if (!foundByKey.has(key)) foundByKey.set(key, []);
        foundByKey.get(key).push({ column: m.column, message: m.message });
      }
    }
  }

  // Score per (file, line, rule), counting repeats so two labels on a line need two findings.
  const scored = scoreByKey(expectedByKey, foundByKey);
  const { truePositives, falseNegatives } = scored;
  const ruleIds = new Set([...pluginRuleIds, ...scored.ruleIds]);
  const falsePositives = scored.falsePositives.map((fp) => ({ ...fp, inTrapFile: trapFilesByRule.get(fp.ruleId)?.has(fp.file) ?? false }));

  const rows = [...ruleIds].sort().map((rule) => {
    const tp = truePositives.filter((x) => x.ruleId === rule).length;
    const fp = falsePositives.filter((x) => x.ruleId === rule).length;
    const fn = falseNegatives.filter((x) => x.ruleId === rule).length;
    return {
      rule,
      labels: tp + fn,
      tp,
      fp,
      fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      trapFiles: trapFilesByRule.get(rule)?.size ?? 0,
      fpInTrapFiles: falsePositives.filter((x) => x.ruleId === rule && x.inTrapFile).length,
      inPlugin: pluginRuleIds.includes(rule),
    };
  });
  const sum = (field) => rows.reduce((acc, r) => acc + r[field], 0);
  const totals = {
    rule: 'total',
    labels: sum('labels'),
    tp: sum('tp'),
    fp: sum('fp'),
    fn: sum('fn'),
    trapFiles: new Set([...trapFilesByRule.values()].flatMap((s) => [...s])).size,
    fpInTrapFiles: sum('fpInTrapFiles'),
  };
  totals.precision = ratio(totals.tp, totals.tp + totals.fp);
  totals.recall = ratio(totals.tp, totals.tp + totals.fn);

  console.log(
    `perf-coach corpus: ${files.length} files, ${totals.labels} labelled findings, ${totals.trapFiles} trap files`,
  );
  console.log('');
  printTable([...rows, totals]);

  const unknownRules = rows.filter((r) => !r.inPlugin).map((r) => r.rule);
  if (unknownRules.length) console.log(`\nlabelled rules the plugin does not have: ${unknownRules.join(', ')}`);
  for (const p of labelProblems) console.log(`label problem: ${p.file}:${p.line} ${p.message}`);
  for (const m of otherMessages) console.log(`linter message: ${m.file}:${m.line} ${m.message}`);

  if (options.verbose) {
    const byFolder = new Map();
    const bump = (file, field) => {
      const folder = file.split('/')[0];
      if (!byFolder.has(folder)) byFolder.set(folder, { tp: 0, fp: 0, fn: 0 });
      byFolder.get(folder)[field]++;
    };
    truePositives.forEach((x) => bump(x.file, 'tp'));
    falsePositives.forEach((x) => bump(x.file, 'fp'));
    falseNegatives.forEach((x) => bump(x.file, 'fn'));
    console.log('\nby folder:');
    for (const [folder, c] of [...byFolder].sort()) {
      console.log(`  ${folder.padEnd(12)} TP ${String(c.tp).padStart(3)}  FP ${String(c.fp).padStart(3)}  FN ${String(c.fn).padStart(3)}`);
    }

    console.log(`\nfalse positives (${falsePositives.length}):`);
    for (const fp of falsePositives) {
      const trap = fp.inTrapFile ? ' [trap file]' : '';
      console.log(`  ${fp.file}:${fp.line}:${fp.column}  ${fp.ruleId}${trap}  ${fp.message}`);
    }
    console.log(`\nfalse negatives (${falseNegatives.length}):`);
    for (const fn of falseNegatives) {
      const source = readFileSync(path.join(corpusDir, fn.file), 'utf8').split(/\r?\n/)[fn.line - 1] ?? '';
      const snippet = source.replace(EXPECT_RE, '').trim().slice(0, 100);
      console.log(`  ${fn.file}:${fn.line}  ${fn.ruleId}  expected here: ${snippet}`);
    }
  }

  if (parseErrors.length || crashes.length) {
    console.log('');
    for (const e of parseErrors) console.log(`PARSE ERROR ${e.file}:${e.line}:${e.column} ${e.message}`);
    for (const c of crashes) console.log(`RULE CRASH  ${c.file} ${c.rule ?? '(unknown rule)'}: ${c.message}`);
  }

  if (options.json) {
    const jsonPath = path.resolve(process.cwd(), options.json);
    mkdirSync(path.dirname(jsonPath), { recursive: true });
    const figures = {
      corpus: path.relative(repoRoot, corpusDir).split(path.sep).join('/'),
      files: files.length,
      rules: Object.fromEntries(
        rows.map(({ rule, inPlugin, ...figuresForRule }) => [rule, { ...figuresForRule, inPlugin }]),
      ),
      totals,
      falsePositives,
      falseNegatives,
      parseErrors,
      crashes,
    };
    writeFileSync(jsonPath, `${JSON.stringify(figures, null, 2)}\n`);
    const shown = path.relative(process.cwd(), jsonPath);
    console.log(`\nwrote ${shown.startsWith('..') ? jsonPath : shown}`);
  }

  if (parseErrors.length || crashes.length) {
    console.error(`\n${parseErrors.length} file(s) failed to parse, ${crashes.length} file(s) crashed a rule`);
    process.exit(1);
  }
}

main();
