import pgPromise from 'pg-promise';
import type { DbConnection } from './types';

let db: DbConnection | undefined;

/** One database object per process: pg-promise keeps the pool inside it. */
export function getDbConnection(url: string): DbConnection {
  if (db) return db;
  db = pgPromise()(url);
  return db;
}
