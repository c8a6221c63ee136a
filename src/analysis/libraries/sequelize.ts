import type { LibraryTable } from './types';

const reads = ['findAll', 'findOne', 'findByPk', 'findAndCountAll', 'count', 'max', 'min', 'sum'];

export const sequelize: LibraryTable = {
  id: 'sequelize',
  name: 'Sequelize',
  modules: ['sequelize', 'sequelize-typescript', '@sequelize/core'],
  kind: 'orm',
  queryMethods: [...reads, 'findOrCreate', 'create', 'bulkCreate', 'update', 'destroy', 'upsert', 'increment', 'decrement', 'query'],
  readMethods: reads,
  // `where: { k: list }` is `IN`; the primary key is whatever the model says it is.
  batchReads: {
    findOne: { keyIn: 'where', batch: '.findAll({ where: { {key}: {keys} } })', missing: 'null' },
    findByPk: { keyIn: 'arg', keyField: '[{receiver}.primaryKeyAttribute]', batch: '.findAll({ where: { {key}: {keys} } })', missing: 'null', unique: true },
  },
  transactionMethods: ['transaction'],
  closeMethods: ['close'],
  factories: [{ export: 'Sequelize', creates: 'pool' }, { export: 'default', creates: 'pool' }],
  typeNames: ['Sequelize', 'ModelStatic'],
  rowMethods: ['save', 'destroy', 'reload', 'update', 'increment', 'decrement', 'restore'],
  rowMethodPattern: /^(get|set|add|remove|count|has|create)[A-Z]\w*$/,
  listReads: ['findAll'],
};
