import { prisma } from '@acme/db';

const BATCH = 500;

/** Nightly job: walks overdue invoices in chunks of 500, one update per chunk. */
export async function flagOverdue(ids: string[]) {
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH);
    await prisma.invoice.updateMany({ where: { id: { in: chunk } }, data: { overdue: true } }); // ok: chunked batch, one query per 500
  }
}
