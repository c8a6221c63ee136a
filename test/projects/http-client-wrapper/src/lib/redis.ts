import Redis from 'ioredis';

/** Factory kept apart so tests can build their own; the app calls it once, in src/cache.ts. */
export function createRedis(url = process.env.REDIS_URL ?? 'redis://localhost:6379') {
  return new Redis(url, { maxRetriesPerRequest: 2 }); // ok: factory called once at module scope of src/cache.ts
}
