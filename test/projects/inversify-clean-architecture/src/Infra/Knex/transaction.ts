import type { Knex } from 'knex';

/** Runs `fn` in a transaction, or in the caller's one when `db` already is a transaction. */
export async function inTransaction<R>(db: Knex, fn: (tx: Knex) => Promise<R>): Promise<R> {
  if (db.isTransaction) return fn(db);
  return db.transaction(async (tx) => fn(tx));
}
