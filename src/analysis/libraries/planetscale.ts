import type { LibraryTable } from './types';

/**
 * PlanetScale's serverless driver (`@planetscale/database`): `connect(config)` hands back a connection
 * that sends each `execute(sql, args)` as an HTTP request; `new Client(config)` hands out connections.
 * Neither holds a socket open, so making one per request is no missing pool.
 */
export const planetscale: LibraryTable = {
  id: 'planetscale',
  name: '@planetscale/database',
  modules: ['@planetscale/database'],
  kind: 'sql-driver',
  queryMethods: ['execute', 'transaction'],
  factories: [
    { export: 'connect', creates: 'instance' },
    { export: 'Client', creates: 'instance' },
  ],
  typeNames: ['Connection', 'Client', 'Transaction'],
  declaredTypes: [{ packages: ['@planetscale/database'], types: ['Connection', 'Client', 'Transaction'] }],
};
