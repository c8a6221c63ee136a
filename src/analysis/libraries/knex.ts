import type { LibraryTable } from './types';

const reads = ['select', 'first', 'pluck', 'count', 'max', 'min', 'sum', 'avg'];

export const knex: LibraryTable = {
  id: 'knex',
  lazyPromise: true,
  configuredDialect: true,
  name: 'Knex',
  modules: ['knex'],
  kind: 'orm',
  // `knex('users')` starts a query builder; awaiting it sends the query.
  callableClient: true,
  lazyBuilder: true,
  queryMethods: [...reads, 'insert', 'update', 'del', 'delete', 'raw', 'increment', 'decrement', 'truncate'],
  readMethods: reads,
  // `first()` gives undefined when no row matches.
  batchReads: {
    first: { keyIn: 'knex-where', batch: ".whereIn('{keyName}', {keys})", missing: 'undefined' },
  },
  batchWrites: {
    insert: { rowIn: 'arg', batch: '.insert({rows})', chain: ['onConflict', 'ignore', 'merge'] },
  },
  transactionMethods: ['transaction'],
  closeMethods: ['destroy'],
  factories: [
    { export: 'default', creates: 'pool' },
    { export: 'knex', creates: 'pool' },
  ],
  typeNames: ['Knex'],
  declaredTypes: [
    { packages: ['knex'], types: ['Knex', 'Knex.QueryBuilder'] },
    { packages: ['knex'], types: ['Knex.Transaction'], value: 'transaction' },
  ],
  conventionalNames: /^(knex|trx)$/,
};
