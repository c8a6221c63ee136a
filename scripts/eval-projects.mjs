#!/usr/bin/env node
// Scores the plugin against the labelled multi-file projects in test/projects.
//
// Unlike scripts/eval-corpus.mjs (one file at a time under a virtual root), each project is linted
// by ESLint's `ESLint` class with `cwd` set to the project folder, so the project model sees the
// whole project: its imports, tsconfig paths, workspace packages and barrels. Each finding is
// keyed by (rule, file, line) and compared with the `// expect: perf-coach/<rule>` labels written
// at the end of the line where a finding must start. `// ok: <why>` comments mark deliberate
// look-alikes (negatives); they are counted, and a finding on one is an ordinary false positive.
//
// Usage:
//   node scripts/eval-projects.mjs [--verbose] [--json <file>] [--plugin <file>] [--projects <dir>] [--project <name>]
//
// Exit codes: 0 scored, 1 a file failed to parse or a rule crashed, 2 bad usage / no plugin.
//
// test/projects/projects.test.ts imports `evaluateProjects` and runs it with the plugin built from
// src, so the same scoring gates CI.

import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EXPECT_RE, expectLabel, formatRatio, formatTable as formatTextTable, ratio, scoreByKey } from './lib/label-scoring.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRepo = createRequire(path.join(repoRoot, 'package.json'));

export const PLUGIN_PREFIX = 'perf-coach/';
const SOURCE_EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts']);
const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', '.git']);

const OK_RE = /\/\/\s*ok:\s*\S/;

/** The project folders under `dir`: every direct subfolder with a package.json, sorted. */
export function listProjects(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'package.json')))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** Source files of one project (not node_modules or build output), sorted. */
export function listSourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) out.push(...listSourceFiles(full));
    } else if (SOURCE_EXTENSIONS.has(path.extname(entry.name))) out.push(full);
  }
  return out.sort();
}

/** `expect:` labels (repeats allowed) and `ok:` markers of one file. */
export function readLabels(code) {
  const expected = [];
  const negatives = [];
  const problems = [];
  code.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    const { ids, problem } = expectLabel(text);
    if (problem) problems.push({ line, message: problem });
    for (const ruleId of ids) expected.push({ ruleId, line });
    if (OK_RE.test(text)) negatives.push({ line });
  });
  return { expected, negatives, problems };
}

/**
 * The module system Node would use for a `.js` file: the `type` of the nearest package.json
 * (CommonJS unless it says `module`), as eslint-plugin-n and typescript-eslint's docs configure it.
 */
function sourceTypeOf(file, projectDir) {
  const ext = path.extname(file);
  if (ext === '.cjs' || ext === '.cts') return 'commonjs';
  if (ext === '.mjs' || ext === '.mts' || ext === '.ts' || ext === '.tsx') return 'module';
  for (let d = path.dirname(file); d.startsWith(projectDir); d = path.dirname(d)) {
    const pkg = path.join(d, 'package.json');
    if (existsSync(pkg)) {
      try {
        return JSON.parse(readFileSync(pkg, 'utf8')).type === 'module' ? 'module' : 'commonjs';
      } catch {
        return 'commonjs';
      }
    }
    if (d === path.dirname(d)) break;
  }
  return 'commonjs';
}

/** The flat config for one file: the plugin's `configs.all`, typescript-eslint's parser. */
function configFor(plugin, parser, sourceType) {
  const all = plugin.configs?.all ?? {};
  const rules = all.rules ?? Object.fromEntries(Object.keys(plugin.rules).map((name) => [`${PLUGIN_PREFIX}${name}`, 'warn']));
  return {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    plugins: { 'perf-coach': plugin },
    languageOptions: {
      parser,
      ecmaVersion: 'latest',
      sourceType,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules,
  };
}

/**
 * Lints every project under `projectsDir` with `plugin` and scores the findings against the labels.
 * Files are keyed `<project>/<path in project>`, with `/` separators.
 */
export async function evaluateProjects({ plugin, projectsDir = path.join(repoRoot, 'test', 'projects'), only = null } = {}) {
  const { ESLint } = requireFromRepo('eslint');
  const parser = requireFromRepo('@typescript-eslint/parser');
  const pluginRuleIds = Object.keys(plugin.rules).map((name) => `${PLUGIN_PREFIX}${name}`);

  const projects = listProjects(projectsDir).filter((p) => !only || path.basename(p) === only);
  const expectedByKey = new Map();
  const foundByKey = new Map();
  const parseErrors = [];
  const crashes = [];
  const labelProblems = [];
  const otherMessages = [];
  const negatives = [];
  const filesByProject = {};
  /** Every finding as ESLint reported it, for the host parity test. */
  const findings = [];

  for (const projectDir of projects) {
    const project = path.basename(projectDir);
    const files = listSourceFiles(projectDir);
    filesByProject[project] = files.map((f) => path.relative(projectDir, f).split(path.sep).join('/'));
    // One ESLint per module system: the config is the same apart from sourceType.
    const groups = new Map();
    for (const file of files) {
      const st = sourceTypeOf(file, projectDir);
      if (!groups.has(st)) groups.set(st, []);
      groups.get(st).push(file);
    }
    for (const [sourceType, group] of groups) {
      const eslint = new ESLint({
        cwd: projectDir,
        overrideConfigFile: true,
        overrideConfig: [configFor(plugin, parser, sourceType)],
        ignore: false,
        cache: false,
      });
      for (const file of group) {
        const rel = `${project}/${path.relative(projectDir, file).split(path.sep).join('/')}`;
        const code = readFileSync(file, 'utf8');
        const labels = readLabels(code);
        for (const p of labels.problems) labelProblems.push({ file: rel, ...p });
        for (const n of labels.negatives) negatives.push({ file: rel, line: n.line });
        for (const { ruleId, line } of labels.expected) {
          const key = `${rel}:${line}:${ruleId}`;
          expectedByKey.set(key, (expectedByKey.get(key) ?? 0) + 1);
        }
        let results;
        try {
          results = await eslint.lintFiles([file]);
        } catch (err) {
          const text = err && err.message ? err.message : String(err);
          const rule = /Rule: "([^"]+)"/.exec(text);
          crashes.push({ file: rel, rule: rule ? rule[1] : null, message: text.split('\n')[0] });
          continue;
        }
        for (const m of results.flatMap((r) => r.messages)) {
          if (m.fatal) parseErrors.push({ file: rel, line: m.line, column: m.column, message: m.message });
          else if (!m.ruleId) otherMessages.push({ file: rel, line: m.line, message: m.message });
          else if (m.ruleId.startsWith(PLUGIN_PREFIX)) {
            findings.push({ file: rel, line: m.line, column: m.column, ruleId: m.ruleId, message: m.message });
            const key = `${rel}:${m.line}:${m.ruleId}`;
            if (!foundByKey.has(key)) foundByKey.set(key, []);
            foundByKey.get(key).push({ column: m.column, message: m.message });
          }
        }
      }
    }
  }

  const scored = scoreByKey(expectedByKey, foundByKey);
  const { truePositives, falsePositives, falseNegatives } = scored;
  const ruleIds = new Set([...pluginRuleIds, ...scored.ruleIds]);
  const rows = [...ruleIds].sort().map((rule) => {
    const tp = truePositives.filter((x) => x.ruleId === rule).length;
    const fp = falsePositives.filter((x) => x.ruleId === rule).length;
    const fn = falseNegatives.filter((x) => x.ruleId === rule).length;
    return { rule, labels: tp + fn, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), inPlugin: pluginRuleIds.includes(rule) };
  });
  const sum = (field) => rows.reduce((acc, r) => acc + r[field], 0);
  const totals = { rule: 'total', labels: sum('labels'), tp: sum('tp'), fp: sum('fp'), fn: sum('fn') };
  totals.precision = ratio(totals.tp, totals.tp + totals.fp);
  totals.recall = ratio(totals.tp, totals.tp + totals.fn);

  return {
    projects: projects.map((p) => path.basename(p)),
    filesByProject,
    files: Object.values(filesByProject).reduce((n, f) => n + f.length, 0),
    negatives,
    rows,
    totals,
    truePositives,
    falsePositives,
    falseNegatives,
    findings,
    parseErrors,
    crashes,
    labelProblems,
    otherMessages,
  };
}

export function formatTable(rows) {
  const headers = ['rule', 'labels', 'TP', 'FP', 'FN', 'precision', 'recall'];
  return formatTextTable(headers, rows.map((r) => [r.rule, String(r.labels), String(r.tp), String(r.fp), String(r.fn), formatRatio(r.precision), formatRatio(r.recall)]));
}

function parseArgs(argv) {
  const options = { verbose: false, json: null, plugin: null, projects: null, project: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--json' || arg === '--plugin' || arg === '--projects' || arg === '--project') {
      const value = argv[++i];
      if (!value) {
        console.error(`${arg} needs a value`);
        options.help = options.bad = true;
      } else options[arg.slice(2)] = value;
    } else if (arg === '--help' || arg === '-h') options.help = true;
    else {
      console.error(`unknown argument: ${arg}`);
      options.help = options.bad = true;
    }
  }
  return options;
}

function printHelp() {
  console.log(`Usage: node scripts/eval-projects.mjs [options]

  --verbose, -v      list every false positive and false negative with file:line
  --json <file>      write the figures as JSON
  --plugin <file>    plugin entry (default: dist/eslint-plugin/index.js)
  --projects <dir>   folder of projects (default: test/projects)
  --project <name>   only this project`);
}

function loadPlugin(pluginPath) {
  const mod = createRequire(pluginPath)(pluginPath);
  const plugin = mod && mod.default && mod.default.rules ? mod.default : mod;
  if (!plugin || typeof plugin.rules !== 'object') throw new Error(`${pluginPath} does not export a plugin object with \`rules\``);
  return plugin;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    printHelp();
    process.exit(options.bad ? 2 : 0);
  }
  const projectsDir = path.resolve(repoRoot, options.projects ?? 'test/projects');
  const pluginPath = path.resolve(repoRoot, options.plugin ?? 'dist/eslint-plugin/index.js');
  if (!existsSync(pluginPath)) {
    console.error(`plugin not found: ${path.relative(repoRoot, pluginPath)} (run \`npm run build\` first)`);
    process.exit(2);
  }
  if (!existsSync(projectsDir) || !statSync(projectsDir).isDirectory()) {
    console.error(`projects folder not found: ${path.relative(repoRoot, projectsDir)}`);
    process.exit(2);
  }
  const r = await evaluateProjects({ plugin: loadPlugin(pluginPath), projectsDir, only: options.project });
  if (!r.projects.length) {
    console.error(options.project ? `no project named ${options.project}` : 'no projects found');
    process.exit(2);
  }

  console.log(`perf-coach projects: ${r.projects.length} projects, ${r.files} files, ${r.totals.labels} labelled findings, ${r.negatives.length} labelled look-alikes (// ok:)`);
  console.log('');
  console.log(formatTable([...r.rows, r.totals]));
  const unknownRules = r.rows.filter((x) => !x.inPlugin).map((x) => x.rule);
  if (unknownRules.length) console.log(`\nlabelled rules the plugin does not have: ${unknownRules.join(', ')}`);
  for (const p of r.labelProblems) console.log(`label problem: ${p.file}:${p.line} ${p.message}`);
  for (const m of r.otherMessages) console.log(`linter message: ${m.file}:${m.line} ${m.message}`);

  if (options.verbose) {
    const byProject = new Map(r.projects.map((p) => [p, { tp: 0, fp: 0, fn: 0, ok: 0 }]));
    const bump = (file, field) => byProject.get(file.split('/')[0])[field]++;
    r.truePositives.forEach((x) => bump(x.file, 'tp'));
    r.falsePositives.forEach((x) => bump(x.file, 'fp'));
    r.falseNegatives.forEach((x) => bump(x.file, 'fn'));
    r.negatives.forEach((x) => bump(x.file, 'ok'));
    console.log('\nby project:');
    const width = Math.max(...r.projects.map((p) => p.length));
    for (const [project, c] of byProject) {
      console.log(`  ${project.padEnd(width)}  TP ${String(c.tp).padStart(3)}  FP ${String(c.fp).padStart(3)}  FN ${String(c.fn).padStart(3)}  ok ${String(c.ok).padStart(3)}`);
    }
    console.log(`\nfalse positives (${r.falsePositives.length}):`);
    for (const fp of r.falsePositives) console.log(`  ${fp.file}:${fp.line}:${fp.column}  ${fp.ruleId}  ${fp.message}`);
    console.log(`\nfalse negatives (${r.falseNegatives.length}):`);
    for (const fn of r.falseNegatives) {
      const source = readFileSync(path.join(projectsDir, fn.file), 'utf8').split(/\r?\n/)[fn.line - 1] ?? '';
      console.log(`  ${fn.file}:${fn.line}  ${fn.ruleId}  expected here: ${source.replace(EXPECT_RE, '').trim().slice(0, 100)}`);
    }
  }

  if (r.parseErrors.length || r.crashes.length) {
    console.log('');
    for (const e of r.parseErrors) console.log(`PARSE ERROR ${e.file}:${e.line}:${e.column} ${e.message}`);
    for (const c of r.crashes) console.log(`RULE CRASH  ${c.file} ${c.rule ?? '(unknown rule)'}: ${c.message}`);
  }

  if (options.json) {
    const jsonPath = path.resolve(process.cwd(), options.json);
    mkdirSync(path.dirname(jsonPath), { recursive: true });
    const { findings, ...figures } = r;
    const out = {
      projectsDir: path.relative(repoRoot, projectsDir).split(path.sep).join('/'),
      ...figures,
      rules: Object.fromEntries(r.rows.map(({ rule, ...rest }) => [rule, rest])),
      findings,
    };
    delete out.rows;
    writeFileSync(jsonPath, `${JSON.stringify(out, null, 2)}\n`);
    const shown = path.relative(process.cwd(), jsonPath);
    console.log(`\nwrote ${shown.startsWith('..') ? jsonPath : shown}`);
  }

  if (r.parseErrors.length || r.crashes.length) {
    console.error(`\n${r.parseErrors.length} parse error(s), ${r.crashes.length} rule crash(es)`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(1);
  });
}
