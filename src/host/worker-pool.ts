import { Worker } from 'node:worker_threads';
import type { AnalysisSettings, FromWorker, ResultMessage, ToWorker } from './protocol';

/**
 * A small pool of analysis workers (vscode-free, so the benchmark runs the very same engine
 * headless). Files go to the least busy worker; every request can be cancelled.
 */
export class WorkerPool {
  private readonly workers: Array<{ worker: Worker; pending: number }> = [];
  private readonly waiting = new Map<number, { resolve: (r: ResultMessage) => void; reject: (e: Error) => void; worker: Worker }>();
  private nextId = 1;

  constructor(
    private readonly workerScript: string,
    private readonly size: number,
  ) {}

  lintFile(filename: string, settings: AnalysisSettings): { id: number; done: Promise<ResultMessage> } {
    return this.send((id) => ({ type: 'lintFile', id, filename, settings }));
  }

  lint(filename: string, text: string, settings: AnalysisSettings): { id: number; done: Promise<ResultMessage> } {
    return this.send((id) => ({ type: 'lint', id, filename, text, settings }));
  }

  cancel(id: number) {
    const entry = this.waiting.get(id);
    entry?.worker.postMessage({ type: 'cancel', id } satisfies ToWorker);
  }

  async dispose() {
    for (const { reject } of this.waiting.values()) reject(new Error('analysis worker pool disposed'));
    this.waiting.clear();
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
    this.workers.length = 0;
  }

  private send(make: (id: number) => ToWorker) {
    const id = this.nextId++;
    const slot = this.pickWorker();
    slot.pending++;
    const done = new Promise<ResultMessage>((resolve, reject) => this.waiting.set(id, { resolve, reject, worker: slot.worker }));
    slot.worker.postMessage(make(id));
    return { id, done };
  }

  private pickWorker() {
    if (this.workers.length < this.size && (this.workers.length === 0 || this.workers.every((w) => w.pending > 0))) {
      const worker = new Worker(this.workerScript);
      const slot = { worker, pending: 0 };
      worker.on('message', (msg: FromWorker) => {
        slot.pending--;
        const entry = this.waiting.get(msg.id);
        this.waiting.delete(msg.id);
        entry?.resolve(msg);
      });
      worker.on('error', (error) => {
        // A crashed worker leaves the pool; the next request starts a fresh one.
        const at = this.workers.indexOf(slot);
        if (at >= 0) this.workers.splice(at, 1);
        for (const [id, entry] of this.waiting) if (entry.worker === worker) {
          this.waiting.delete(id);
          entry.reject(error);
        }
      });
      worker.unref();
      this.workers.push(slot);
    }
    return this.workers.reduce((a, b) => (b.pending < a.pending ? b : a));
  }
}
