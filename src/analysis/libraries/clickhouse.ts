import type { LibraryTable } from './types';

/**
 * ClickHouse's official client (`@clickhouse/client`, and `-web` for fetch runtimes): each `query`,
 * `insert`, `command` or `exec` is one HTTP request to the server. `createClient` keeps a pool of
 * keep-alive sockets, so one client per process is the intended use.
 */
export const clickhouse: LibraryTable = {
  id: 'clickhouse',
  name: 'ClickHouse',
  modules: ['@clickhouse/client', '@clickhouse/client-web'],
  kind: 'sql-driver',
  queryMethods: ['query', 'insert', 'command', 'exec'],
  readMethods: ['query'],
  factories: [{ export: 'createClient', creates: 'pool' }],
  closeMethods: ['close'],
  typeNames: ['ClickHouseClient'],
  declaredTypes: [{ packages: ['@clickhouse/client', '@clickhouse/client-web', '@clickhouse/client-common'], types: ['ClickHouseClient'] }],
};
