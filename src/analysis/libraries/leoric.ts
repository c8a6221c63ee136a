import type { LibraryTable } from './types';

const reads = ['find', 'findOne', 'findAll', 'first', 'last', 'all', 'count', 'average', 'sum', 'minimum', 'maximum'];

/**
 * Leoric (cnpm, Egg.js): models extend `Bone` and query through statics (`Package.findOne({ scope,
 * name })`, `Dist.find(…)`, `Task.create(…)`), each a thenable that runs when awaited; a row read
 * back saves, updates and removes itself.
 */
export const leoric: LibraryTable = {
  id: 'leoric',
  configuredDialect: true,
  name: 'Leoric',
  modules: ['leoric'],
  kind: 'orm',
  lazyBuilder: true,
  queryMethods: [...reads, 'create', 'bulkCreate', 'update', 'upsert', 'remove', 'restore', 'increment', 'decrement'],
  readMethods: reads,
  transactionMethods: ['transaction'],
  baseClasses: ['Bone'],
  rowMethods: ['save', 'update', 'remove', 'reload', 'upsert', 'restore'],
  listReads: ['find', 'findAll', 'all'],
};
