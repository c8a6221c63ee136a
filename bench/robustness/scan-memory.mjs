#!/usr/bin/env node
// Memory of a workspace scan at scale, and how fast a cancelled scan lets go of its workers.
// Generates a workspace of N files (default 20,000: half backend modules that the rules analyse,
// half plain helpers the prefilter drops), then runs the extension's scan engine headless (the same
// WorkerPool and worker, 2 workers, 4 requests in flight, findings kept per file as the findings
// store keeps them) while sampling the process's RSS (the worker threads included).
//
//   node bench/robustness/scan-memory.mjs [--files 20000] [--cancel-at 0.5]
//
// docs/ARCHITECTURE.md ("Faults in the analysis workers") quotes the figures.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { buildHost } from '../lib/build-host.mjs';
import { generate } from './generate.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('files', 20_000);
const CANCEL_AT = arg('cancel-at', 0.5);
const IN_FLIGHT = 4;
const mb = (bytes) => Math.round(bytes / 1e6);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-coach-scan-'));
const helper = (i) => `export function format${i}(value) {\n  return String(value).padStart(${i % 20}, '0');\n}\n`.repeat(1 + (i % 30));
const files = [];
let bytes = 0;
for (let i = 0; i < FILES; i++) {
  const sub = path.join(dir, `pkg${i % 100}`, i % 2 ? 'routes' : 'lib');
  fs.mkdirSync(sub, { recursive: true });
  const file = path.join(sub, `file${i}.${['js', 'ts', 'mjs', 'cjs'][i % 4]}`);
  const text = i % 2 ? generate(1500 + (i % 7) * 1500).replace(/loadOwner0/g, `loadOwner${i}`) : helper(i);
  fs.writeFileSync(file, text);
  bytes += text.length;
  files.push(file);
}

const { worker, pool: poolPath } = await buildHost();
const { WorkerPool } = createRequire(import.meta.url)(poolPath);
const settings = { rules: {}, options: {}, maxBytes: 1_000_000, cwd: dir };
const keepAlive = setInterval(() => {}, 1 << 30);
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

async function scan(pool, cancelAfter) {
  const store = new Map();
  const inFlight = new Set();
  let next = 0;
  let cancelled = false;
  let cancelledAt = 0;
  let counts = { findings: 0, failed: 0 };
  const pull = async () => {
    while (next < files.length && !cancelled) {
      const file = files[next++];
      const request = pool.lintFile(file, settings);
      inFlight.add(request.id);
      try {
        const msg = await request.done;
        if (msg.result) {
          store.set(file, msg.result.findings);
          counts.findings += msg.result.findings.length;
        }
      } catch {
        counts.failed++;
      }
      inFlight.delete(request.id);
      if (!cancelled && store.size >= cancelAfter) {
        cancelled = true;
        cancelledAt = performance.now();
        for (const id of inFlight) pool.cancel(id);
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, pull));
  return { store, counts, settledAfterCancelMs: cancelled ? performance.now() - cancelledAt : undefined };
}

const pool = new WorkerPool(worker, 2);
const rssBefore = process.memoryUsage().rss;
let t = performance.now();
const full = await scan(pool, Infinity);
const fullMs = performance.now() - t;
const heapAfterFull = process.memoryUsage().heapUsed;
console.log(`workspace: ${FILES} files, ${mb(bytes)} MB`);
console.log(`full scan: ${(fullMs / 1000).toFixed(1)} s, ${full.store.size} files, ${full.counts.findings} findings, ${full.counts.failed} failed`);
console.log(`  process RSS: ${mb(rssBefore)} MB before, peak ${mb(peak)} MB; main-thread heap after (findings kept) ${mb(heapAfterFull)} MB`);

// Cancelled part-way: how long until every request has settled, and does the editor get a worker at once?
peak = 0;
t = performance.now();
const part = await scan(pool, Math.floor(FILES * CANCEL_AT));
const editorStarted = performance.now();
const editor = await pool.lint(path.join(dir, 'open.ts'), generate(3000), settings).done;
console.log(`cancelled at ${Math.round(CANCEL_AT * 100)}%: every request settled ${part.settledAfterCancelMs.toFixed(0)} ms after the cancel; an editor request then took ${(performance.now() - editorStarted).toFixed(0)} ms (${editor.result.findings.length} findings)`);
await pool.dispose();
clearInterval(sampler);
clearInterval(keepAlive);
console.log(`after dispose: ${pool.workerCount} workers`);
fs.rmSync(dir, { recursive: true, force: true });
