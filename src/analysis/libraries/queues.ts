import type { LibraryTable } from './types';

const reads = ['getJob', 'getJobs', 'getJobCounts', 'getJobCountByTypes', 'count', 'getWaiting', 'getActive', 'getDelayed', 'getCompleted', 'getFailed', 'getRepeatableJobs', 'getJobSchedulers', 'getJobScheduler'];

/**
 * BullMQ and Bull: job queues kept in Redis. `queue.add(…)` is a Redis round trip per job;
 * `queue.addBulk([...])` sends many in one. `new Queue(…)` opens its own Redis connections.
 */
export const bullmq: LibraryTable = {
  id: 'bullmq',
  name: 'BullMQ',
  modules: ['bullmq', 'bull', '@nestjs/bullmq', '@nestjs/bull'],
  kind: 'cache',
  // Repeatable jobs and job schedulers (BullMQ 5) are kept in Redis too: each removal or upsert is a round trip.
  queryMethods: [...reads, 'add', 'addBulk', 'remove', 'removeJobs', 'clean', 'drain', 'obliterate', 'pause', 'resume', 'removeRepeatable', 'removeRepeatableByKey', 'removeJobScheduler', 'upsertJobScheduler'],
  readMethods: reads,
  // `const jobs = await queue.getJobs([...])`: each job is a handle on Redis; asking it anything
  // (`job.getState()`, `job.remove()`, `job.retry()`) is another round trip.
  rowMethods: ['getState', 'isCompleted', 'isFailed', 'isActive', 'isWaiting', 'isDelayed', 'remove', 'retry', 'promote', 'discard', 'moveToFailed', 'moveToCompleted', 'updateProgress', 'updateData', 'update', 'changeDelay', 'changePriority', 'log', 'getChildrenValues', 'getDependencies'],
  listReads: ['getJobs', 'getWaiting', 'getActive', 'getDelayed', 'getCompleted', 'getFailed'],
  closeMethods: ['close'],
  // `static getInstance(): Queue<Payload> | null`: a queue a helper hands out, known by its declared type.
  typeNames: ['Queue'],
  factories: [
    { export: 'Queue', creates: 'connection' },
    { export: 'default', creates: 'connection' },
  ],
};

/**
 * Agenda: jobs kept in a MongoDB collection. `agenda.now(…)`, `agenda.every(…)` and a job's
 * `save()` each write one document; `agenda.create(…)` only builds the job in memory, and
 * `job.schedule(…)`, `job.unique(…)`, `job.repeatEvery(…)` only set its fields (so `schedule`, which
 * is also Agenda's own write, is not counted). `new Agenda(…)` opens its own MongoDB connection.
 */
export const agenda: LibraryTable = {
  id: 'agenda',
  name: 'Agenda',
  modules: ['agenda', '@hokify/agenda'],
  kind: 'document-db',
  queryMethods: ['now', 'every', 'save', 'jobs', 'cancel', 'purge', 'disable', 'enable', 'remove', 'touch'],
  readMethods: ['jobs'],
  closeMethods: ['stop', 'close'],
  factories: [
    { export: 'Agenda', creates: 'connection' },
    { export: 'default', creates: 'connection' },
  ],
  typeNames: ['Agenda'],
  declaredTypes: [{ packages: ['agenda', '@hokify/agenda'], types: ['Agenda'] }],
};

/**
 * Job queues kept in Postgres: graphile-worker (`helpers.addJob(…)` in a task, `workerUtils.addJob`,
 * `quickAddJob(…)`) and pg-boss (`boss.send(…)`). Each job added is an INSERT, one round trip;
 * pg-boss takes many at once (`boss.insert([...])`), graphile-worker's `addJobs` too (their batch forms).
 */
export const postgresQueues: LibraryTable = {
  id: 'postgres-queue',
  name: 'graphile-worker / pg-boss',
  modules: ['graphile-worker', 'pg-boss'],
  kind: 'sql-driver',
  queryMethods: ['addJob', 'quickAddJob', 'send', 'sendAfter', 'sendThrottled', 'sendDebounced', 'sendSingleton', 'publish', 'schedule', 'unschedule', 'fetch', 'complete', 'fail', 'cancel', 'resume', 'getJobById', 'completeJobs', 'failJobs', 'rescheduleJobs', 'permanentlyFailJobs'],
  readMethods: ['fetch', 'getJobById'],
  queryExports: ['quickAddJob'],
  closeMethods: ['stop', 'release'],
  factories: [
    { export: 'default', creates: 'pool' },
    { export: 'makeWorkerUtils', creates: 'pool' },
  ],
  typeNames: ['JobHelpers', 'WorkerUtils', 'PgBoss'],
  conventionalNames: /^(boss|pgBoss|workerUtils)$/,
  declaredTypes: [
    { packages: ['graphile-worker'], types: ['JobHelpers', 'WorkerUtils'] },
    { packages: ['pg-boss'], types: ['PgBoss'] },
  ],
};

/**
 * A job queue of the project's own, known by its name only: `FeedQueue.enqueue(…)`, `this.emailQueue.add(…)`, `alertsWorker.enqueue(…)`,
 * `domainEventPublisher.publish(…)` on a value the analysis cannot follow (a facade over BullMQ,
 * liteque, SQS or SNS chosen at start-up). Each call is one write to the queue's store, and queues
 * take many jobs in one call (`addBulk`, `enqueueMany`, `publishBatch`). Only names with a prefix
 * (`emailQueue`, not `queue`, which is as often an array).
 */
export const namedQueue: LibraryTable = {
  id: 'job-queue',
  name: 'job queue',
  modules: [],
  kind: 'cache',
  queryMethods: ['enqueue', 'add', 'addJob', 'publish'],
  readMethods: [],
  batchMethods: ['addBulk', 'enqueueMany', 'publishBatch'],
  conventionalNames: /^[A-Za-z]\w*(Queue|Publisher|Worker)$/,
  conventionalNamesOfImports: true,
};
