// Runs benchmark tasks, each run in a fresh process so its peak RSS is its own.
//
// A task is one of:
//   { name, needs, module, options }        in-process: `module` exports run(files, options),
//                                           executed by child.mjs
//   { name, needs, cli(files, ctx), parse } a Node-based CLI: cli() returns { bin, args, cwd };
//                                           parse(stdout, stderr) returns details
// `needs` lists the npm packages the task imports; a task whose packages are
// not installed is reported as skipped instead of failing the whole run.
// Either kind may add `env` (variables for its process, e.g. PERF_COACH_PROJECT=0). With
// PERF_COACH_DEBUG=project the project model prints its counters when the process exits; those
// lines are taken out of stderr into the run's `details.projectModel`.

import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findPackageDir } from './tools.mjs';

const LIB_DIR = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(LIB_DIR, 'child.mjs');
// `--import` takes URLs; a bare Windows path would not parse as one.
const REGISTER_TOOLS = pathToFileURL(path.join(LIB_DIR, 'register-tools.mjs')).href;
const RSS_PRELOAD = pathToFileURL(path.join(LIB_DIR, 'rss-preload.mjs')).href;
const RUN_TIMEOUT_MS = 30 * 60 * 1000;

export function median(values) {
  const xs = [...values].sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export function missingPackages(task) {
  return (task.needs ?? []).filter((name) => !findPackageDir(name));
}

/** `perf-coach project model <root>: {stats}`, printed at exit under PERF_COACH_DEBUG=project (src/project/registry.ts). */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MODEL_LINE = /^perf-coach project model (.*): (\{.*\})$/;

/** The model counters in `stderr`, one entry per model (root), and stderr without those lines. */
export function takeModelStats(stderr) {
  const models = [];
  const rest = [];
  for (const line of stderr.split('\n')) {
    const m = MODEL_LINE.exec(line);
    if (!m) {
      rest.push(line);
      continue;
    }
    try {
      // The root relative to this repository: results are committed, and a machine's paths are not.
      models.push({ root: path.relative(REPO_ROOT, m[1]).split(path.sep).join('/') || '.', ...JSON.parse(m[2]) });
    } catch {
      rest.push(line);
    }
  }
  return { models, rest: rest.join('\n') };
}

function runInProcess(task, files) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = fork(CHILD, [], {
      execArgv: ['--import', REGISTER_TOOLS],
      env: { ...process.env, ...task.env },
      // stderr is passed through, except the project model's counters (see takeModelStats).
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    let report = null;
    let pending = '';
    const models = [];
    const passThrough = (text) => {
      const { models: found, rest } = takeModelStats(text);
      models.push(...found);
      if (rest) process.stderr.write(rest);
    };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
      // Whole lines only, so a counter line split across chunks is still recognised.
      pending += d;
      const cut = pending.lastIndexOf('\n') + 1;
      if (cut) {
        passThrough(pending.slice(0, cut));
        pending = pending.slice(cut);
      }
    });
    child.on('message', (msg) => (report = msg));
    child.on('error', reject);
    // 'close', not 'exit': the counters are printed as the child exits, after its report.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pending) passThrough(pending);
      const seconds = (performance.now() - t0) / 1000;
      if (!report?.ok) {
        reject(new Error(`${task.name}: child failed (${signal ?? code})\n${report?.error ?? ''}`));
        return;
      }
      if (models.length) report.details = { ...report.details, projectModel: models };
      resolve({ seconds, ...report });
    });
    child.send({ modulePath: task.module, files, options: task.options });
  });
}

function runCli(task, files, ctx) {
  const { bin, args, cwd } = task.cli(files, ctx);
  const rssFile = path.join(ctx.tmpDir, `rss-${process.pid}-${Date.now()}.txt`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', RSS_PRELOAD, bin, ...args], {
      cwd,
      env: { ...process.env, ...task.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - t0) / 1000;
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      const okCodes = task.okExitCodes ?? [0];
      if (signal || !okCodes.includes(code)) {
        reject(new Error(`${task.name}: exited ${signal ?? code}\n${stderr.slice(-2000)}`));
        return;
      }
      let peakRssMb = null;
      let cpuSeconds = null;
      try {
        const usage = JSON.parse(fs.readFileSync(rssFile, 'utf8'));
        peakRssMb = usage.maxRSS / 1024;
        cpuSeconds = usage.cpuMicros / 1e6;
        fs.rmSync(rssFile);
      } catch {
        // the tool did its work outside this Node process; RSS unknown
      }
      const { models } = takeModelStats(stderr);
      const details = task.parse?.(stdout, stderr) ?? {};
      resolve({ seconds, workSeconds: null, peakRssMb, cpuSeconds, details: models.length ? { ...details, projectModel: models } : details });
    });
  });
}

export function runOnce(task, files, ctx) {
  return task.cli ? runCli(task, files, ctx) : runInProcess(task, files);
}

/**
 * Measure every task on the same files: `warmup` unrecorded runs each, then
 * `runs` rounds. Rounds are interleaved (A B C, A B C, ...) rather than
 * grouped, so a burst of load on a shared machine hits every task alike and
 * the ratios stay meaningful even when absolute seconds drift.
 */
export async function measureAll(tasks, files, { runs = 3, warmup = 1, log = () => {} } = {}) {
  const ctx = { tmpDir: fs.mkdtempSync(path.join(os.tmpdir(), 'perf-coach-bench-')) };
  const live = [];
  const results = new Map();
  for (const task of tasks) {
    const missing = missingPackages(task);
    if (missing.length) {
      log(`skip ${task.name}: not installed (${missing.join(', ')})`);
      results.set(task.name, { name: task.name, skipped: `not installed: ${missing.join(', ')}` });
    } else {
      live.push(task);
      results.set(task.name, { name: task.name, samples: [] });
    }
  }
  try {
    for (let i = 0; i < warmup; i++) {
      for (const task of live) {
        log(`warm-up ${task.name}`);
        await runOnce(task, files, ctx);
      }
    }
    for (let r = 0; r < runs; r++) {
      for (const task of live) {
        const s = await runOnce(task, files, ctx);
        log(
          `run ${r + 1}/${runs} ${task.name}: ${s.seconds.toFixed(2)} s ` +
            `(cpu ${s.cpuSeconds?.toFixed(2) ?? '?'} s), ${s.peakRssMb?.toFixed(0) ?? '?'} MB`,
        );
        results.get(task.name).samples.push(s);
      }
    }
  } finally {
    fs.rmSync(ctx.tmpDir, { recursive: true, force: true });
  }
  return tasks.map((task) => summarize(results.get(task.name), files.length));
}

function summarize(result, fileCount) {
  if (result.skipped) {
    return { name: result.name, seconds: null, filesPerSecond: null, peakRssMb: null, skipped: result.skipped };
  }
  const { samples } = result;
  const seconds = median(samples.map((s) => s.seconds));
  const work = samples.map((s) => s.workSeconds).filter((x) => x != null);
  const rss = samples.map((s) => s.peakRssMb).filter((x) => x != null);
  const cpu = samples.map((s) => s.cpuSeconds).filter((x) => x != null);
  return {
    name: result.name,
    seconds: round(seconds, 3),
    filesPerSecond: round(fileCount / seconds, 1),
    peakRssMb: rss.length ? round(median(rss), 1) : null,
    // Time inside the task after its modules loaded (in-process tasks only).
    workSeconds: work.length ? round(median(work), 3) : null,
    // CPU time of the whole process, all threads: less sensitive than wall
    // time to other load on the machine (but sums oxlint's threads).
    cpuSeconds: cpu.length ? round(median(cpu), 3) : null,
    samples: samples.map((s) => round(s.seconds, 3)),
    details: samples.at(-1).details,
  };
}

const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
