import type { LibraryTable } from './types';

/**
 * Neo4j's driver: `neo4j.driver(url, auth)` keeps a connection pool; sessions it hands out are
 * cheap, and each `run`, `executeQuery`, `executeRead`/`executeWrite` is a round trip. Many rows in
 * one statement: `UNWIND $rows AS row`.
 */
export const neo4j: LibraryTable = {
  id: 'neo4j',
  name: 'Neo4j',
  modules: ['neo4j-driver'],
  kind: 'document-db',
  queryMethods: ['run', 'executeQuery', 'executeRead', 'executeWrite', 'readTransaction', 'writeTransaction'],
  readMethods: ['executeRead', 'readTransaction'],
  closeMethods: ['close'],
  factories: [{ export: 'driver', creates: 'pool' }],
  typeNames: ['Driver', 'Session'],
  clientTypes: /^(Driver|Session|Transaction|ManagedTransaction)$/,
};

/**
 * DataStax's Cassandra driver: `new Client({ contactPoints })` holds a pool per host; each `execute`
 * is a round trip, and `batch` sends many statements at once (for one partition) where a loop of
 * `execute` calls would not.
 */
export const cassandra: LibraryTable = {
  id: 'cassandra',
  name: 'Cassandra',
  modules: ['cassandra-driver'],
  kind: 'sql-driver',
  queryMethods: ['execute', 'batch', 'eachRow', 'stream'],
  readMethods: ['eachRow', 'stream'],
  closeMethods: ['shutdown'],
  factories: [{ export: 'Client', creates: 'pool' }],
  clientTypes: /^Client$/,
};
