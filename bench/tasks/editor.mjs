// Editor path: how long after an edit the diagnostics for the file are back.
// For each of the largest files: warm the worker up on it, then apply small
// edits one at a time (a space added at the end of a line, a different line
// each time) and time each from the request leaving this thread to the result
// arriving, exactly as the extension sends an open document's text to its
// analysis worker. Next to it, the same file's parse-only time with oxc-parser
// (the parser the worker uses) and with typescript-estree (ESLint's parser),
// measured warm on this thread.
//
// The project model is on unless PERF_COACH_PROJECT=0 (ours.mjs runs this task both ways; the
// pool's worker threads inherit the environment). With `probePath` (lib/build-host.mjs), it also
// checks that an edit re-analyses only the changed file: see editCheck() below.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parse as tsParse } from '@typescript-eslint/typescript-estree';
import { parseSync } from 'oxc-parser';

/** Files "of about 3,000 lines" (±20 %), the size the editor target is stated for. */
const TARGET_LINES_MIN = 2400;
const TARGET_LINES_MAX = 3600;

const require = createRequire(import.meta.url);

export function percentile(values, p) {
  const xs = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least p% of the samples at or below it.
  return xs[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
}

const median = (values) => percentile(values, 50);
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Median of `runs` timed calls of fn after `warm` untimed ones. */
function timeMedian(fn, warm, runs) {
  for (let i = 0; i < warm; i++) fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** The text with one space appended to line `n` (0-based): valid wherever the line ends. */
function withSpaceAtEndOfLine(text, n) {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    const next = text.indexOf('\n', at + 1);
    if (next < 0) return `${text} `;
    at = next;
  }
  // Before a CRLF's \r too, so the line break stays intact.
  const end = at > 0 && text[at - 1] === '\r' ? at - 1 : at;
  return `${text.slice(0, end)} ${text.slice(end)}`;
}

function langOf(file) {
  if (/\.[cm]?tsx$/.test(file)) return 'tsx';
  if (/\.[cm]?ts$/.test(file)) return 'ts';
  return 'jsx';
}

/** Lines of `text` that import nothing (no `import`, `require(` or `export … from`): the body. */
function bodyLineNumbers(text) {
  const out = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() && !/\bimport\b|\brequire\s*\(|\bexport\b.*\bfrom\b/.test(line)) out.push(i);
  });
  return out;
}

/**
 * An edit re-analyses only the changed file: on this thread, with the worker's engine and the
 * project model in one bundle (`probePath`), analyse a file whose analysis read other modules,
 * then edit its body (never an import line: spaces at the end of lines spread over the file,
 * then a statement appended) and analyse each new text. The model must parse no module again:
 * `stats.parses` (other modules parsed by the model; the edited file's own parse is the host's)
 * stays where the first analysis left it. Every parse the model makes is recorded by file, so a
 * failure names what was parsed again.
 */
async function editCheck({ probePath, candidates, cwd, edits = 5, maxTries = 40 }) {
  const probe = await import(pathToFileURL(probePath).href);
  const real = probe.nativeParts();
  if (!real) return { ok: null, note: 'the project model’s native parts did not load' };
  const parsed = [];
  // Before the first projectFor(): the model takes its parser when it is made.
  probe.provideNative({
    ...real,
    parseSync: (file, text, options) => {
      parsed.push(file);
      return real.parseSync(file, text, options);
    },
  });
  const options = {};
  const lint = (file, text) => probe.lintText({ filename: file, text, cwd, rules: {}, options, maxBytes: 1_000_000 });
  const rel = (f) => path.relative(cwd, f).split(path.sep).join('/');
  let tried = 0;
  for (const { file, text, lines } of candidates) {
    if (tried++ >= maxTries) break;
    const first = lint(file, text);
    const dependencies = first.dependencies ?? [];
    const model = probe.projectFor(cwd, options);
    if (!model || !dependencies.length || !model.stats.parses) continue; // this file's analysis read no other module
    const before = { ...model.stats };
    const parsedBefore = parsed.length;
    const body = bodyLineNumbers(text);
    let current = text;
    const t0 = performance.now();
    let sameDependencies = true;
    for (let i = 0; i < edits; i++) {
      current =
        i < edits - 1 ? withSpaceAtEndOfLine(current, body[Math.floor(((i + 1) * body.length) / edits)]) : `${current}\nvoid 0;\n`;
      const r = lint(file, current);
      sameDependencies &&= JSON.stringify(r.dependencies ?? []) === JSON.stringify(dependencies);
    }
    const ms = (performance.now() - t0) / edits;
    const after = { ...model.stats };
    const again = parsed.slice(parsedBefore);
    return {
      ok: after.parses === before.parses,
      file: rel(file),
      lines,
      edits,
      // Modules the first analysis read through the model (the worker's `dependencies`).
      dependencies: dependencies.length,
      sameDependencies,
      statsAfterFirstAnalysis: before,
      statsAfterEdits: after,
      parsedAgain: [...new Set(again)].map(rel),
      otherModulesParsedAgain: again.filter((f) => f !== file).length,
      msPerEditOnThisThread: round(ms),
    };
  }
  return { ok: null, note: `none of the ${Math.min(tried, maxTries)} files tried read another module through the model` };
}

export async function run(files, { poolPath, workerPath, probePath, size = 2, cwd, count = 20, edits = 20, warmEdits = 5, parseRuns = 10 }) {
  // The largest files by lines.
  const sized = files.map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return { file, text, lines: text.split('\n').length };
  });
  sized.sort((a, b) => b.lines - a.lines);
  const chosen = sized.slice(0, count);

  const { WorkerPool } = require(poolPath);
  // The worker sends an edit's findings first and the digest of the file's exports once idle
  // (protocol.ts). Typing is slower than that: the extension sends an edit 300 ms after the last
  // keystroke. So each timed edit waits for the previous edit's digest, as a user's would.
  const digests = new Map();
  const pool = new WorkerPool(workerPath, size, { onDigest: (d) => (digests.get(d.id)?.(), digests.delete(d.id)) });
  const settings = { rules: {}, options: {}, maxBytes: 1_000_000, cwd };
  const keepAlive = setInterval(() => {}, 1 << 30); // the pool's workers are unref'd
  const perFile = [];
  const all = [];
  try {
    for (const { file, text, lines } of chosen) {
      const lineCount = text.split('\n').length;
      const lint = async (t) => {
        const t0 = performance.now();
        const request = pool.lint(file, t, settings);
        const digested = new Promise((resolve) => digests.set(request.id, resolve));
        const msg = await request.done;
        const ms = performance.now() - t0;
        if (msg.error) throw new Error(`${file}: ${msg.error}`);
        // A digest follows only when the project model ran (then `dependencies` is set).
        if (msg.result?.dependencies) await digested;
        digests.delete(request.id);
        return { ms, result: msg.result };
      };
      for (let i = 0; i < warmEdits; i++) await lint(withSpaceAtEndOfLine(text, (i * 131) % lineCount));
      const ms = [];
      let analysed = true;
      let findings = 0;
      let workerParseMs = [];
      let workerRulesMs = [];
      let dependencies = 0;
      // Each edit builds on the previous text, as typing does.
      let current = text;
      for (let i = 0; i < edits; i++) {
        current = withSpaceAtEndOfLine(current, (i * 7919) % lineCount);
        const r = await lint(current);
        ms.push(r.ms);
        analysed &&= !r.result.prefiltered && !r.result.skipped && !r.result.parseError;
        findings = r.result.findings.length;
        workerParseMs.push(r.result.timings.parseMs);
        workerRulesMs.push(r.result.timings.rulesMs);
        dependencies = r.result.dependencies?.length ?? 0;
      }
      all.push(...ms);
      // Parse floors, on this thread, warm: oxc with the options the worker uses, typescript-estree with ESLint's.
      // Reading `program` and `comments` is part of the parse: oxc hands the AST over lazily.
      const oxcParseMs = timeMedian(
        () => {
          const r = parseSync(file, text, { lang: langOf(file), range: false, preserveParens: false, sourceType: 'unambiguous' });
          return [r.program, r.comments];
        },
        3,
        parseRuns,
      );
      const tsParseMs = timeMedian(
        () => tsParse(text, { filePath: file, loc: true, range: true, tokens: true, comment: true, jsDocParsingMode: 'none' }),
        3,
        parseRuns,
      );
      const p95 = percentile(ms, 95);
      perFile.push({
        file: file.startsWith(cwd) ? file.slice(cwd.length + 1) : file,
        lines,
        analysed,
        findings,
        // Other modules the analysis read through the project model (0 with the model off).
        dependencies,
        p50: round(median(ms)),
        p95: round(p95),
        workerParseMs: round(median(workerParseMs)),
        workerRulesMs: round(median(workerRulesMs)),
        oxcParseMs: round(oxcParseMs),
        tsEstreeParseMs: round(tsParseMs),
        p95OverTsEstreeParse: round(p95 / tsParseMs),
        p95OverOxcParse: round(p95 / oxcParseMs),
      });
    }
  } finally {
    clearInterval(keepAlive);
    await pool.dispose();
  }
  // After the timed edits, on this thread, so it cannot disturb them.
  const edit = probePath
    ? await editCheck({ probePath, cwd, candidates: [...chosen, ...sized.slice(count)] })
    : undefined;
  const ratios = perFile.map((f) => f.p95OverTsEstreeParse);
  const largest = perFile[0];
  const worst = perFile.reduce((a, b) => (b.p95 > a.p95 ? b : a), perFile[0]);
  // The target is stated for a 3,000-line file: the slowest of the files near that size.
  const nearTarget = perFile.filter((f) => f.lines >= TARGET_LINES_MIN && f.lines <= TARGET_LINES_MAX);
  const worstNearTarget = nearTarget.reduce((a, b) => (b.p95 > a.p95 ? b : a), nearTarget[0]);
  return {
    projectModel: process.env.PERF_COACH_PROJECT !== '0',
    files: perFile.length,
    editsPerFile: edits,
    p50: round(median(all)),
    p95: round(percentile(all, 95)),
    largestFileLines: largest?.lines ?? null,
    largestFileP95: largest?.p95 ?? null,
    worstFile: worst?.file ?? null,
    worstFileLines: worst?.lines ?? null,
    worstFileP95: worst?.p95 ?? null,
    targetSize: {
      minLines: TARGET_LINES_MIN,
      maxLines: TARGET_LINES_MAX,
      files: nearTarget.length,
      worstFile: worstNearTarget?.file ?? null,
      worstFileLines: worstNearTarget?.lines ?? null,
      worstFileP95: worstNearTarget?.p95 ?? null,
      // Each file's p95 ÷ its own oxc-parser parse, the highest among the files of this size.
      p95OverOxcParseMax: nearTarget.length ? round(Math.max(...nearTarget.map((f) => f.p95OverOxcParse))) : null,
    },
    // Per-file p95 ÷ that file's typescript-estree parse time: the median file and the worst one.
    p95OverTsEstreeParseMedian: ratios.length ? round(median(ratios)) : null,
    p95OverTsEstreeParseMax: ratios.length ? round(Math.max(...ratios)) : null,
    p95OverOxcParseMedian: perFile.length ? round(median(perFile.map((f) => f.p95OverOxcParse))) : null,
    p95OverOxcParseMax: perFile.length ? round(Math.max(...perFile.map((f) => f.p95OverOxcParse))) : null,
    perFile,
    ...(edit && { editCheck: edit }),
  };
}
