import { prisma } from '@acme/db';
import { BaseJobProvider, type JobInput } from './base.js';

export class LocalJobProvider extends BaseJobProvider {
  async triggerJob(job: JobInput) {
    await prisma.backgroundJob.create({ data: { name: job.name, payload: job.payload as object } });
  }

  async cancelJob(id: string) {
    await prisma.backgroundJob.delete({ where: { id } });
  }
}
