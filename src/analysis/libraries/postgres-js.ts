import type { LibraryTable } from './types';

/**
 * postgres.js (`postgres`): `const sql = postgres(url)` holds a pool; each tagged template
 * (`await sql\`select … where id = ${id}\``) is a query, sent when awaited. Called as a plain
 * function (`sql(ids)`, `sql(row, 'name')`) it only writes a value or an identifier into another
 * template, so only the tagged form sends. `sql.begin(async (sql) => …)` runs a transaction.
 */
export const postgresJs: LibraryTable = {
  id: 'postgres-js',
  name: 'postgres.js',
  modules: ['postgres'],
  kind: 'sql-driver',
  callableClient: 'tagged',
  queryMethods: ['unsafe', 'file', 'notify'],
  transactionMethods: ['begin', 'savepoint'],
  closeMethods: ['end'],
  parameterNamesWhereDependedOn: /^sql$/,
  factories: [{ export: 'default', creates: 'pool' }],
  typeNames: ['Sql', 'TransactionSql', 'ReservedSql'],
  declaredTypes: [
    { packages: ['postgres'], types: ['Sql', 'ReservedSql'] },
    { packages: ['postgres'], types: ['TransactionSql'], value: 'transaction' },
  ],
};
