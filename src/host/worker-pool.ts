import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { AnalysisSettings, DigestMessage, FromWorker, ResultMessage, ToWorker } from './protocol';

/**
 * A small pool of analysis workers (vscode-free, so the benchmark runs the very same engine
 * headless). The pool keeps the queue; each worker runs one request at a time. That is what makes
 * faults local:
 * - the time limit counts from the moment a worker starts a request, never from when it was queued;
 * - a worker that throws, exits, runs out of memory or overruns the time limit carries exactly one
 *   request, the one that failed: that request is rejected with the reason, the worker is dropped
 *   (terminated if still alive) and a fresh one takes the next request. Nothing else is lost or
 *   re-queued, because nothing else was on it. A failing request is not retried: the same text
 *   would fail the same way.
 * Editor requests (`lint`) go ahead of workspace-scan requests (`lintFile`) in the queue.
 */
export interface WorkerPoolOptions {
  /** A request running longer than this in its worker fails, and the worker is replaced. */
  hungAfterMs?: number;
  /** Passed to every worker (heap and stack). */
  resourceLimits?: ResourceLimits;
  /** Told once per failed worker, with the reason (the extension writes it to its output). */
  onWorkerFailure?: (why: string) => void;
  /** Told of each `digest` a worker sends after a `lint` result (see protocol.ts). */
  onDigest?: (digest: DigestMessage) => void;
}

export const DEFAULT_HUNG_AFTER_MS = 20_000;

/**
 * Defaults measured in docs/ARCHITECTURE.md ("Faults in the analysis workers"): the heap holds the
 * largest file allowed by default several times over; the stack is the headroom for the parser's
 * native recursion on the deepest nesting the pre-check lets through (lint-text.ts).
 */
export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64, stackSizeMb: 16 };

interface Request {
  id: number;
  message: Exclude<ToWorker, { type: 'cancel' }>;
  resolve: (r: ResultMessage) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  running?: Request;
  timer?: ReturnType<typeof setTimeout>;
  /** Set once the worker failed, so `error` followed by `exit` counts once. */
  failed: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly urgent: Request[] = [];
  private readonly background: Request[] = [];
  private nextId = 1;
  private disposed = false;
  private readonly hungAfterMs: number;
  private readonly resourceLimits: ResourceLimits;

  constructor(
    private readonly workerScript: string,
    private readonly size: number,
    private readonly options: WorkerPoolOptions = {},
  ) {
    this.hungAfterMs = options.hungAfterMs ?? DEFAULT_HUNG_AFTER_MS;
    this.resourceLimits = { ...DEFAULT_RESOURCE_LIMITS, ...options.resourceLimits };
  }

  lintFile(filename: string, settings: AnalysisSettings): { id: number; done: Promise<ResultMessage> } {
    return this.send((id) => ({ type: 'lintFile', id, filename, settings }), this.background);
  }

  lint(filename: string, text: string, settings: AnalysisSettings): { id: number; done: Promise<ResultMessage> } {
    return this.send((id) => ({ type: 'lint', id, filename, text, settings }), this.urgent);
  }

  /** Drops a queued request (its `done` resolves with no result); a running one finishes. */
  cancel(id: number) {
    for (const queue of [this.urgent, this.background]) {
      const at = queue.findIndex((r) => r.id === id);
      if (at < 0) continue;
      const [request] = queue.splice(at, 1);
      request.resolve({ type: 'result', id, filename: request.message.filename, ms: 0 });
      return;
    }
  }

  /** Workers alive now (tests and the benchmark read it). */
  get workerCount(): number {
    return this.slots.length;
  }

  async dispose() {
    this.disposed = true;
    const gone = new Error('analysis worker pool disposed');
    for (const request of [...this.urgent, ...this.background]) request.reject(gone);
    this.urgent.length = 0;
    this.background.length = 0;
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.failed = true;
      clearTimeout(slot.timer);
      slot.running?.reject(gone);
      slot.running = undefined;
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private send(make: (id: number) => Request['message'], queue: Request[]) {
    if (this.disposed) throw new Error('analysis worker pool disposed');
    const id = this.nextId++;
    const done = new Promise<ResultMessage>((resolve, reject) => queue.push({ id, message: make(id) as Request['message'], resolve, reject }));
    this.dispatch();
    return { id, done };
  }

  /** Hands queued requests to idle workers, starting workers up to the pool's size. */
  private dispatch() {
    while (!this.disposed && (this.urgent.length || this.background.length)) {
      let slot = this.slots.find((s) => !s.running);
      if (!slot && this.slots.length < this.size) slot = this.startWorker();
      if (!slot) return;
      const request = (this.urgent.shift() ?? this.background.shift())!;
      slot.running = request;
      slot.timer = setTimeout(
        () => this.fail(slot, `the analysis of ${request.message.filename} took longer than ${this.hungAfterMs / 1000} s; its worker was stopped`),
        this.hungAfterMs,
      );
      slot.worker.postMessage(request.message);
    }
  }

  private startWorker(): Slot {
    const worker = new Worker(this.workerScript, { resourceLimits: this.resourceLimits });
    const slot: Slot = { worker, failed: false };
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'digest') {
        // Sent while idle, after its request's result: it does not free or take the worker.
        if (!slot.failed && !this.disposed) this.options.onDigest?.(msg);
        return;
      }
      if (slot.failed || slot.running?.id !== msg.id) return;
      clearTimeout(slot.timer);
      const request = slot.running;
      slot.running = undefined;
      request.resolve(msg);
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const what = slot.running ? ` on ${slot.running.message.filename}` : '';
      const why =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `the analysis worker ran out of memory${what} (limit ${this.resourceLimits.maxOldGenerationSizeMb} MB)`
          : `the analysis worker failed${what}: ${error.message}`;
      this.fail(slot, why);
    });
    worker.on('exit', (code) => {
      const what = slot.running ? ` while analysing ${slot.running.message.filename}` : '';
      this.fail(slot, `the analysis worker exited with code ${code}${what}`);
    });
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  /** The worker is gone or must go: fail its one request, drop it, carry on with the queue. */
  private fail(slot: Slot, why: string) {
    if (slot.failed) return;
    slot.failed = true;
    clearTimeout(slot.timer);
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    void slot.worker.terminate();
    const request = slot.running;
    slot.running = undefined;
    if (this.disposed) return;
    // An idle worker that exits (it never should) costs nothing but the note.
    this.options.onWorkerFailure?.(why);
    request?.reject(new Error(why));
    this.dispatch();
  }
}
