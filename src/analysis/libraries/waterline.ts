import type { LibraryTable } from './types';

// `Card.find(criteria)` (and `.sort()`, `.limit()`, `.populate()` on what it returns) reads; so do the aggregates.
const reads = ['find', 'findOne', 'count', 'sum', 'avg', 'stream', 'findOrCreate'];

/**
 * Waterline, the ORM of Sails.js. Each file of a Sails app's `api/models/` defines a model that the
 * framework hands to every module as a global named after the file (`api/models/Card.js` → `Card`,
 * `ProjectView.sailsModel`), also reachable as `sails.models.card`. A model method returns a deferred
 * query that runs when awaited or `.exec()`ed (`await Card.create(values).fetch()`); each is one
 * statement. An app may hang query methods of its own on a model (`Card.qm.getByListId(…)`), named
 * like the model's own. `createEach` and `update`/`destroy` with an `in` criteria (`{ id: ids }`) take many rows at once.
 */
export const waterline: LibraryTable = {
  id: 'waterline',
  configuredDialect: true,
  name: 'Waterline (Sails.js)',
  modules: ['waterline', 'sails-hook-orm'],
  kind: 'orm',
  lazyBuilder: true,
  queryMethods: [...reads, 'create', 'createEach', 'update', 'updateOne', 'destroy', 'destroyOne', 'archive', 'archiveOne', 'addToCollection', 'removeFromCollection', 'replaceCollection', 'sendNativeQuery', 'query'],
  readMethods: reads,
  // Query methods an app hangs on its models (`Card.qm.getByListId(…)`, `Card.qm.createOne(…)`): named by what they do to rows.
  queryMethodPattern: /^(get|find|count|create|update|delete|destroy|archive)(One|Many|All|Each|By)\w*$/,
  readMethodPattern: /^(get|find|count)(One|Many|All|By)\w*$/,
  batchMethods: ['createEach'],
  transactionMethods: ['transaction'],
};
