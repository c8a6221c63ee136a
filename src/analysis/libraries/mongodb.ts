import type { LibraryTable } from './types';

const reads = ['find', 'findOne', 'countDocuments', 'estimatedDocumentCount', 'aggregate', 'distinct'];

export const mongodb: LibraryTable = {
  id: 'mongodb',
  name: 'MongoDB',
  modules: ['mongodb'],
  kind: 'document-db',
  queryMethods: [...reads, 'insertOne', 'insertMany', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'replaceOne', 'bulkWrite', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace', 'command'],
  readMethods: reads,
  batchReads: {
    findOne: { keyIn: 'filter', batch: '.find({ {key}: { $in: {keys} } }{options}).toArray()', missing: 'null', options: { projection: 'projection', session: 'carry' } },
  },
  // `insertMany` is ordered by default: it stops at the first failure, as the loop does.
  batchWrites: {
    insertOne: { rowIn: 'arg', batch: '.insertMany({rows}{options})', options: ['session'] },
  },
  transactionMethods: ['withTransaction', 'withSession'],
  // `const bulk = coll.initializeUnorderedBulkOp(); for (…) bulk.find(f).updateOne(u); await bulk.execute();`:
  // the builder queues each operation and `execute()` sends them all at once.
  batchMethods: ['initializeUnorderedBulkOp', 'initializeOrderedBulkOp'],
  closeMethods: ['close'],
  // `new MongoClient(url)` and the static `MongoClient.connect(url)` both open a pool.
  factories: [
    { export: 'MongoClient', creates: 'pool' },
    { export: 'connect', creates: 'pool' },
  ],
  typeNames: ['MongoClient', 'Db', 'Collection'],
  declaredTypes: [{ packages: ['mongodb'], types: ['MongoClient', 'Db', 'Collection'] }],
};
