import type { DbResources } from '@acme/db';
import type { PrismaClientOrTransaction } from '../lib/db.js';

type QueueLimitsOptions = { db: PrismaClientOrTransaction; defaultLimit: number };

interface Deps {
  reader: PrismaClientOrTransaction;
}

// Options bags: the client is a member of an object whose type is declared in this module.
export class QueueLimitsService {
  constructor(private readonly options: QueueLimitsOptions) {}

  private get db() {
    return this.options.db;
  }

  async recalculate(environmentId: string, percent: number) {
    const queues = await this.db.taskQueue.findMany({ where: { environmentId } });
    for (const queue of queues) {
      await this.db.taskQueue.update({ where: { id: queue.id }, data: { limit: Math.floor((this.options.defaultLimit * percent) / 100) } }); // expect: perf-coach/no-n-plus-one
    }
  }

  async resetAll(queueIds: string[]) {
    // ok: one statement for every queue
    await this.options.db.taskQueue.updateMany({ where: { id: { in: queueIds } }, data: { limit: this.options.defaultLimit } });
  }
}

export async function queueSizes(deps: Deps, environmentIds: string[]) {
  const sizes: number[] = [];
  for (const environmentId of environmentIds) {
    sizes.push(await deps.reader.taskQueue.count({ where: { environmentId } })); // expect: perf-coach/no-n-plus-one
  }
  return sizes;
}

// A resources object whose type another package exports: `$.replica` is the read replica.
export class QueueStats {
  constructor(private readonly $: DbResources) {}

  async depths(queueIds: string[]) {
    return Promise.all(queueIds.map((id) => this.$.replica.taskRun.count({ where: { queueId: id, status: 'QUEUED' } }))); // expect: perf-coach/no-n-plus-one
  }
}
