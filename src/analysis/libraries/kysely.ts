import type { LibraryTable } from './types';

/**
 * Kysely: `db.selectFrom('person').where(…).executeTakeFirst()` builds a query on the client and
 * sends it at `execute*`. `db.transaction().execute(async (trx) => …)` hands the callback a
 * transaction. In typed mode a value declared `Kysely<DB>` or `Transaction<DB>` is one too.
 */
export const kysely: LibraryTable = {
  id: 'kysely',
  lazyPromise: true,
  configuredDialect: true,
  name: 'Kysely',
  modules: ['kysely'],
  kind: 'orm',
  queryMethods: ['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow', 'stream'],
  readMethods: [],
  transactionMethods: ['execute'],
  closeMethods: ['destroy'],
  factories: [{ export: 'Kysely', creates: 'pool' }],
  typeNames: ['Kysely'],
  declaredTypes: [
    { packages: ['kysely'], types: ['Kysely'] },
    { packages: ['kysely'], types: ['Transaction'], value: 'transaction' },
  ],
};
