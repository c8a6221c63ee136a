import type { AnalysisSettings, ResultMessage } from '../host/protocol';
import { WorkerPool } from '../host/worker-pool';

/**
 * The extension's handle on the analysis workers. The pool (and with it the parser's native
 * binding) starts on the first request, not at activation. A worker that crashes or hangs takes
 * only its pending requests down: the pool is thrown away and the next request starts a new one.
 */
export interface AnalysisRequest {
  id: number;
  done: Promise<ResultMessage>;
}

/** A request running longer than this is treated as a hung worker (a bug in Perf Coach). */
const HUNG_AFTER_MS = 20_000;

export class AnalysisService {
  private pool: WorkerPool | undefined;
  private readonly inFlight = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly workerScript: string,
    private readonly size: number,
    private readonly onFailure: (message: string) => void,
  ) {}

  get started(): boolean {
    return this.pool !== undefined;
  }

  lint(filename: string, text: string, settings: AnalysisSettings): AnalysisRequest {
    return this.track((pool) => pool.lint(filename, text, settings));
  }

  lintFile(filename: string, settings: AnalysisSettings): AnalysisRequest {
    return this.track((pool) => pool.lintFile(filename, settings));
  }

  /** Drops a queued request; its `done` resolves with no result. */
  cancel(id: number) {
    this.pool?.cancel(id);
  }

  async dispose() {
    for (const timer of this.inFlight.values()) clearTimeout(timer);
    this.inFlight.clear();
    const pool = this.pool;
    this.pool = undefined;
    await pool?.dispose();
  }

  private track(send: (pool: WorkerPool) => AnalysisRequest): AnalysisRequest {
    this.pool ??= new WorkerPool(this.workerScript, this.size);
    const pool = this.pool;
    const request = send(pool);
    const timer = setTimeout(() => this.restart(pool, `an analysis took longer than ${HUNG_AFTER_MS / 1000} s; the analysis workers were restarted`), HUNG_AFTER_MS);
    this.inFlight.set(request.id, timer);
    const done = request.done.then(
      (result) => {
        this.settle(request.id);
        return result;
      },
      (error: unknown) => {
        this.settle(request.id);
        this.restart(pool, `the analysis worker stopped: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      },
    );
    return { id: request.id, done };
  }

  private settle(id: number) {
    clearTimeout(this.inFlight.get(id));
    this.inFlight.delete(id);
  }

  private restart(pool: WorkerPool, why: string) {
    if (this.pool !== pool) return; // already replaced
    this.pool = undefined;
    this.onFailure(why);
    void pool.dispose();
  }
}
