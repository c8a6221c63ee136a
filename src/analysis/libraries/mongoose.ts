import type { LibraryTable } from './types';

/** `.lean()` (plain objects, `_id` kept) and `.exec()` (a real promise) apply to the batched `find` alike. */
const chain = ['lean', 'exec'];

const reads = ['find', 'findOne', 'findById', 'countDocuments', 'estimatedDocumentCount', 'exists', 'distinct', 'aggregate'];

/** Mongoose 5 and older: `Model.count`, `Model.update`, `Model.remove` and the `…AndRemove` finders, still in apps that never upgraded. */
const legacy = ['count', 'update', 'remove', 'findOneAndRemove', 'findByIdAndRemove'];

export const mongoose: LibraryTable = {
  id: 'mongoose',
  lazyPromise: true,
  name: 'Mongoose',
  modules: ['mongoose', '@nestjs/mongoose', '@typegoose/typegoose'],
  kind: 'document-db',
  queryMethods: [...reads, 'findByIdAndUpdate', 'findByIdAndDelete', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace', 'create', 'insertMany', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'replaceOne', 'bulkWrite', ...legacy],
  readMethods: [...reads, 'count'],
  batchReads: {
    findById: { keyIn: 'arg', keyField: '_id', batch: '.find({ {key}: { $in: {keys} } })', missing: 'null', unique: true, chain },
    findOne: { keyIn: 'filter', batch: '.find({ {key}: { $in: {keys} } })', missing: 'null', chain },
  },
  transactionMethods: ['withTransaction', 'transaction'],
  // `Model.collection.initializeUnorderedBulkOp()`: the driver's bulk builder, sent once by `execute()`.
  batchMethods: ['initializeUnorderedBulkOp', 'initializeOrderedBulkOp'],
  closeMethods: ['close', 'disconnect'],
  factories: [
    { export: 'connect', creates: 'pool' },
    { export: 'createConnection', creates: 'pool' },
    // Typegoose: `export const Members = getModelForClass(Member)` is a Mongoose model of that class.
    { export: 'getModelForClass', creates: 'instance' },
  ],
  // `mongoose.connection` is the default connection every model uses: `mongoose.connection.db.collection('users')`
  // and `mongoose.connection.collection('users')` reach the driver's collections through it.
  clientExports: ['connection'],
  typeNames: ['Model', 'Connection'],
  declaredTypes: [
    { packages: ['mongoose'], types: ['Model', 'Connection'] },
    { packages: ['mongoose'], types: ['Document', 'HydratedDocument'], value: 'row' },
  ],
  conventionalNames: /^\w+Model$/,
  rowMethods: ['save', 'deleteOne', 'updateOne', 'populate', 'remove'],
  listReads: ['find'],
};
