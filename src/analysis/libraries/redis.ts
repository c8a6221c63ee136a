import type { LibraryTable } from './types';

// ioredis uses lower-case command names, node-redis v4+ camelCase ones; both are listed.
const reads = ['get', 'mget', 'mGet', 'hget', 'hGet', 'hgetall', 'hGetAll', 'hmget', 'hmGet', 'exists', 'ttl', 'lrange', 'lRange', 'smembers', 'sMembers', 'sismember', 'sIsMember', 'zrange', 'zRange', 'zrangebyscore', 'zRangeByScore', 'zrevrange', 'zscore', 'zScore', 'keys', 'scan', 'json.get'];
const writes = ['set', 'setex', 'setEx', 'mset', 'mSet', 'hset', 'hSet', 'hdel', 'hDel', 'del', 'expire', 'incr', 'incrby', 'incrBy', 'decr', 'lpush', 'lPush', 'rpush', 'rPush', 'lpop', 'lPop', 'rpop', 'rPop', 'sadd', 'sAdd', 'srem', 'sRem', 'zadd', 'zAdd', 'zrem', 'zRem', 'publish', 'eval', 'evalsha', 'sendCommand'];

const shared = {
  kind: 'cache' as const,
  queryMethods: [...reads, ...writes],
  readMethods: reads,
  batchMethods: ['pipeline', 'multi', 'batch'],
  closeMethods: ['quit', 'disconnect'],
};

export const ioredis: LibraryTable = {
  ...shared,
  id: 'ioredis',
  name: 'ioredis',
  // NestJS wrappers: `@liaoliaots/nestjs-redis` (and its forks) hand out ioredis clients from `RedisService.getClient()`.
  modules: ['ioredis', '@nestjs-modules/ioredis', '@liaoliaots/nestjs-redis', 'nestjs-redis', '@apitable/nestjs-redis'],
  // One ioredis connection pipelines commands, so sharing it is fine; creating one per request is not.
  factories: [
    { export: 'default', creates: 'connection' },
    { export: 'Redis', creates: 'connection' },
    { export: 'Cluster', creates: 'connection' },
  ],
  typeNames: ['Redis', 'Cluster'],
  declaredTypes: [
    { packages: ['ioredis'], types: ['Redis', 'Cluster'] },
    { packages: ['@liaoliaots/nestjs-redis', 'nestjs-redis', '@apitable/nestjs-redis'], types: ['RedisService', 'ClusterService'] },
  ],
  conventionalNames: /^(redis|redisClient)$/,
};

export const nodeRedis: LibraryTable = {
  ...shared,
  id: 'redis',
  name: 'redis',
  modules: ['redis', '@redis/client'],
  factories: [
    { export: 'createClient', creates: 'connection' },
    { export: 'createCluster', creates: 'connection' },
  ],
  typeNames: ['RedisClientType'],
  declaredTypes: [{ packages: ['redis', '@redis/client'], types: ['RedisClientType', 'RedisClusterType', 'RedisClient'] }],
};
