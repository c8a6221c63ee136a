import type { LibraryTable } from './types';

// `Model.query()` on its own selects; chained writes (`.insert`, `.patch`, `.delete`) come first in the chain and decide.
const reads = ['query', 'findById', 'findByIds', 'findOne', 'first', 'count', 'resultSize', 'fetchGraph', '$fetchGraph'];

/**
 * Objection.js: models extend `Model` and start queries with `Model.query()` (a Knex builder that
 * runs when awaited), `Model.relatedQuery(…)` or, on a row, `row.$query()` / `row.$relatedQuery(…)`.
 */
export const objection: LibraryTable = {
  id: 'objection',
  lazyPromise: true,
  configuredDialect: true,
  name: 'Objection',
  modules: ['objection'],
  kind: 'orm',
  lazyBuilder: true,
  queryMethods: [...reads, 'relatedQuery', '$query', '$relatedQuery', 'insert', 'insertAndFetch', 'insertGraph', 'insertGraphAndFetch', 'upsertGraph', 'patch', 'patchAndFetch', 'patchAndFetchById', 'update', 'updateAndFetch', 'updateAndFetchById', 'delete', 'deleteById'],
  readMethods: reads,
  transactionMethods: ['transaction'],
  rowMethods: ['$query', '$relatedQuery', '$fetchGraph'],
  listReads: ['query', 'findByIds'],
};
