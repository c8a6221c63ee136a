import { and, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../client';
import { customers, syncRecords, transactions } from '../schema';
import { syncedSince } from './conditions';

export async function getTransactionById(db: Database, id: string) {
  const [row] = await db.select().from(transactions).where(eq(transactions.id, id));
  return row;
}

export async function getTransactionsByIds(db: Database, ids: string[]) {
  return db.select().from(transactions).where(inArray(transactions.id, ids));
}

export async function getCustomer(db: Database, id: string) {
  return db.query.customers.findFirst({ where: eq(customers.id, id) });
}

export async function markSynced(db: Database, transactionId: string) {
  await db.insert(syncRecords).values({ transactionId, syncedAt: new Date() }).onConflictDoNothing();
}

export async function recategorise(db: Database, params: { teamId: string; ids: string[]; category: string }) {
  // ok: one statement for every id
  await db.update(transactions).set({ category: params.category }).where(and(eq(transactions.teamId, params.teamId), inArray(transactions.id, params.ids)));
  for (const id of params.ids) {
    await db.update(transactions).set({ category: params.category }).where(eq(transactions.id, id)); // expect: perf-coach/no-n-plus-one
  }
}

export async function deleteMany(db: Database, ids: string[]) {
  const seen = new Map<string, number>();
  const pending = new Set(ids);
  for (const id of ids) {
    seen.delete(id); // ok: a Map, not a table
    pending.delete(id); // ok: a Set
    await db.delete(transactions).where(eq(transactions.id, id)); // expect: perf-coach/no-n-plus-one
  }
  return seen.size + pending.size;
}

export async function syncedInAnyWindow(db: Database, windows: Date[]) {
  const checks = windows.map((since) => syncedSince(db, since)); // ok: each builds a condition of the one statement below
  return db.select().from(transactions).where(or(...checks));
}
