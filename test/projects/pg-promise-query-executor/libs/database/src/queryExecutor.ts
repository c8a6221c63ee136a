import pgPromise from 'pg-promise';
import type { DbConnOrTx } from './types';

const pgp = pgPromise();

/** What the data-access functions take: any executor, so callers can pass a transaction's. */
export interface QueryExecutor {
  select(query: string, params?: object): Promise<unknown[]>;
  selectOneOrNone(query: string, params?: object): Promise<unknown>;
  result(query: string, params?: object): Promise<number>;
}

export class PgPromiseQueryExecutor implements QueryExecutor {
  constructor(private readonly db: DbConnOrTx) {}

  select(query: string, params?: object) {
    return this.db.any(pgp.as.format(query, params));
  }

  selectOneOrNone(query: string, params?: object) {
    return this.db.oneOrNone(pgp.as.format(query, params));
  }

  async result(query: string, params?: object) {
    return (await this.db.result(pgp.as.format(query, params))).rowCount;
  }
}

export function pgpQx(db: DbConnOrTx): QueryExecutor {
  return new PgPromiseQueryExecutor(db);
}
