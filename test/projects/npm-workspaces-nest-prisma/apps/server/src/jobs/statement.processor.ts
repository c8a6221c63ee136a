import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { PrismaService } from '@ledger/database';

@Processor('statements')
export class StatementProcessor extends WorkerHost {
  constructor(private readonly prisma: PrismaService) {
    super();
  }

  async process(job: Job<{ accountIds: string[]; month: string }>) {
    for (const accountId of job.data.accountIds) {
      const entries = await this.prisma.ledgerEntry.findMany({ where: { accountId, month: job.data.month } }); // expect: perf-coach/no-n-plus-one
      await job.updateProgress({ accountId, entries: entries.length });
    }
  }
}
