import pgPromise from 'pg-promise';

export type DbConnection = pgPromise.IDatabase<unknown>;
export type DbTransaction = pgPromise.ITask<unknown>;
export type DbConnOrTx = DbConnection | DbTransaction;
