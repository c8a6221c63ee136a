import type { LibraryTable } from './types';

const reads = ['one', 'maybeOne', 'many', 'any', 'oneFirst', 'maybeOneFirst', 'manyFirst', 'anyFirst', 'exists'];

/**
 * Slonik: a pool made by `createPool(url)`; every query is a method of the pool, a connection or a
 * transaction (`pool.one(sql.type(User)`…`)`), which code usually receives typed as
 * `CommonQueryMethods` or `DatabasePool`.
 */
export const slonik: LibraryTable = {
  id: 'slonik',
  name: 'Slonik',
  modules: ['slonik', '@silverhand/slonik'],
  kind: 'sql-driver',
  queryMethods: [...reads, 'query', 'copyFromBinary', 'stream'],
  readMethods: reads,
  transactionMethods: ['transaction'],
  closeMethods: ['end'],
  factories: [{ export: 'createPool', creates: 'pool' }],
  typeNames: ['DatabasePool', 'DatabaseConnection', 'DatabasePoolConnection', 'DatabaseTransactionConnection', 'CommonQueryMethods'],
  declaredTypes: [{ packages: ['slonik', '@silverhand/slonik'], types: ['DatabasePool', 'DatabaseConnection', 'DatabasePoolConnection', 'DatabaseTransactionConnection', 'CommonQueryMethods'] }],
};
