import type { LibraryTable } from './types';

/**
 * Kysely, recognised in typed mode only (by the declared type of a value): no module is listed, so
 * without types an import of `kysely` is nothing the rules look at, as before this table existed.
 * A query is built (`selectFrom(…).where(…)`) and sent by one of the `execute*` methods.
 */
export const kysely: LibraryTable = {
  id: 'kysely',
  name: 'Kysely',
  modules: [],
  kind: 'orm',
  queryMethods: ['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow'],
  closeMethods: ['destroy'],
  declaredTypes: [
    { packages: ['kysely'], types: ['Kysely'] },
    { packages: ['kysely'], types: ['Transaction'], value: 'transaction' },
  ],
};
