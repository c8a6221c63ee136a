import { and, eq, exists, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { syncRecords } from '../schema';

/** A condition for the caller's statement: the arrow makes a subquery that only `exists(…)` takes. */
export function syncedSince(db: Database, since: Date): SQL {
  const syncedWhere = (check: SQL) => db.select({ id: syncRecords.transactionId }).from(syncRecords).where(check);
  return exists(syncedWhere(and(eq(syncRecords.syncedAt, since))!));
}
