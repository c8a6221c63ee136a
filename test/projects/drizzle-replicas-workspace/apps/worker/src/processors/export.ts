import { Worker } from 'bullmq';
import { db } from '@ledger/db/client';
import { connectCache, type Cache } from '@ledger/db/cache';
import { getCustomer, getTransactionById, getTransactionsByIds, markSynced } from '@ledger/db/queries';

async function warm(cache: Cache, keys: string[]) {
  for (const key of keys) {
    await cache.get(key); // expect: perf-coach/no-n-plus-one
  }
}

export const exportWorker = new Worker('export', async (job) => {
  const { transactionIds, customerIds } = job.data as { transactionIds: string[]; customerIds: string[] };
  const rows = await getTransactionsByIds(db, transactionIds); // ok: one query for the batch
  for (const row of rows) {
    await markSynced(db, row.id); // expect: perf-coach/no-n-plus-one
  }
  const again = await Promise.all(transactionIds.map((id) => getTransactionById(db, id))); // expect: perf-coach/no-n-plus-one
  for (const id of customerIds) {
    await getCustomer(db, id); // expect: perf-coach/no-n-plus-one
  }
  await warm(await connectCache(), customerIds);
  return again.length;
});
