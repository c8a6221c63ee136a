export interface JobInput {
  name: string;
  payload: unknown;
}

/** Where jobs go: chosen at start-up from the environment (a database table, or a hosted queue). */
export abstract class BaseJobProvider {
  abstract triggerJob(job: JobInput): Promise<void>;

  /** A stand-in the providers replace (not abstract: it throws). */
  async cancelJob(_id: string): Promise<void> {
    throw new Error('Not implemented');
  }

  /** Not abstract, and no query: a label for logs. */
  describe(): string {
    return 'jobs';
  }
}
