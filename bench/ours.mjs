// Perf Coach's own runs, next to the peers in peers.mjs:
//   - ESLint + perf-coach/recommended (the built plugin, same parser set-up as "ESLint, no rules");
//   - the same plugin under oxlint's JS plugin host (jsPlugins), on one thread and on all cores;
//   - the extension's workspace scan run headless (src/host: WorkerPool, worker, prefilter);
// and, through extraResults(), the editor path (edit → diagnostics in the worker), the
// extension's activation time and .vsix size, and a finding-for-finding comparison of the hosts.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHost } from './lib/build-host.mjs';
import { runOnce } from './lib/measure.mjs';
import { REPO_ROOT } from './lib/tools.mjs';
import { OUR_RUN, oxlintTask, parseOxlintUnix } from './peers.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const TASKS_DIR = path.join(BENCH_DIR, 'tasks');
const PLUGIN_DIR = path.join(REPO_ROOT, 'dist', 'eslint-plugin');
const PLUGIN_MAIN = path.join(PLUGIN_DIR, 'index.js');
/** Each run that reports findings writes them here (rule, file, line), for comparePlugins(). */
const FINDINGS_DIR = path.join(BENCH_DIR, '.cache', 'findings');
const findingsFile = (slug) => path.join(FINDINGS_DIR, `${slug}.tsv`);

/** Sources the built plugin is made from: a change to any of them makes dist/ stale. */
const PLUGIN_SOURCES = ['src/rules', 'src/analysis', 'src/project', 'src/eslint-plugin', 'rules'];

/**
 * The project model (src/project) is on by default; these pin it either way whatever the caller's
 * environment holds. With the model on, PERF_COACH_DEBUG=project makes each process print the
 * model's counters at exit (lib/measure.mjs keeps them in the run's details). Worker threads
 * (scan engine, editor) are terminated rather than exiting, so only ESLint and oxlint report them.
 */
const MODEL_ON = { PERF_COACH_PROJECT: '1', PERF_COACH_DEBUG: 'project' };
const MODEL_OFF = { PERF_COACH_PROJECT: '0', PERF_COACH_DEBUG: '' };

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The built plugin, rebuilt with `npm run build` when missing or older than its sources. */
function ensurePlugin(log) {
  const built = fs.existsSync(PLUGIN_MAIN) ? fs.statSync(PLUGIN_MAIN).mtimeMs : 0;
  const sources = Math.max(...PLUGIN_SOURCES.map((d) => newestMtime(path.join(REPO_ROOT, d))));
  if (built >= sources) return;
  log(built ? 'dist/eslint-plugin is older than its sources: npm run build' : 'no dist/eslint-plugin yet: npm run build');
  // esbuild.mjs is what `npm run build` runs; calling it directly avoids depending on npm's shell.
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'esbuild.mjs')], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** oxlint config: our plugin with its recommended rules, every built-in category off. */
function oxlintOursConfig() {
  const plugin = JSON.parse(fs.readFileSync(path.join(PLUGIN_DIR, 'oxlint.json'), 'utf8'));
  return {
    // The built file by absolute path: the generated config is not next to the plugin.
    jsPlugins: [PLUGIN_MAIN],
    categories: { correctness: 'off' },
    rules: plugin.rules,
  };
}

/** `file:line:col: message [Warning/perf-coach(rule)]` → rows as lintFiles() writes them. */
function oxlintRows(stdout) {
  const rows = [];
  for (const line of stdout.split('\n')) {
    const m = /^(.+?):(\d+):\d+: .*\[(?:Warning|Error)\/([\w-]+)\(([^)]+)\)\]$/.exec(line);
    if (m) rows.push(`${m[3]}/${m[4]}\t${m[1]}\t${m[2]}`);
  }
  return rows;
}

function oxlintOursTask(name, threads, corpusRoot, slug) {
  const task = oxlintTask({ name, config: oxlintOursConfig(), threads, corpusRoot });
  return {
    ...task,
    parse(stdout, stderr) {
      if (slug) fs.writeFileSync(findingsFile(slug), oxlintRows(stdout).join('\n'));
      return parseOxlintUnix(stdout, stderr);
    },
  };
}

/** @param {{ corpusRoot: string, quick: boolean, log?: (m: string) => void }} ctx */
export async function ourTasks({ corpusRoot, log = (m) => console.error(m) }) {
  ensurePlugin(log);
  const host = await buildHost();
  fs.rmSync(FINDINGS_DIR, { recursive: true, force: true });
  fs.mkdirSync(FINDINGS_DIR, { recursive: true });
  return [
    {
      name: OUR_RUN.eslintRecommended,
      needs: ['eslint', '@typescript-eslint/parser'],
      module: path.join(TASKS_DIR, 'eslint.mjs'),
      env: MODEL_ON,
      options: { preset: 'perf-coach-recommended', pluginPath: PLUGIN_MAIN, cwd: corpusRoot, findingsFile: findingsFile('eslint') },
    },
    {
      name: OUR_RUN.eslintRecommendedNoModel,
      needs: ['eslint', '@typescript-eslint/parser'],
      module: path.join(TASKS_DIR, 'eslint.mjs'),
      env: MODEL_OFF,
      options: { preset: 'perf-coach-recommended', pluginPath: PLUGIN_MAIN, cwd: corpusRoot, findingsFile: findingsFile('eslint-no-model') },
    },
    { ...oxlintOursTask(OUR_RUN.oxlintJsPlugin, 1, corpusRoot, 'oxlint'), env: MODEL_ON },
    { ...oxlintOursTask(OUR_RUN.oxlintJsPluginAll, undefined, corpusRoot), env: MODEL_ON },
    {
      name: OUR_RUN.scanEngine,
      needs: ['oxc-parser'],
      module: path.join(TASKS_DIR, 'scan-engine.mjs'),
      // The pool's worker threads inherit the environment, so the model is on in them too.
      env: MODEL_ON,
      // Two workers, as the extension starts (src/extension/extension.ts).
      options: { poolPath: host.pool, workerPath: host.worker, size: 2, cwd: corpusRoot, findingsFile: findingsFile('scan') },
    },
  ];
}

function readRows(slug) {
  const file = findingsFile(slug);
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8');
  return text ? text.split('\n') : [];
}

/**
 * Finding for finding (rule, file, line) against ESLint's: the same plugin must report the same
 * things under every host. Columns are left out because oxlint's CLI counts them in UTF-8 bytes.
 */
function comparePlugins() {
  const reference = readRows('eslint');
  if (!reference) return null;
  const out = { reference: OUR_RUN.eslintRecommended, findings: reference.length, hosts: {} };
  for (const [slug, name] of [
    ['oxlint', OUR_RUN.oxlintJsPlugin],
    ['scan', OUR_RUN.scanEngine],
  ]) {
    const rows = readRows(slug);
    if (!rows) continue;
    const counts = new Map();
    for (const r of reference) counts.set(r, (counts.get(r) ?? 0) + 1);
    const onlyHost = [];
    for (const r of rows) {
      const n = counts.get(r) ?? 0;
      if (n > 0) counts.set(r, n - 1);
      else onlyHost.push(r);
    }
    const onlyReference = [...counts].flatMap(([r, n]) => Array(n).fill(r));
    out.hosts[name] = {
      findings: rows.length,
      same: onlyHost.length === 0 && onlyReference.length === 0,
      onlyReference: onlyReference.length,
      onlyHost: onlyHost.length,
      examples: [...onlyReference.map((r) => `ESLint only: ${r}`), ...onlyHost.map((r) => `${slug} only: ${r}`)]
        .slice(0, 10)
        .map((r) => r.replace(/\t/g, ' ')),
    };
  }
  return out;
}

/** activationMs from the real-VS-Code test run (test/integration writes it). */
function readActivation() {
  const file = path.join(REPO_ROOT, 'test-output', 'extension-metrics.json');
  if (!fs.existsSync(file)) return { activationMs: null, note: 'test-output/extension-metrics.json not found: run the extension tests first' };
  const metrics = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof metrics.activationMs !== 'number') return { activationMs: null, note: 'extension-metrics.json has no activationMs' };
  return { activationMs: metrics.activationMs, source: { measuredAt: metrics.measuredAt, vscode: metrics.vscode } };
}

/**
 * Size of the extension's .vsix. The full run packages one from the tree (scripts/package-vsix.mjs,
 * about half a minute) so the figure describes this code; the quick run takes the newest one
 * already there (the real-editor tests leave theirs in test-output/) and packages only if none is.
 */
function readVsix({ quick }) {
  const found = quick ? existingVsixFiles() : [];
  if (found.length) return { vsixBytes: found[0].bytes, file: found[0].file };
  const out = path.join(REPO_ROOT, 'bench', '.cache', 'perf-coach.vsix');
  try {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package-vsix.mjs'), '--out', out], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return { vsixBytes: null, note: `packaging the .vsix failed: ${String(e.stderr ?? e.message).trim().split('\n').at(-1)}` };
  }
  return { vsixBytes: fs.statSync(out).size, file: `${path.relative(REPO_ROOT, out)} (packaged by this run)` };
}

/** .vsix files in the repo root, dist/ and test-output/, newest first. */
function existingVsixFiles() {
  const found = [];
  for (const dir of [REPO_ROOT, path.join(REPO_ROOT, 'dist'), path.join(REPO_ROOT, 'test-output')]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      if (!name.endsWith('.vsix')) continue;
      const stat = fs.statSync(path.join(dir, name));
      found.push({ file: path.relative(REPO_ROOT, path.join(dir, name)), bytes: stat.size, mtime: stat.mtimeMs });
    }
  }
  return found.sort((a, b) => b.mtime - a.mtime);
}

/**
 * Filled in after the timed runs: the editor path (its own fresh process), activation, .vsix
 * size and host parity.
 * @param {{ corpusRoot: string, quick: boolean, files: string[], log?: (m: string) => void }} ctx
 */
export async function extraResults({ corpusRoot, quick, files, log = (m) => console.error(m) }) {
  const host = await buildHost();
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-coach-editor-'));
  // Twice, each in its own fresh process: with the project model (the default, and the edit
  // check), then without it (PERF_COACH_PROJECT=0), for what the model adds to an edit.
  const editorRun = async (env, extra) =>
    (
      await runOnce(
        {
          name: 'editor path',
          module: path.join(TASKS_DIR, 'editor.mjs'),
          env,
          options: {
            poolPath: host.pool,
            workerPath: host.worker,
            size: 2,
            cwd: corpusRoot,
            ...extra,
            ...(quick ? { count: 5, edits: 10, warmEdits: 3, parseRuns: 5 } : { count: 20, edits: 20 }),
          },
        },
        files,
        { tmpDir },
      )
    ).details;
  let editor;
  let editorNoModel;
  try {
    log('editor path: edits on the largest files, project model on; then the edit check');
    editor = await editorRun(MODEL_ON, { probePath: host.probe });
    log('editor path: the same edits, project model off');
    editorNoModel = await editorRun(MODEL_OFF, {});
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
  const activation = readActivation();
  const vsix = readVsix({ quick });
  const { editCheck, ...editorMs } = editor ?? {};
  return {
    editorMs,
    editorMsNoModel: editorNoModel && summaryOnly(editorNoModel),
    editCheck: editCheck ?? null,
    activationMs: activation.activationMs,
    vsixBytes: vsix.vsixBytes,
    notes: {
      activation: activation.note ?? activation.source,
      vsix: vsix.note ?? vsix.file,
      editor:
        'edit → diagnostics in the worker, request to result; p50/p95 over every edit of the files, project model on. ' +
        'editP95VsParse = the worst file’s p95 ÷ its typescript-estree parse time; editP95VsOxcParse = the highest p95 ÷ ' +
        'oxc-parser parse among the files of about 3,000 lines. editorMsNoModel: the same edits with PERF_COACH_PROJECT=0.',
    },
    // The ratios; the median over the files is in editorMs.
    editP95VsParse: editor?.p95OverTsEstreeParseMax ?? null,
    editP95VsOxcParse: editor?.targetSize?.p95OverOxcParseMax ?? null,
    parity: comparePlugins(),
    modelFindings: compareModelFindings(),
  };
}

/** ESLint + recommended with and without the project model: what the model changes in the findings. */
function compareModelFindings() {
  const on = readRows('eslint');
  const off = readRows('eslint-no-model');
  if (!on || !off) return null;
  const left = new Map();
  for (const r of off) left.set(r, (left.get(r) ?? 0) + 1);
  let onlyWithModel = 0;
  for (const r of on) {
    const n = left.get(r) ?? 0;
    if (n > 0) left.set(r, n - 1);
    else onlyWithModel++;
  }
  const onlyWithoutModel = [...left.values()].reduce((a, b) => a + b, 0);
  return { withModel: on.length, withoutModel: off.length, onlyWithModel, onlyWithoutModel };
}

/** The without-model editor run, per file reduced to what the comparison needs. */
function summaryOnly(ed) {
  const { perFile, ...rest } = ed;
  return { ...rest, perFile: perFile.map(({ file, lines, p50, p95, findings }) => ({ file, lines, p50, p95, findings })) };
}
