export interface JobInput {
  name: string;
  payload: unknown;
}

/** Where jobs go: chosen at start-up from the environment (a database table, or a hosted queue). */
export abstract class BaseJobProvider {
  abstract triggerJob(job: JobInput): Promise<void>;

  /** Not abstract, and no query: a label for logs. */
  describe(): string {
    return 'jobs';
  }
}
