#!/usr/bin/env node
// Real-application audit: recall on a hand-made list of per-item queries, and precision per
// rule from hand labels, on pinned open-source backends (test/corpus/real-apps/).
//
// 1. Lints each app's backend folders with the built plugin (dist/eslint-plugin/index.js,
//    configs.recommended) through ESLint's `ESLint` class, @typescript-eslint/parser for every
//    file, `cwd` = the app's root (so a project model can find its tsconfig and package.json).
//    Parse errors and rule crashes are counted and listed, never fatal.
// 2. Recall: an entry of per-item-queries.json (`kind: "positive"`) is found when
//    no-n-plus-one reports a finding on its call-site line (`file` + `line`). Per split; the
//    missed entries are listed. Negatives (`kind: "negative"`, look-alikes) that are reported
//    are listed too.
// 3. Precision per rule and split from labels.json (`app|file|line|rule` -> TP / debatable /
//    FP): strict = TP / judged, lenient = (TP + debatable) / judged, each with its 95 % Wilson
//    interval; findings without a label are counted, and listed for the tune split (findings of
//    every other split, `held-out` and `fresh`, and the list entries they miss, are listed only
//    with --show-held-out, so that nobody reads them while tuning). The splits are those of the
//    apps in the manifest (`tune` first, then `held-out`, then any other in manifest order).
// 4. --sample N --seed S: a deterministic sample of at most N findings per rule and split
//    (ordered by sha1 of `S|app|file|line|rule`), printed with the code around each, to label.
//
// Usage:
//   node scripts/real-app-audit.mjs --apps <folder> [--only a,b] [--json out.json]
//          [--sample N --seed S [--split tune|held-out|fresh] [--context N]] [--show-held-out]
//          [--manifest apps.json] [--list per-item-queries.json] [--labels labels.json]
//          [--findings previous.json] [--concurrency N] [--plugin dist/eslint-plugin/index.js]
//   <folder> holds each app checked out at its pinned commit as <folder>/<name>
//   (scripts/real-app-checkout.mjs makes it); PERF_COACH_REAL_APPS may name it instead.
//   --findings reuses the findings of an earlier --json run instead of linting again.
//   --plugin lints with another build of the plugin (e.g. a worktree of an older commit, after
//   `npm ci && npm run build` there) instead of this repository's dist/.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, wilson } from './lib/wilson.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = path.join(REPO_ROOT, 'test', 'corpus', 'real-apps');
const DEFAULT_PLUGIN = path.join(REPO_ROOT, 'dist', 'eslint-plugin', 'index.js');
const SOURCE_GLOB = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';
// Build output is skipped, but a source folder that happens to be called `build` (a `src/core/build/`
// module of the app's own) is source.
const IGNORES = ['**/node_modules/**', '**/dist/**', '**/build/**', '!**/src/**/build/**', '**/.next/**', '**/*.d.ts', '**/*.min.js'];
const LABELS = ['TP', 'debatable', 'FP'];
const DEFAULT_SPLITS = ['tune', 'held-out'];
/** Only the tune split is shown while tuning; every other split is hidden without --show-held-out. */
const isHidden = (split) => split !== 'tune';

/** The splits of some apps: `tune`, `held-out`, then the others in the order they appear. */
export function splitsOf(apps) {
  const seen = [...new Set(apps.map((a) => a.split))];
  return [...DEFAULT_SPLITS.filter((s) => seen.includes(s)), ...seen.filter((s) => !DEFAULT_SPLITS.includes(s))];
}

function usage(code) {
  (code ? console.error : console.log)(
    'usage: node scripts/real-app-audit.mjs --apps <folder> [--only a,b] [--json FILE] [--sample N --seed S [--split S] [--context N]]\n' +
      '       [--show-held-out] [--manifest FILE] [--list FILE] [--labels FILE] [--findings FILE] [--concurrency N] [--plugin FILE]',
  );
  process.exit(code);
}

function parseArgs(argv) {
  const o = {
    apps: process.env.PERF_COACH_REAL_APPS,
    only: undefined,
    json: undefined,
    sample: undefined,
    seed: '',
    split: undefined,
    context: 8,
    showHeldOut: false,
    manifest: path.join(DATA_DIR, 'apps.json'),
    list: undefined,
    labels: undefined,
    findings: undefined,
    concurrency: undefined,
    plugin: DEFAULT_PLUGIN,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(2);
      return v;
    };
    if (a === '--apps') o.apps = value();
    else if (a === '--only') o.only = value().split(',');
    else if (a === '--json') o.json = value();
    else if (a === '--sample') o.sample = Number(value());
    else if (a === '--seed') o.seed = value();
    else if (a === '--split') o.split = value();
    else if (a === '--context') o.context = Number(value());
    else if (a === '--show-held-out') o.showHeldOut = true;
    else if (a === '--manifest') o.manifest = path.resolve(value());
    else if (a === '--list') o.list = path.resolve(value());
    else if (a === '--labels') o.labels = path.resolve(value());
    else if (a === '--findings') o.findings = path.resolve(value());
    else if (a === '--concurrency') o.concurrency = value();
    else if (a === '--plugin') o.plugin = path.resolve(value());
    else if (a === '--help' || a === '-h') usage(0);
    else {
      console.error(`unknown argument: ${a}`);
      usage(2);
    }
  }
  // The list and labels live next to the manifest unless named.
  o.list ??= path.join(path.dirname(o.manifest), 'per-item-queries.json');
  o.labels ??= path.join(path.dirname(o.manifest), 'labels.json');
  if (o.sample !== undefined && (!Number.isInteger(o.sample) || o.sample < 0)) usage(2);
  if (!o.apps && !o.findings) {
    console.error('--apps <folder> (or PERF_COACH_REAL_APPS) is needed, unless --findings reuses an earlier run');
    usage(2);
  }
  return o;
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const posix = (p) => p.split(path.sep).join('/');
const sha1 = (text) => createHash('sha1').update(text).digest('hex');
const shortRule = (id) => id.replace(/^perf-coach\//, '');
export const labelKey = (f) => `${f.app}|${f.file}|${f.line}|${f.rule}`;


const fmtInterval = ([lo, hi]) => (Number.isFinite(lo) ? `${fmt(lo)}–${fmt(hi)}` : '–');

// ---------------------------------------------------------------------------------------------
// Linting

async function lintApp(app, root, opts) {
  const { ESLint } = await import('eslint');
  const { default: tsParser } = await import('@typescript-eslint/parser');
  const plugin = createRequire(import.meta.url)(opts.plugin);
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true, // the app's own eslint.config.* is not ours to run
    overrideConfig: [
      { ignores: IGNORES },
      {
        files: [SOURCE_GLOB],
        languageOptions: {
          parser: tsParser,
          // .ts/.tsx: JSX follows the extension; .js/.jsx may hold JSX. Decorators parse by default.
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
      },
      { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
      plugin.configs.recommended,
    ],
    cache: false,
    warnIgnored: false,
    errorOnUnmatchedPattern: false,
    ...(opts.concurrency ? { concurrency: opts.concurrency === 'auto' ? 'auto' : Number(opts.concurrency) } : {}),
  });
  const patterns = app.backend.filter((dir) => fs.existsSync(path.join(root, dir))).map((dir) => `${posix(dir)}/${SOURCE_GLOB}`);
  const absent = app.backend.filter((dir) => !fs.existsSync(path.join(root, dir)));
  const started = Date.now();
  let results;
  const crashes = [];
  try {
    results = await eslint.lintFiles(patterns);
  } catch (err) {
    // A rule threw on some file: lint file by file to keep the others and name the culprit.
    console.error(`${app.name}: lint run failed (${String(err.message).split('\n')[0]}); linting file by file`);
    const files = [];
    for (const dir of app.backend) {
      const full = path.join(root, dir);
      if (!fs.existsSync(full)) continue;
      for (const e of fs.readdirSync(full, { recursive: true, withFileTypes: true })) {
        const f = path.join(e.parentPath ?? e.path, e.name);
        if (e.isFile() && /\.(js|mjs|cjs|jsx|ts|mts|cts|tsx)$/.test(e.name) && !(await eslint.isPathIgnored(f))) files.push(f);
      }
    }
    results = [];
    for (const f of files) {
      try {
        results.push(...(await eslint.lintFiles([f])));
      } catch (e) {
        crashes.push({ file: posix(path.relative(root, f)), message: String(e.message).split('\n')[0] });
      }
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const findings = [];
  const parseErrors = [];
  for (const r of results) {
    const file = posix(path.relative(root, r.filePath));
    for (const m of r.messages) {
      if (m.fatal) parseErrors.push({ file, line: m.line, message: m.message });
      else if (m.ruleId?.startsWith('perf-coach/')) {
        // The quick fixes the finding offers (suggestion message ids), when it offers any.
        const quickFix = m.suggestions?.length ? m.suggestions.map((sg) => sg.messageId ?? 'fix').join(',') : undefined;
        findings.push({ app: app.name, split: app.split, file, line: m.line, column: m.column, rule: shortRule(m.ruleId), message: m.message, quickFix });
      }
    }
  }
  return { name: app.name, split: app.split, filesLinted: results.length, seconds, parseErrors, crashes, absent, findings };
}

// ---------------------------------------------------------------------------------------------
// Scoring (pure: works on findings, the list and the labels)

/** Recall of no-n-plus-one on the positive entries of the list, per split; negatives reported. */
export function scoreRecall(entries, findings, splitOf, splits = DEFAULT_SPLITS) {
  const hit = new Set(findings.filter((f) => f.rule === 'no-n-plus-one').map((f) => `${f.app}|${f.file}|${f.line}`));
  const out = {};
  for (const split of splits) {
    const positives = entries.filter((e) => (e.kind ?? 'positive') === 'positive' && splitOf(e.app) === split);
    const negatives = entries.filter((e) => e.kind === 'negative' && splitOf(e.app) === split);
    const found = positives.filter((e) => hit.has(`${e.app}|${e.file}|${e.line}`));
    const missed = positives.filter((e) => !hit.has(`${e.app}|${e.file}|${e.line}`));
    const flaggedNegatives = negatives.filter((e) => hit.has(`${e.app}|${e.file}|${e.line}`));
    out[split] = {
      listed: positives.length,
      found: found.length,
      recall: positives.length ? found.length / positives.length : NaN,
      interval: wilson(found.length, positives.length),
      missed: missed.map((e) => e.id ?? `${e.app}|${e.file}|${e.line}`),
      negatives: negatives.length,
      flaggedNegatives: flaggedNegatives.map((e) => e.id ?? `${e.app}|${e.file}|${e.line}`),
    };
  }
  return out;
}

/** Distinct findings by label key (two reports of one rule on one line are one finding). */
export function distinctFindings(findings) {
  const seen = new Map();
  for (const f of findings) if (!seen.has(labelKey(f))) seen.set(labelKey(f), f);
  return [...seen.values()];
}

/** Precision per split and rule from the labels; unlabelled findings and stale labels counted. */
export function scorePrecision(findings, labels, ruleIds, splits = DEFAULT_SPLITS) {
  const distinct = distinctFindings(findings);
  const keys = new Set(distinct.map(labelKey));
  const out = {};
  for (const split of splits) {
    const rows = {};
    for (const rule of ruleIds) {
      const ofRule = distinct.filter((f) => f.split === split && f.rule === rule);
      const c = { findings: ofRule.length, withQuickFix: ofRule.filter((f) => f.quickFix).length, judged: 0, TP: 0, debatable: 0, FP: 0, unlabelled: [] };
      for (const f of ofRule) {
        const l = labels[labelKey(f)];
        if (!l) c.unlabelled.push(labelKey(f));
        else if (LABELS.includes(l.label)) {
          c.judged++;
          c[l.label]++;
        } else throw new Error(`label of ${labelKey(f)} is "${l.label}", not one of ${LABELS.join(', ')}`);
      }
      c.strict = c.judged ? c.TP / c.judged : NaN;
      c.strictInterval = wilson(c.TP, c.judged);
      c.lenient = c.judged ? (c.TP + c.debatable) / c.judged : NaN;
      c.lenientInterval = wilson(c.TP + c.debatable, c.judged);
      rows[rule] = c;
    }
    out[split] = rows;
  }
  const stale = Object.keys(labels).filter((k) => !keys.has(k));
  return { perSplit: out, stale };
}

/** At most n findings per split and rule, in the order of sha1(`seed|app|file|line|rule`). */
export function drawSample(findings, n, seed, ruleIds, splits = DEFAULT_SPLITS) {
  const out = [];
  const distinct = distinctFindings(findings);
  for (const split of splits) {
    for (const rule of ruleIds) {
      const chosen = distinct
        .filter((f) => f.split === split && f.rule === rule)
        .map((f) => ({ ...f, order: sha1(`${seed}|${f.app}|${f.file}|${f.line}|${f.rule}`) }))
        .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
        .slice(0, n)
        .sort((a, b) => a.app.localeCompare(b.app) || a.file.localeCompare(b.file) || a.line - b.line);
      out.push(...chosen);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Output

function contextLines(file, line, around) {
  if (!fs.existsSync(file)) return '   (file not available)';
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const from = Math.max(1, line - around);
  const to = Math.min(lines.length, line + around);
  const width = String(to).length;
  const out = [];
  for (let k = from; k <= to; k++) out.push(`${k === line ? '>' : ' '} ${String(k).padStart(width)} | ${lines[k - 1]}`);
  return out.join('\n');
}

function markdown(report, opts) {
  const L = [];
  L.push(`## Run`);
  L.push('');
  L.push(`Plugin: \`${report.plugin.path}\` (${report.plugin.built ?? 'build time unknown'}); rules: ${report.ruleIds.map((r) => `\`${r}\``).join(', ')}.`);
  L.push('');
  L.push('| app | split | files linted | parse errors | rule crashes | seconds | ' + report.ruleIds.join(' | ') + ' |');
  L.push('|---|---|---:|---:|---:|---:|' + report.ruleIds.map(() => '---:').join('|') + '|');
  for (const a of report.apps) {
    const counts = report.ruleIds.map((r) => distinctFindings(report.findings.filter((f) => f.app === a.name && f.rule === r)).length);
    L.push(`| ${a.name} | ${a.split} | ${a.filesLinted} | ${a.parseErrors.length} | ${a.crashes.length} | ${fmt(a.seconds)} | ${counts.join(' | ')} |`);
  }
  const problems = report.apps.flatMap((a) => [
    ...a.absent.map((d) => `- ${a.name}: backend folder \`${d}\` not found`),
    ...a.parseErrors.map((p) => `- ${a.name}: parse error \`${p.file}:${p.line}\`: ${p.message}`),
    ...a.crashes.map((c) => `- ${a.name}: rule crash on \`${c.file}\`: ${c.message}`),
  ]);
  if (problems.length) L.push('', ...problems);
  if (report.listProblems.length) L.push('', 'List entries that do not match the checked-out code:', ...report.listProblems.map((p) => `- ${p}`));

  L.push('', '## Recall on the hand-made list of per-item queries (`no-n-plus-one` on the call-site line)', '');
  L.push('| split | listed | found | recall | 95 % interval | look-alike negatives | negatives reported |');
  L.push('|---|---:|---:|---:|---|---:|---:|');
  for (const s of report.splits) {
    const r = report.recall[s];
    L.push(`| ${s} | ${r.listed} | ${r.found} | ${fmt(r.recall)} | ${fmtInterval(r.interval)} | ${r.negatives} | ${r.flaggedNegatives.length} |`);
  }
  for (const s of report.splits) {
    const r = report.recall[s];
    if (isHidden(s) && !opts.showHeldOut) {
      if (r.missed.length || r.flaggedNegatives.length) L.push('', `Missed entries and reported negatives of ${s} are listed only with --show-held-out.`);
      continue;
    }
    if (r.missed.length) L.push('', `Missed (${s}): ${r.missed.map((m) => `\`${m}\``).join(', ')}.`);
    if (r.flaggedNegatives.length) L.push('', `Look-alike negatives reported (${s}): ${r.flaggedNegatives.map((m) => `\`${m}\``).join(', ')}.`);
  }

  L.push('', '## Precision per rule (labels.json)', '');
  L.push('strict = TP / judged, lenient = (TP + debatable) / judged; 95 % Wilson intervals.', '');
  for (const s of report.splits) {
    L.push(`### ${s}`, '');
    L.push('| rule | findings | with a quick fix | judged | TP | debatable | FP | strict | 95 % | lenient | 95 % | unlabelled |');
    L.push('|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---:|');
    const tot = { findings: 0, withQuickFix: 0, judged: 0, TP: 0, debatable: 0, FP: 0, unlabelled: 0 };
    for (const rule of report.ruleIds) {
      const c = report.precision.perSplit[s][rule];
      for (const k of Object.keys(tot)) tot[k] += k === 'unlabelled' ? c.unlabelled.length : c[k];
      L.push(
        `| \`${rule}\` | ${c.findings} | ${c.withQuickFix ?? 0} | ${c.judged} | ${c.TP} | ${c.debatable} | ${c.FP} | ${fmt(c.strict)} | ${fmtInterval(c.strictInterval)} | ${fmt(c.lenient)} | ${fmtInterval(c.lenientInterval)} | ${c.unlabelled.length} |`,
      );
    }
    L.push(
      `| all | ${tot.findings} | ${tot.withQuickFix} | ${tot.judged} | ${tot.TP} | ${tot.debatable} | ${tot.FP} | ${fmt(tot.TP / tot.judged)} | ${fmtInterval(wilson(tot.TP, tot.judged))} | ${fmt((tot.TP + tot.debatable) / tot.judged)} | ${fmtInterval(wilson(tot.TP + tot.debatable, tot.judged))} | ${tot.unlabelled} |`,
      '',
    );
  }
  if (report.precision.stale.length) {
    const shown = report.precision.stale.filter((k) => opts.showHeldOut || !isHidden(report.splitOf(k.split('|')[0])));
    L.push(`Labels that match no finding of this run (${report.precision.stale.length}; the rules changed, or the run was partial):`, '');
    for (const k of shown) L.push(`- \`${k}\``);
    if (shown.length < report.precision.stale.length) L.push(`- (${report.precision.stale.length - shown.length} of hidden splits, listed only with --show-held-out)`);
    L.push('');
  }
  for (const s of report.splits) {
    const keys = report.ruleIds.flatMap((r) => report.precision.perSplit[s][r].unlabelled);
    if (!keys.length) continue;
    if (isHidden(s) && !opts.showHeldOut) {
      L.push(`${keys.length} ${s} findings are unlabelled (listed only with --show-held-out).`, '');
      continue;
    }
    L.push(`Unlabelled findings (${s}, ${keys.length}):`, '');
    for (const k of keys) L.push(`- \`${k}\``);
    L.push('');
  }
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------

function checkList(entries, appsDir, appNames) {
  const problems = [];
  const ids = new Set();
  for (const e of entries) {
    const id = e.id ?? `${e.app}|${e.file}|${e.line}`;
    if (ids.has(id)) problems.push(`${id}: duplicate id`);
    ids.add(id);
    if (!appNames.includes(e.app)) problems.push(`${id}: app "${e.app}" is not in the manifest`);
    if (!appsDir) continue;
    const full = path.join(appsDir, e.app, e.file);
    if (!fs.existsSync(full)) {
      if (fs.existsSync(path.join(appsDir, e.app))) problems.push(`${id}: ${e.file} does not exist`);
      continue;
    }
    const n = fs.readFileSync(full, 'utf8').split(/\r?\n/).length;
    if (!(e.line >= 1 && e.line <= n)) problems.push(`${id}: line ${e.line} is outside ${e.file} (${n} lines)`);
  }
  return problems;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const manifest = readJson(opts.manifest);
  let apps = manifest.apps;
  if (opts.only) apps = apps.filter((a) => opts.only.includes(a.name));
  const splitOf = (name) => manifest.apps.find((a) => a.name === name)?.split;
  const splits = splitsOf(apps);
  if (opts.split && !splits.includes(opts.split)) {
    console.error(`--split ${opts.split}: no app of that split (splits: ${splits.join(', ')})`);
    usage(2);
  }
  const list = fs.existsSync(opts.list) ? readJson(opts.list).entries : [];
  const labelsFile = fs.existsSync(opts.labels) ? readJson(opts.labels) : { labels: {} };
  const labels = Object.fromEntries(Object.entries(labelsFile.labels).filter(([k]) => apps.some((a) => k.startsWith(`${a.name}|`))));
  const appsDir = opts.apps ? path.resolve(opts.apps) : undefined;

  let report;
  if (opts.findings) {
    const previous = readJson(opts.findings);
    report = { ...previous, apps: previous.apps.filter((a) => apps.some((b) => b.name === a.name)) };
    report.findings = previous.findings.filter((f) => apps.some((a) => a.name === f.app)).map((f) => ({ ...f, split: splitOf(f.app) }));
  } else {
    if (!fs.existsSync(opts.plugin)) {
      console.error(`The built plugin is missing (${posix(path.relative(REPO_ROOT, opts.plugin))}). Run \`npm run build\` first.`);
      process.exit(2);
    }
    const plugin = createRequire(import.meta.url)(opts.plugin);
    const ruleIds = Object.keys(plugin.configs.recommended.rules).map(shortRule).sort();
    const ran = [];
    for (const app of apps) {
      const root = path.join(appsDir, app.name);
      if (!fs.existsSync(root)) {
        console.error(`${app.name}: not checked out in ${appsDir} (scripts/real-app-checkout.mjs); skipped`);
        continue;
      }
      const stamp = path.join(root, '.perf-coach-commit');
      if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() !== app.commit) {
        console.error(`${app.name}: checked out at ${fs.readFileSync(stamp, 'utf8').trim()}, not the pinned ${app.commit}`);
      }
      console.error(`${app.name}: linting ${app.backend.join(', ')} ...`);
      const r = await lintApp(app, root, opts);
      console.error(`${app.name}: ${r.filesLinted} files, ${r.findings.length} findings, ${r.parseErrors.length} parse errors in ${r.seconds.toFixed(1)} s`);
      ran.push(r);
    }
    report = {
      plugin: { path: posix(path.relative(REPO_ROOT, opts.plugin)), built: fs.statSync(opts.plugin).mtime.toISOString() },
      ruleIds,
      apps: ran.map(({ findings, ...rest }) => rest),
      findings: ran.flatMap((r) => r.findings),
    };
  }
  const ranApps = new Set(report.apps.map((a) => a.name));
  const entries = list.filter((e) => ranApps.has(e.app));
  report.listProblems = checkList(list.filter((e) => apps.some((a) => a.name === e.app)), appsDir, manifest.apps.map((a) => a.name));
  report.splits = splits;
  report.recall = scoreRecall(entries, report.findings, splitOf, splits);
  report.precision = scorePrecision(report.findings, labels, report.ruleIds, splits);
  // Stale labels only count for apps that ran.
  report.precision.stale = report.precision.stale.filter((k) => ranApps.has(k.split('|')[0]));

  console.log(markdown({ ...report, splitOf }, opts));

  if (opts.sample !== undefined) {
    const drawn = opts.split ? [opts.split] : opts.showHeldOut ? splits : splits.filter((s) => !isHidden(s));
    const sample = drawSample(report.findings, opts.sample, opts.seed, report.ruleIds, drawn);
    report.sample = { n: opts.sample, seed: opts.seed, splits: drawn, findings: sample.map(({ order, ...f }) => f) };
    console.log(`## Sample (at most ${opts.sample} per rule and split, seed "${opts.seed}", splits ${drawn.join(', ')})\n`);
    let i = 0;
    for (const f of sample) {
      const l = labels[labelKey(f)];
      console.log(`#${++i} \`${labelKey(f)}\`${l ? ` [${l.label}]` : ' [unlabelled]'}\n   ${f.message}`);
      if (appsDir) console.log('```\n' + contextLines(path.join(appsDir, f.app, f.file), f.line, opts.context) + '\n```');
      console.log('');
    }
  }

  if (opts.json) {
    fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
    fs.writeFileSync(opts.json, JSON.stringify(opts.showHeldOut ? report : withoutHiddenEntries(report, splitOf), null, 1) + '\n');
    console.error(`wrote ${opts.json}`);
  }
}

/**
 * The report as someone who tunes the rules may read it: for every split other than `tune`, the
 * missed entries, the reported look-alikes, the unlabelled findings and the findings themselves
 * are replaced by their counts (`{ hidden: n }`, `hiddenFindings`). With --show-held-out (the
 * evaluators' runs, and the ones `--findings` rescores) the JSON keeps everything.
 */
export function withoutHiddenEntries(report, splitOf) {
  const hidden = (list) => ({ hidden: list.length });
  const recall = Object.fromEntries(Object.entries(report.recall).map(([s, r]) => [s, isHidden(s) ? { ...r, missed: hidden(r.missed), flaggedNegatives: hidden(r.flaggedNegatives) } : r]));
  const perSplit = Object.fromEntries(
    Object.entries(report.precision.perSplit).map(([s, rules]) => [s, isHidden(s) ? Object.fromEntries(Object.entries(rules).map(([rule, c]) => [rule, { ...c, unlabelled: hidden(c.unlabelled) }])) : rules]),
  );
  const hiddenFindings = {};
  for (const f of report.findings) if (isHidden(f.split)) hiddenFindings[f.split] = (hiddenFindings[f.split] ?? 0) + 1;
  return {
    ...report,
    findings: report.findings.filter((f) => !isHidden(f.split)),
    hiddenFindings,
    recall,
    precision: { ...report.precision, perSplit, stale: report.precision.stale.filter((k) => !isHidden(splitOf(k.split('|')[0]))) },
  };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
