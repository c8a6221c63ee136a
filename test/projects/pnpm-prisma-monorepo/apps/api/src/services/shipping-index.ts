import type { Redis } from 'ioredis';

// A Lua command registered on the Redis client (`defineCommand`) shares its name with a query function of the app.
export async function indexShipped(cache: Redis, orderIds: string[]) {
  const pipeline = cache.pipeline();
  for (const id of orderIds) {
    pipeline.markOrderShipped('shipped-index', id); // ok: queued on the pipeline; one exec() sends them all
  }
  await pipeline.exec();
}
