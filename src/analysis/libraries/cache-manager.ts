import type { LibraryTable } from './types';

const reads = ['get', 'mget', 'ttl'];

/**
 * cache-manager (and NestJS's `CACHE_MANAGER`): usually backed by Redis or Memcached in a service
 * that runs on more than one process, so each `get` is a round trip; `mget` reads many keys at once.
 */
export const cacheManager: LibraryTable = {
  id: 'cache-manager',
  name: 'cache-manager',
  modules: ['cache-manager', '@nestjs/cache-manager'],
  kind: 'cache',
  queryMethods: [...reads, 'set', 'mset', 'del', 'mdel', 'wrap'],
  readMethods: reads,
};
