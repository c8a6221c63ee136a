import type { LibraryTable } from './types';

/** Options of a read that neither pick another row nor drop its key (attributes only when they name it). */
const readOptions = { include: 'carry', transaction: 'carry', raw: 'carry', paranoid: 'carry', attributes: 'selection' } as const;

const reads = ['findAll', 'findOne', 'findByPk', 'findAndCountAll', 'count', 'max', 'min', 'sum'];

export const sequelize: LibraryTable = {
  id: 'sequelize',
  configuredDialect: true,
  name: 'Sequelize',
  modules: ['sequelize', 'sequelize-typescript', '@sequelize/core'],
  kind: 'orm',
  queryMethods: [...reads, 'findOrCreate', 'create', 'bulkCreate', 'update', 'destroy', 'upsert', 'increment', 'decrement', 'query'],
  readMethods: reads,
  // `where: { k: list }` is `IN`; the primary key is whatever the model says it is.
  batchReads: {
    findOne: { keyIn: 'where', batch: '.findAll({ where: { {key}: {keys} }{rest} })', missing: 'null', options: readOptions },
    findByPk: { keyIn: 'arg', keyField: '[{receiver}.primaryKeyAttribute]', batch: '.findAll({ where: { {key}: {keys} }{rest} })', missing: 'null', unique: true, options: readOptions },
  },
  // `individualHooks` and `validate` keep what `create` does per row: its create and validate hooks, its validation.
  batchWrites: {
    create: { rowIn: 'arg', batch: '.bulkCreate({rows}, { validate: true, individualHooks: true{rest} })', options: ['transaction'] },
  },
  transactionMethods: ['transaction'],
  closeMethods: ['close'],
  factories: [{ export: 'Sequelize', creates: 'pool' }, { export: 'default', creates: 'pool' }],
  typeNames: ['Sequelize', 'ModelStatic'],
  declaredTypes: [
    { packages: ['sequelize', '@sequelize/core', 'sequelize-typescript'], types: ['Sequelize', 'ModelStatic', 'ModelCtor'] },
    // `class User extends Model`: the class queries (`User.findAll()`), an instance is one row (`user.save()`).
    { packages: ['sequelize', '@sequelize/core', 'sequelize-typescript'], types: ['Model'], value: 'row', classValue: 'client' },
  ],
  // `module.exports = (sequelize, DataTypes) => { const Note = sequelize.define(…); Note.findRecent = … }`:
  // the instance a model factory is handed, by the name every such factory gives it.
  conventionalNames: /^sequelize$/,
  rowMethods: ['save', 'destroy', 'reload', 'update', 'increment', 'decrement', 'restore'],
  rowMethodPattern: /^(get|set|add|remove|count|has|create)[A-Z]\w*$/,
  listReads: ['findAll'],
};
