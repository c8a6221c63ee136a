import type { LibraryTable } from './types';

const reads = ['find', 'findOne', 'findAll', 'load', 'getAll', 'getRow', 'getCol', 'getCell', 'count'];

/**
 * RedBeanNode: an ORM over Knex where one shared facade, `R` (`const { R } = require('redbean-node')`),
 * sends every query: `R.find('monitor', ' user_id = ? ', [id])`, `R.store(bean)`, `R.exec(sql)`.
 * `R.dispense('monitor')` only makes a bean in memory. Models extend its `BeanModel`.
 */
export const redbeanNode: LibraryTable = {
  id: 'redbean-node',
  configuredDialect: true,
  name: 'RedBeanNode',
  modules: ['redbean-node'],
  modulePrefixes: ['redbean-node/'],
  kind: 'orm',
  clientExports: ['R'],
  queryMethods: [...reads, 'store', 'storeAll', 'trash', 'trashAll', 'exec', 'knex'],
  readMethods: reads,
  listReads: ['find', 'findAll', 'getAll', 'getCol'],
  transactionMethods: ['begin', 'transaction'],
  closeMethods: ['close'],
};
