import { parentPort } from 'node:worker_threads';
import { lintText } from './lint-text';
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
  while (queue.length) {
    // One event-loop turn between requests, so a `cancel` that arrived meanwhile is seen before
    // the next queued request starts.
    await new Promise((resolve) => setImmediate(resolve));
    const msg = queue.shift()!;
    if (msg.type === 'cancel') continue;
    if (cancelled.delete(msg.id)) {
      post({ type: 'result', id: msg.id, filename: msg.filename, ms: 0 });
      continue;
    }
    const started = performance.now();
    try {
      const text = msg.type === 'lint' ? msg.text : readText(msg.filename, msg.settings.maxBytes);
      const result =
        typeof text === 'string'
          ? lintText({ filename: msg.filename, text, cwd: msg.settings.cwd, rules: msg.settings.rules, options: msg.settings.options, maxBytes: msg.settings.maxBytes, buffers: msg.settings.buffers, digest: msg.type === 'lint' })
          : { findings: [], skipped: text.skipped, timings: { parseMs: 0, rulesMs: 0 } };
      post({ type: 'result', id: msg.id, filename: msg.filename, result, ms: performance.now() - started });
    } catch (error) {
      post({ type: 'result', id: msg.id, filename: msg.filename, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error), ms: performance.now() - started });
    }
  }
  running = false;
}

function post(msg: FromWorker) {
  port!.postMessage(msg);
}
