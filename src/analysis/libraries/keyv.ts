import type { LibraryTable } from './types';

const reads = ['get', 'getMany', 'has'];

/**
 * Keyv (and its store adapters): a key-value cache in front of Redis, Postgres, MongoDB or SQLite.
 * With a remote store each `get` is a round trip; `getMany` reads many keys at once.
 */
export const keyv: LibraryTable = {
  id: 'keyv',
  name: 'Keyv',
  modules: ['keyv', '@keyv/redis', '@keyv/postgres', '@keyv/mongo', '@keyv/sqlite', '@keyv/mysql', 'cacheable'],
  kind: 'cache',
  queryMethods: [...reads, 'set', 'setMany', 'delete', 'deleteMany', 'clear'],
  readMethods: reads,
  // One Keyv instance holds its store's connection: share it, as with the store's own client.
  factories: [
    { export: 'default', creates: 'connection' },
    { export: 'Keyv', creates: 'connection' },
  ],
  typeNames: ['Keyv', 'KeyvStoreAdapter'],
  declaredTypes: [{ packages: ['keyv'], types: ['Keyv', 'KeyvStoreAdapter', 'Store'] }],
};
