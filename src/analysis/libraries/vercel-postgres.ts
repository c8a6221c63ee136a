import type { LibraryTable } from './types';

/**
 * `@vercel/postgres`: the exported `sql` and `db` are the library's shared pool. A tagged template
 * (`await sql\`select …\``, `db.sql\`…\``) or `sql.query(text, params)` is one query each.
 */
export const vercelPostgres: LibraryTable = {
  id: 'vercel-postgres',
  name: '@vercel/postgres',
  modules: ['@vercel/postgres'],
  kind: 'sql-driver',
  clientExports: ['sql', 'db'],
  callableClient: 'tagged',
  queryMethods: ['query', 'sql'],
  closeMethods: ['end'],
  factories: [
    { export: 'createPool', creates: 'pool' },
    { export: 'createClient', creates: 'connection', unpooledWhenShared: true, pooledAlternative: 'createPool()' },
  ],
  typeNames: ['VercelPool', 'VercelClient', 'VercelPoolClient'],
  declaredTypes: [{ packages: ['@vercel/postgres'], types: ['VercelPool', 'VercelClient', 'VercelPoolClient'] }],
};
