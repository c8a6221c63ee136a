import type { AnalysisSettings, DigestMessage, ResultMessage } from '../host/protocol';
import { WorkerPool } from '../host/worker-pool';

/**
 * The extension's handle on the analysis workers. The pool (and with it the parser's native
 * binding) starts on the first request, not at activation. A worker that crashes, exits, runs out
 * of memory or hangs takes only the request it was running down: the pool replaces that worker
 * and the failure is reported once (worker-pool.ts).
 */
export interface AnalysisRequest {
  id: number;
  done: Promise<ResultMessage>;
}

/** A request running longer than this in its worker is treated as hung (a bug in Perf Coach). */
const HUNG_AFTER_MS = 20_000;

export class AnalysisService {
  private pool: WorkerPool | undefined;
  private readonly digestListeners = new Set<(digest: DigestMessage) => void>();

  constructor(
    private readonly workerScript: string,
    private readonly size: number,
    private readonly onFailure: (message: string) => void,
  ) {}

  get started(): boolean {
    return this.pool !== undefined;
  }

  lint(filename: string, text: string, settings: AnalysisSettings): AnalysisRequest {
    return this.ensurePool().lint(filename, text, settings);
  }

  lintFile(filename: string, settings: AnalysisSettings): AnalysisRequest {
    return this.ensurePool().lintFile(filename, settings);
  }

  /** Digests of what edited files export, each sent after its `lint` result (protocol.ts). */
  onDigest(listener: (digest: DigestMessage) => void): { dispose(): void } {
    this.digestListeners.add(listener);
    return { dispose: () => this.digestListeners.delete(listener) };
  }

  /** Drops a queued request; its `done` resolves with no result. */
  cancel(id: number) {
    this.pool?.cancel(id);
  }

  async dispose() {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.dispose();
  }

  private ensurePool(): WorkerPool {
    this.pool ??= new WorkerPool(this.workerScript, this.size, {
      hungAfterMs: HUNG_AFTER_MS,
      onWorkerFailure: this.onFailure,
      onDigest: (digest) => {
        for (const listener of this.digestListeners) listener(digest);
      },
    });
    return this.pool;
  }
}
