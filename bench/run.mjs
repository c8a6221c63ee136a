#!/usr/bin/env node
// Benchmark driver.
//
//   node bench/run.mjs            full corpus, 3 runs after 1 warm-up; writes
//                                 bench/results/latest.json and the table in bench/README.md
//   node bench/run.mjs --quick    300-file sample, 1 run, no warm-up (CI smoke);
//                                 writes bench/results/quick.json only
// Options: --runs N  --warmup N  --limit N  --only <substring>[,<substring>...]  --out <file>
// A run with --only, --limit or fewer than 3 runs is partial: it writes bench/results/partial.json
// (git-ignored) and leaves latest.json and the README table alone.
//
// Runs come from peers.mjs and, when present, ours.mjs (export ourTasks(ctx)
// returning more tasks, and optionally extraResults(ctx) returning
// { editorMs, editorMsNoModel, editCheck, activationMs, vsixBytes, editP95VsParse,
// editP95VsOxcParse, parity, modelFindings, notes }).
// Exits non-zero only when something fails to run; a missed target is a result.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusInfo } from './corpus.mjs';
import { measureAll } from './lib/measure.mjs';
import { packageVersion } from './lib/tools.mjs';
import { OUR_RUN, RUN, peerTasks } from './peers.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const README = path.join(BENCH_DIR, 'README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

// Each ratio is seconds(num) / seconds(den): how many times as long num takes.
// The issue's ratios, each with its target (the ratio must not exceed it).
// Our runs have the project model on (the default); projectModelCost compares with it off.
const RATIOS = {
  projectModelCost: [OUR_RUN.eslintRecommended, OUR_RUN.eslintRecommendedNoModel],
  recommendedVsNoRules: [OUR_RUN.eslintRecommended, RUN.eslintNoRules],
  scanVsPeerEslint: [OUR_RUN.scanEngine, RUN.eslintPeer],
  scanVsParseFloor: [OUR_RUN.scanEngine, RUN.tsEstreeParse],
  scanVsOxcParse: [OUR_RUN.scanEngine, RUN.oxcParseWalk],
  oxlintHostVsEslint: [OUR_RUN.oxlintJsPlugin, OUR_RUN.eslintRecommended],
};
export const TARGETS = {
  projectModelCost: 1.25,
  recommendedVsNoRules: 1.25,
  scanVsPeerEslint: 0.33,
  scanVsParseFloor: 1.5,
  // Issue 11 item 8: within 2× of the oxc-parser floor with the project model on (was 3 before it).
  scanVsOxcParse: 2,
  oxlintHostVsEslint: 0.25,
  editP95VsParse: 1.5,
  // Issue 11 item 8: an edit's p95 within 3× of oxc-parser's parse of the same file (files of about 3,000 lines).
  editP95VsOxcParse: 3,
};
// Context for reading the ones above.
const OTHER_RATIOS = {
  eslintNoRulesOverTsParse: [RUN.eslintNoRules, RUN.tsEstreeParse],
  tsParseOverOxcParseWalk: [RUN.tsEstreeParse, RUN.oxcParseWalk],
  eslintPeerOverEslintNoRules: [RUN.eslintPeer, RUN.eslintNoRules],
  eslintPeerOverOxlintPeer1: [RUN.eslintPeer, RUN.oxlintPeer1],
  recommendedVsPeer: [OUR_RUN.eslintRecommended, RUN.eslintPeer],
  recommendedNoModelVsNoRules: [OUR_RUN.eslintRecommendedNoModel, RUN.eslintNoRules],
  oxlintHostAllCoresVsEslint: [OUR_RUN.oxlintJsPluginAll, OUR_RUN.eslintRecommended],
  oxlintHostVsOxlintPeer1: [OUR_RUN.oxlintJsPlugin, RUN.oxlintPeer1],
  scanVsEslintNoRules: [OUR_RUN.scanEngine, RUN.eslintNoRules],
};
/**
 * Order of execution within a round: the two sides of every target ratio run back to back
 * (the oxc-parser floor takes seconds, so the scan sits next to all three of its floors).
 */
const RUN_ORDER = [
  RUN.tsEstreeParse,
  RUN.oxcParseWalk,
  OUR_RUN.scanEngine,
  RUN.eslintPeer,
  RUN.eslintNoRules,
  OUR_RUN.eslintRecommended,
  OUR_RUN.eslintRecommendedNoModel,
  OUR_RUN.oxlintJsPlugin,
  OUR_RUN.oxlintJsPluginAll,
  RUN.oxlintPeer1,
  RUN.oxlintPeerAll,
];
const EDITOR_P95_LIMIT_MS = 50;
const ACTIVATION_LIMIT_MS = 20;
// 3 MB: two native bindings per platform (oxc-parser, and oxc-resolver for the project model, about 0.8 MB).
const VSIX_LIMIT_BYTES = 3 * 1024 * 1024;

function parseArgs(argv) {
  const opts = { quick: false, runs: 3, warmup: 1, limit: undefined, only: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--runs') opts.runs = Number(next());
    else if (a === '--warmup') opts.warmup = Number(next());
    else if (a === '--limit') opts.limit = Number(next());
    else if (a === '--only') opts.only = next().split(',');
    else if (a === '--out') opts.out = next();
    else throw new Error(`unknown option ${a}`);
  }
  if (opts.quick) {
    opts.limit ??= 300;
    if (!argv.includes('--runs')) opts.runs = 1;
    if (!argv.includes('--warmup')) opts.warmup = 0;
  }
  return opts;
}

/**
 * Median over rounds of (numerator ÷ denominator) within the same round. The two sides of each
 * target ratio run back to back in every round (RUN_ORDER), so a burst of load from elsewhere
 * tends to hit both or to stay within one round: this moves less than the ratio of the medians.
 */
function computePairedRatios(runs, table) {
  const samples = new Map(runs.filter((r) => r.samples?.length).map((r) => [r.name, r.samples]));
  const out = {};
  for (const [key, [num, den]] of Object.entries(table)) {
    const a = samples.get(num);
    const b = samples.get(den);
    if (!a || !b || a.length !== b.length) {
      out[key] = null;
      continue;
    }
    const perRound = a.map((x, i) => x / b[i]).sort((x, y) => x - y);
    const mid = perRound.length >> 1;
    const median = perRound.length % 2 ? perRound[mid] : (perRound[mid - 1] + perRound[mid]) / 2;
    out[key] = Math.round(median * 100) / 100;
  }
  return out;
}

function computeRatios(runs, table, field = 'seconds') {
  const seconds = new Map(runs.map((r) => [r.name, r[field]]));
  const out = {};
  for (const [key, [num, den]] of Object.entries(table)) {
    const a = seconds.get(num);
    const b = seconds.get(den);
    out[key] = a && b ? Math.round((a / b) * 100) / 100 : null;
  }
  return out;
}

/** Every target of the issue: met, missed, or not measured (null). */
function checkTargets(results) {
  const out = {};
  for (const [key, limit] of Object.entries(TARGETS)) {
    const value = results.ratios[key];
    out[key] = { value, target: `≤ ${limit}`, met: value == null ? null : value <= limit };
  }
  // The issue states it for a 3,000-line file: checked on the slowest file of 2,400–3,600 lines
  // among the largest ones. The slowest of all the largest files (up to 5,900 lines) is reported
  // next to it, as a figure without a target.
  const near = results.editorMs?.targetSize;
  const p95 = near?.worstFileP95;
  out.editorP95Ms = {
    value: p95 ?? null,
    target: `≤ ${EDITOR_P95_LIMIT_MS} ms on a file of about 3,000 lines (slowest of the ${near?.files ?? '?'} files of ${near?.minLines ?? '?'}–${near?.maxLines ?? '?'} lines: ${near?.worstFile ?? '?'}, ${near?.worstFileLines ?? '?'} lines)`,
    met: p95 == null ? null : p95 <= EDITOR_P95_LIMIT_MS,
  };
  out.editorP95LargestFilesMs = {
    value: results.editorMs?.worstFileP95 ?? null,
    target: `no target: slowest of the ${results.editorMs?.files ?? '?'} largest files (${results.editorMs?.worstFile ?? '?'}, ${results.editorMs?.worstFileLines ?? '?'} lines)`,
    met: null,
  };
  // The same file's p95 with the project model off (the editor run made with PERF_COACH_PROJECT=0).
  const offP95 = results.editorMsNoModel?.perFile?.find((f) => f.file === near?.worstFile)?.p95;
  out.editorModelCostP95 = {
    value: p95 != null && offP95 ? round2(p95 / offP95) : null,
    target: `no target: that file's p95 with the project model ÷ without it (${p95 ?? '?'} ms ÷ ${offP95 ?? '?'} ms)`,
    met: null,
  };
  const edit = results.editCheck;
  out.editReanalysesOnlyChangedFile = {
    value: edit?.ok ?? null,
    target: edit?.file
      ? `true: after ${edit.edits} body edits of ${edit.file} (${edit.dependencies} modules read through the model), the model parsed ${edit.statsAfterEdits.parses - edit.statsAfterFirstAnalysis.parses} modules again`
      : `true (${edit?.note ?? 'not run'})`,
    met: edit?.ok ?? null,
  };
  out.activationMs = {
    value: results.activationMs,
    target: `≤ ${ACTIVATION_LIMIT_MS} ms`,
    met: results.activationMs == null ? null : results.activationMs <= ACTIVATION_LIMIT_MS,
  };
  out.vsixBytes = {
    value: results.vsixBytes,
    target: `≤ ${VSIX_LIMIT_BYTES} (3 MB)`,
    met: results.vsixBytes == null ? null : results.vsixBytes <= VSIX_LIMIT_BYTES,
  };
  return out;
}

const round2 = (x) => Math.round(x * 100) / 100;
const fmt = (x, digits) => (x == null ? '–' : x.toFixed(digits));
const verdict = (met, target = '') => (target.startsWith('no target') ? 'reported' : met == null ? 'not measured' : met ? 'met' : '**missed**');

function markdown(results) {
  const { corpus, env } = results;
  const base = results.runs.find((r) => r.name === RUN.eslintNoRules)?.seconds;
  const lines = [
    `Corpus: ${corpus.files.toLocaleString('en-US')} files, ${corpus.lines.toLocaleString('en-US')} lines. ` +
      `Median of ${env.runs} run(s) after ${env.warmup} warm-up; Node ${env.node}, ${env.cpus} CPUs; ${env.date.slice(0, 10)}.`,
    '',
    '| Run | Seconds | Files/s | CPU s | Peak RSS (MB) | × ESLint, no rules |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results.runs) {
    if (r.skipped) {
      lines.push(`| ${r.name} | ${r.skipped} | | | | |`);
      continue;
    }
    const rel = base && r.seconds ? (r.seconds / base).toFixed(2) : '–';
    lines.push(
      `| ${r.name} | ${fmt(r.seconds, 2)} | ${fmt(r.filesPerSecond, 0)} | ${fmt(r.cpuSeconds, 2)} | ` +
        `${fmt(r.peakRssMb, 0)} | ${rel} |`,
    );
  }
  lines.push('', '**Targets**: Measured = median wall seconds ÷ median wall seconds (the verdict); CPU = the same for CPU seconds; Paired = median over rounds of the two runs of one round, which ran back to back:', '');
  lines.push('| Ratio | Measured | CPU | Paired | Target | |', '| --- | ---: | ---: | ---: | --- | --- |');
  for (const [key, t] of Object.entries(results.targets)) {
    const pair = RATIOS[key];
    const what = pair ? ` (${pair[0]} ÷ ${pair[1]})` : '';
    const cpu = results.ratiosCpu[key];
    const paired = results.ratiosPaired?.[key];
    lines.push(`| \`${key}\`${what} | ${t.value ?? '–'} | ${cpu ?? ''} | ${paired ?? ''} | ${t.target} | ${verdict(t.met, t.target)} |`);
  }
  lines.push('', 'Other ratios, wall (CPU):', '');
  for (const [key, value] of Object.entries(results.otherRatios)) {
    const [num, den] = OTHER_RATIOS[key];
    lines.push(`- \`${key}\` (${num} ÷ ${den}): ${value == null ? 'not measured' : `${value} (${results.ratiosCpu[key] ?? '–'})`}`);
  }
  const ed = results.editorMs;
  if (ed?.perFile?.length) {
    lines.push(
      '',
      `**Editor path**: ${ed.editsPerFile} edits on each of the ${ed.files} largest files, edit → diagnostics in the worker: ` +
        `p50 ${ed.p50} ms, p95 ${ed.p95} ms over all edits. Parse-only times of the same text, warm, for comparison:`,
      '',
      '| File | Lines | p50 ms | p95 ms | oxc parse ms | typescript-estree parse ms | p95 ÷ ts parse |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const f of ed.perFile) {
      lines.push(`| ${f.file} | ${f.lines} | ${f.p50} | ${f.p95} | ${f.oxcParseMs} | ${f.tsEstreeParseMs} | ${f.p95OverTsEstreeParse} |`);
    }
  }
  const pm = results.projectModel;
  if (pm) {
    lines.push('', `**Project model**: on in every run of ours except the ones marked "project model off" (PERF_COACH_PROJECT=0). ${pm.corpusNote}`, '');
    for (const [run, models] of Object.entries(pm.counters)) {
      for (const m of models) {
        lines.push(`- ${run}: ${m.modules} modules, ${m.exports} export summaries, ${m.parses} parses (${m.parseErrors} failed), ${m.callerFiles} caller files.`);
      }
    }
    const f = pm.findings;
    if (f) lines.push(`- Findings, ESLint + recommended: ${f.withModel} with the model, ${f.withoutModel} without (${f.onlyWithModel} only with it, ${f.onlyWithoutModel} only without).`);
    const on = results.editorMs;
    const off = results.editorMsNoModel;
    if (on?.p95 != null && off?.p95 != null) {
      lines.push(
        `- Editor path with ÷ without the model: p50 ${on.p50} ÷ ${off.p50} ms, p95 ${on.p95} ÷ ${off.p95} ms over all edits; ` +
          `slowest file of about 3,000 lines ${on.targetSize?.worstFileP95} ms (${on.targetSize?.worstFile}) ÷ ${off.targetSize?.worstFileP95} ms (${off.targetSize?.worstFile}).`,
      );
    }
    const e = results.editCheck;
    if (e?.file) {
      lines.push(
        `- Edit check (${e.ok ? 'passed' : '**failed**'}): ${e.file} (${e.lines} lines) read ${e.dependencies} other modules through the model; ` +
          `after its first analysis the model had made ${e.statsAfterFirstAnalysis.parses} parses, after ${e.edits} edits of its body ${e.statsAfterEdits.parses}` +
          `${e.parsedAgain.length ? ` (parsed again: ${e.parsedAgain.join(', ')})` : ''}; the same dependencies each time: ${e.sameDependencies}.`,
      );
    }
  }
  const parity = results.parity;
  if (parity) {
    lines.push('', `**Same findings**: ${parity.reference} reported ${parity.findings}.`);
    for (const [name, h] of Object.entries(parity.hosts)) {
      lines.push(
        `- ${name}: ${h.findings}, ${h.same ? 'the same ones (rule, file, line)' : `${h.onlyReference} only under ESLint, ${h.onlyHost} only here`}.`,
      );
    }
  }
  if (results.notes?.activation && results.activationMs == null) lines.push('', `Activation: ${results.notes.activation}.`);
  if (results.notes?.vsix && results.vsixBytes == null) lines.push('', `.vsix: ${results.notes.vsix}.`);
  return lines.join('\n');
}

function updateReadme(table) {
  const text = fs.readFileSync(README, 'utf8');
  const i = text.indexOf(START);
  const j = text.indexOf(END);
  if (i < 0 || j < i) throw new Error(`README.md lacks the ${START} / ${END} markers`);
  fs.writeFileSync(README, `${text.slice(0, i + START.length)}\n${table}\n${text.slice(j)}`);
}

async function loadOurs(ctx) {
  const file = path.join(BENCH_DIR, 'ours.mjs');
  if (!fs.existsSync(file)) return { tasks: [], extra: null };
  const mod = await import(pathToFileURL(file).href);
  return {
    tasks: (await mod.ourTasks?.(ctx)) ?? [],
    extra: mod.extraResults ? () => mod.extraResults(ctx) : null,
  };
}

async function main() {
  const started = performance.now();
  const opts = parseArgs(process.argv.slice(2));
  const log = (m) => console.error(m);
  const corpus = corpusInfo({ limit: opts.limit, log });
  log(`corpus: ${corpus.files.length} files, ${corpus.lines} lines`);

  const ctx = { corpusRoot: corpus.root, quick: opts.quick, files: corpus.files, log };
  const ours = await loadOurs(ctx);
  let tasks = [...peerTasks(ctx), ...ours.tasks];
  if (opts.only) tasks = tasks.filter((t) => opts.only.some((s) => t.name.includes(s)));

  // Run in RUN_ORDER so each ratio's two runs follow each other and meet the same background
  // load; report in the order defined (peers, then ours).
  const rank = (t) => (RUN_ORDER.includes(t.name) ? RUN_ORDER.indexOf(t.name) : RUN_ORDER.length);
  const measured = await measureAll(
    [...tasks].sort((a, b) => rank(a) - rank(b)),
    corpus.files,
    { runs: opts.runs, warmup: opts.warmup, log },
  );
  const runs = tasks.map((t) => measured.find((r) => r.name === t.name));
  // The editor path, activation and parity come after the timed runs; `--only editor` asks for them alone.
  const wantExtra = !opts.only || opts.only.includes('editor');
  const extra = (wantExtra && (await ours.extra?.())) || {};

  const ratios = { ...computeRatios(runs, RATIOS), editP95VsParse: extra.editP95VsParse ?? null, editP95VsOxcParse: extra.editP95VsOxcParse ?? null };
  // The model's counters, from the runs whose processes print them at exit (ESLint, oxlint).
  const counters = Object.fromEntries(runs.filter((r) => r.details?.projectModel).map((r) => [r.name, r.details.projectModel]));
  const results = {
    corpus: { files: corpus.files.length, lines: corpus.lines },
    runs,
    ratios,
    otherRatios: computeRatios(runs, OTHER_RATIOS),
    // Same ratios on CPU time: steadier when other work shares the machine.
    // Not comparable between single- and multi-threaded runs (threads add up).
    ratiosCpu: { ...computeRatios(runs, RATIOS, 'cpuSeconds'), ...computeRatios(runs, OTHER_RATIOS, 'cpuSeconds') },
    ratiosPaired: computePairedRatios(runs, RATIOS),
    targets: null,
    editorMs: extra.editorMs ?? {},
    editorMsNoModel: extra.editorMsNoModel ?? null,
    editCheck: extra.editCheck ?? null,
    projectModel: {
      corpusNote:
        'The corpus is one folder per npm package, mostly compiled dist, without package.json or node_modules: relative imports resolve inside each package, imports of other packages (even sibling @medusajs ones) do not.',
      counters,
      findings: extra.modelFindings ?? null,
    },
    activationMs: extra.activationMs ?? null,
    vsixBytes: extra.vsixBytes ?? null,
    parity: extra.parity ?? null,
    notes: extra.notes ?? {},
    env: {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: os.cpus().length,
      runs: opts.runs,
      warmup: opts.warmup,
      quick: opts.quick,
      tools: Object.fromEntries(
        ['eslint', '@typescript-eslint/parser', 'oxc-parser', 'oxlint', 'eslint-plugin-n'].map((n) => [
          n,
          packageVersion(n),
        ]),
      ),
      totalSeconds: null,
    },
  };
  results.targets = checkTargets(results);
  results.env.totalSeconds = Math.round((performance.now() - started) / 1000);

  // Only a full run speaks for the project: quick and partial runs never replace latest.json.
  const partial = opts.quick || opts.only || opts.limit || opts.runs < 3;
  const out = opts.out ?? path.join(BENCH_DIR, 'results', opts.quick ? 'quick.json' : partial ? 'partial.json' : 'latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  const table = markdown(results);
  if (!partial && !opts.out) updateReadme(table);
  console.log(table);
  // Missed targets are results, not failures: the exit code reports errors only.
  console.log(`\nwrote ${path.relative(process.cwd(), out)} in ${results.env.totalSeconds} s`);
}

main().catch((err) => {
  console.error(err?.stack ?? err);
  process.exitCode = 1;
});
