import type { LibraryTable } from './types';

export const pg: LibraryTable = {
  id: 'pg',
  name: 'pg',
  modules: ['pg', 'pg-pool'],
  kind: 'sql-driver',
  queryMethods: ['query'],
  closeMethods: ['end'],
  factories: [
    { export: 'Pool', creates: 'pool' },
    { export: 'default', creates: 'pool' }, // pg-pool's default export is the Pool class
    { export: 'Client', creates: 'connection', unpooledWhenShared: true, pooledAlternative: 'new Pool()' },
  ],
  typeNames: ['Pool', 'PoolClient', 'Client'],
  declaredTypes: [{ packages: ['pg', 'pg-pool'], types: ['Pool', 'PoolClient', 'Client', 'ClientBase'] }],
  conventionalNames: /^(pool|pgPool)$/,
};
