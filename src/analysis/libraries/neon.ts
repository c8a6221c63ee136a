import type { LibraryTable } from './types';

/**
 * Neon's serverless driver (`@neondatabase/serverless`): `const sql = neon(url)` sends each tagged
 * template (`await sql\`select …\``) or `sql.query(text, params)` as one HTTP request, so making
 * it per request is no missing pool. Its `Pool` and `Client` are node-postgres look-alikes over a
 * WebSocket: `pool.query(…)`, and a `Client` shared by every request serialises them.
 */
export const neon: LibraryTable = {
  id: 'neon',
  name: '@neondatabase/serverless',
  modules: ['@neondatabase/serverless'],
  kind: 'sql-driver',
  callableClient: 'tagged',
  queryMethods: ['query', 'transaction'],
  closeMethods: ['end'],
  factories: [
    { export: 'neon', creates: 'instance' },
    { export: 'Pool', creates: 'pool' },
    { export: 'Client', creates: 'connection', unpooledWhenShared: true, pooledAlternative: 'new Pool()' },
  ],
  typeNames: ['NeonQueryFunction'],
  declaredTypes: [{ packages: ['@neondatabase/serverless'], types: ['NeonQueryFunction', 'Pool', 'PoolClient', 'Client'] }],
};
