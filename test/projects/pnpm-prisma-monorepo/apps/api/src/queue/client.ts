import { BaseJobProvider, type JobInput } from './base.js';
import { LocalJobProvider } from './local.js';

export class JobClient {
  private provider: BaseJobProvider;

  constructor() {
    this.provider = new LocalJobProvider();
  }

  triggerJob(job: JobInput) {
    return this.provider.triggerJob(job);
  }

  cancelJob(id: string) {
    return this.provider.cancelJob(id);
  }

  label() {
    return this.provider.describe();
  }
}

export const jobs = new JobClient();
