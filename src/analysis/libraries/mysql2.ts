import type { LibraryTable } from './types';

export const mysql2: LibraryTable = {
  id: 'mysql2',
  name: 'mysql2',
  modules: ['mysql2', 'mysql2/promise', 'mysql'],
  kind: 'sql-driver',
  queryMethods: ['query', 'execute'],
  closeMethods: ['end', 'destroy'],
  factories: [
    { export: 'createConnection', creates: 'connection', unpooledWhenShared: true, pooledAlternative: 'createPool' },
    { export: 'createPool', creates: 'pool' },
    { export: 'createPoolCluster', creates: 'pool' },
  ],
  typeNames: ['Pool', 'PoolConnection', 'Connection'],
  declaredTypes: [{ packages: ['mysql2', 'mysql'], types: ['Pool', 'PoolConnection', 'Connection'] }],
};
