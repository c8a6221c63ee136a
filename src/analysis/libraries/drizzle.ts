import type { LibraryTable } from './types';

const reads = ['select', 'selectDistinct', 'findMany', 'findFirst', '$count'];

export const drizzle: LibraryTable = {
  id: 'drizzle',
  lazyPromise: true,
  name: 'Drizzle',
  modules: [
    'drizzle-orm',
    'drizzle-orm/node-postgres',
    'drizzle-orm/postgres-js',
    'drizzle-orm/mysql2',
    'drizzle-orm/libsql',
    'drizzle-orm/neon-http',
    'drizzle-orm/neon-serverless',
    'drizzle-orm/planetscale-serverless',
    'drizzle-orm/vercel-postgres',
  ],
  // Every driver lives under its own subpath (`drizzle-orm/libsql/http`, `drizzle-orm/d1`, `drizzle-orm/bun-sqlite`).
  modulePrefixes: ['drizzle-orm/'],
  kind: 'orm',
  queryMethods: [...reads, 'insert', 'update', 'delete', 'execute'],
  readMethods: reads,
  // The relational API (`db.query.users.findFirst`) gives undefined when no row matches.
  batchReads: {
    findFirst: { keyIn: 'drizzle-eq', batch: '.findMany({ where: {helper}({column}, {keys}){rest} })', missing: 'undefined', needs: { name: 'inArray', from: 'drizzle-orm' }, options: { with: 'carry', columns: 'selection' } },
  },
  batchWrites: {
    insert: { rowIn: 'values', batch: '.values({rows})', chain: ['onConflictDoNothing'] },
  },
  transactionMethods: ['transaction'],
  factories: [{ export: 'drizzle', creates: 'pool', wrapsHandedClient: true }],
  typeNames: ['NodePgDatabase', 'PostgresJsDatabase', 'MySql2Database', 'LibSQLDatabase'],
  declaredTypes: [
    {
      packages: ['drizzle-orm'],
      types: ['PgDatabase', 'MySqlDatabase', 'BaseSQLiteDatabase', 'NodePgDatabase', 'PostgresJsDatabase', 'MySql2Database', 'LibSQLDatabase', 'NeonHttpDatabase', 'NeonDatabase', 'VercelPgDatabase', 'PlanetScaleDatabase'],
    },
    { packages: ['drizzle-orm'], types: ['PgTransaction', 'MySqlTransaction', 'SQLiteTransaction'], value: 'transaction' },
  ],
};

/**
 * Drizzle on an SQLite file opened in the process (better-sqlite3, Bun's and Expo's SQLite, op-sqlite,
 * a Durable Object's storage): a statement is a function call, not a round trip. A statement per
 * item still costs CPU, so findings are hints (`inProcess`), not worth-fixing N+1s.
 */
export const drizzleSqlite: LibraryTable = {
  ...drizzle,
  id: 'drizzle-sqlite',
  name: 'Drizzle (SQLite in the process)',
  modules: ['drizzle-orm/better-sqlite3', 'drizzle-orm/bun-sqlite', 'drizzle-orm/expo-sqlite', 'drizzle-orm/op-sqlite', 'drizzle-orm/durable-sqlite'],
  modulePrefixes: undefined,
  inProcess: true,
  typeNames: ['BetterSQLite3Database', 'BunSQLiteDatabase'],
  declaredTypes: [{ packages: ['drizzle-orm'], types: ['BetterSQLite3Database', 'BunSQLiteDatabase', 'ExpoSQLiteDatabase', 'OPSQLiteDatabase', 'DrizzleSqliteDODatabase'] }],
};
