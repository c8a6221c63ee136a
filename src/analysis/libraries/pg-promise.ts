import type { LibraryTable } from './types';

// Each method takes SQL text and says how many rows it expects back; `none` writes.
const reads = ['any', 'many', 'manyOrNone', 'one', 'oneOrNone', 'map', 'each', 'multi', 'multiResult', 'func', 'proc'];

/**
 * pg-promise: a database object (`IDatabase`) or a task or transaction's handle (`ITask`) sends each
 * statement with a method named by the rows it expects (`db.oneOrNone(sql, values)`, `t.none(…)`).
 * Known by the types an app declares its handles with (`pgPromise.IDatabase<unknown>`).
 */
export const pgPromise: LibraryTable = {
  id: 'pg-promise',
  name: 'pg-promise',
  modules: ['pg-promise'],
  kind: 'sql-driver',
  queryMethods: [...reads, 'none', 'query', 'result'],
  readMethods: reads,
  transactionMethods: ['tx', 'txIf'],
  typeNames: ['IDatabase', 'ITask', 'IBaseProtocol'],
  declaredTypes: [
    { packages: ['pg-promise'], types: ['IDatabase', 'IBaseProtocol', 'IConnected', 'default.IDatabase', 'default.IBaseProtocol'] },
    { packages: ['pg-promise'], types: ['ITask', 'default.ITask'], value: 'transaction' },
  ],
  // `pgPromise.IMain`, `pgPromise.ColumnSet`: the library's other types describe no connection.
  clientTypes: /^(IDatabase|IBaseProtocol|IConnected|ITask)$/,
};
