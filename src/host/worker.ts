import { parentPort } from 'node:worker_threads';
import { lintText, lintTextFindingsFirst, type LateDigest, type LintResult } from './lint-text';
import { readText } from './read-source';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The analysis worker: parses and runs the rules off the extension host's main thread.
 * The pool (worker-pool.ts) keeps the queue and sends one request at a time; a request queued
 * here anyway is still dropped by a `cancel` that arrives before it starts.
 */
const port = parentPort;
if (!port) throw new Error('perf-coach worker must run in a worker thread');

const queue: ToWorker[] = [];
const cancelled = new Set<number>();
let running = false;
/**
 * Digests owed for `lint` results already sent, newest per file: worked out one per turn while
 * the queue is empty, so the next edit's findings never wait for the last edit's digest.
 */
const owedDigests = new Map<string, { id: number; digest: () => LateDigest }>();

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'cancel') {
    cancelled.add(msg.id);
    return;
  }
  queue.push(msg);
  if (!running) void drain();
});

async function drain() {
  running = true;
  while (queue.length || owedDigests.size) {
    // One event-loop turn between requests, so a `cancel` that arrived meanwhile is seen before
    // the next queued request starts.
    await new Promise((resolve) => setImmediate(resolve));
    if (!queue.length) {
      sendOneDigest();
      continue;
    }
    const msg = queue.shift()!;
    if (msg.type === 'cancel') continue;
    if (cancelled.delete(msg.id)) {
      post({ type: 'result', id: msg.id, filename: msg.filename, ms: 0 });
      continue;
    }
    const started = performance.now();
    try {
      const text = msg.type === 'lint' ? msg.text : readText(msg.filename, msg.settings.maxBytes);
      let result: LintResult;
      if (typeof text !== 'string') result = { findings: [], skipped: text.skipped, timings: { parseMs: 0, rulesMs: 0 } };
      else {
        const request = { filename: msg.filename, text, cwd: msg.settings.cwd, rules: msg.settings.rules, options: msg.settings.options, maxBytes: msg.settings.maxBytes, buffers: msg.settings.buffers };
        // The scan needs no digest; the editor gets its findings first and the digest once the worker is idle.
        if (msg.type === 'lintFile') result = lintText({ ...request, digest: false });
        else {
          // A newer text of the file: the digest owed for the old one is moot (the scan's read of the disk is not one).
          owedDigests.delete(msg.filename);
          const answer = lintTextFindingsFirst(request);
          result = answer.result;
          if (answer.digest) owedDigests.set(msg.filename, { id: msg.id, digest: answer.digest });
        }
      }
      post({ type: 'result', id: msg.id, filename: msg.filename, result, ms: performance.now() - started });
    } catch (error) {
      post({ type: 'result', id: msg.id, filename: msg.filename, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error), ms: performance.now() - started });
    }
  }
  running = false;
}

function sendOneDigest() {
  const [filename, owed] = owedDigests.entries().next().value!;
  owedDigests.delete(filename);
  let digest: LateDigest = {};
  try {
    digest = owed.digest();
  } catch {
    // The findings were shown; without a digest, open importers are refreshed on save instead.
  }
  post({ type: 'digest', id: owed.id, filename, ...digest });
}

function post(msg: FromWorker) {
  port!.postMessage(msg);
}
