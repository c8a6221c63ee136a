import type { LibraryTable } from './types';

/**
 * `@evershop/postgres-query-builder`: `select()`, `insert('t')`, `update('t')`, `del('t')` build a
 * query in memory; it is sent by `.load(connection)` / `.execute(connection)` at the end of the
 * chain, or by `execute(connection, sql)`. `getConnection(pool)` takes a client from a `pg` pool.
 */
export const postgresQueryBuilder: LibraryTable = {
  id: 'postgres-query-builder',
  name: 'postgres-query-builder',
  modules: ['@evershop/postgres-query-builder'],
  kind: 'sql-driver',
  queryMethods: ['load', 'execute'],
  readMethods: ['load'],
  queryExports: ['execute'],
  transactionMethods: [],
  closeMethods: ['release'],
};
