import type { LibraryTable } from './types';

const reads = ['getJob', 'getJobs', 'getJobCounts', 'getJobCountByTypes', 'count', 'getWaiting', 'getActive', 'getDelayed', 'getCompleted', 'getFailed'];

/**
 * BullMQ and Bull: job queues kept in Redis. `queue.add(…)` is a Redis round trip per job;
 * `queue.addBulk([...])` sends many in one. `new Queue(…)` opens its own Redis connections.
 */
export const bullmq: LibraryTable = {
  id: 'bullmq',
  name: 'BullMQ',
  modules: ['bullmq', 'bull', '@nestjs/bullmq', '@nestjs/bull'],
  kind: 'cache',
  queryMethods: [...reads, 'add', 'addBulk', 'remove', 'removeJobs', 'clean', 'drain', 'obliterate', 'pause', 'resume'],
  readMethods: reads,
  closeMethods: ['close'],
  factories: [
    { export: 'Queue', creates: 'connection' },
    { export: 'default', creates: 'connection' },
  ],
};
