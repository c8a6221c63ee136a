import { SQLiteTransaction, db as defaultDb } from '@acme/db';

// The package exports no named client or transaction types, so they are derived from the client.
export type DbClient = typeof defaultDb;
export type DbTx = Parameters<Parameters<DbClient['transaction']>[0]>[0];
export type DB = DbClient | DbTx;

export type ServiceContext = {
  workspaceId: number;
  db?: DB;
};

function isTx(db: DB): db is DbTx {
  return db instanceof SQLiteTransaction;
}

/** Runs `fn` in the caller's transaction when there is one, else in a new one. */
export async function withTransaction<T>(ctx: ServiceContext, fn: (tx: DB) => Promise<T>): Promise<T> {
  const db = ctx.db ?? defaultDb;
  if (isTx(db)) return fn(db);
  return withBusyRetry(() => (db as DbClient).transaction(fn));
}

/** Retries when SQLite reports that the database is busy; `fn` gets the attempt number, not a client. */
export async function withBusyRetry<T>(fn: (attempt: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= 3 || !String(err).includes('SQLITE_BUSY')) throw err;
    }
  }
}
