// trap: perf-coach/no-n-plus-one — a while loop polling one export until it is ready
// trap: perf-coach/no-sequential-await — polling with a deliberate delay between checks
import axios from 'axios';
import { Worker } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { connection } from './connection';
import { logger } from '../lib/logger';

async function waitForExport(exportId: string, timeoutMs = 10 * 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let status = 'pending';
  while (status !== 'ready') {
    if (Date.now() > deadline) throw new Error(`export ${exportId} timed out`);
    await sleep(5_000);
    const { data } = await axios.get(`${process.env.ANALYTICS_API}/exports/${exportId}`);
    if (data.status === 'failed') throw new Error(data.error);
    status = data.status;
  }
  return `${process.env.ANALYTICS_API}/exports/${exportId}/download`;
}

export const exportWorker = new Worker(
  'exports',
  async (job) => {
    const { data } = await axios.post(`${process.env.ANALYTICS_API}/exports`, { report: job.data.report, range: job.data.range });
    const url = await waitForExport(data.id);
    logger.info({ jobId: job.id, url }, 'export ready');
    return { url };
  },
  { connection },
);
