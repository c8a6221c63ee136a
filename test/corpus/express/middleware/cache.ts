// trap: perf-coach/prefer-connection-pool — one Redis client per process, created at module level
// trap: perf-coach/no-n-plus-one — SCAN is a cursor loop: each call needs the cursor returned by the previous one
// trap: perf-coach/no-sequential-await — the unlink needs the keys returned by the scan
import Redis from 'ioredis';
import type { Request, Response, NextFunction } from 'express';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', {
  maxRetriesPerRequest: 2,
  enableAutoPipelining: true,
});

export function cacheFor(ttlSeconds: number) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET') return next();
    const key = `http:${req.originalUrl}`;
    const hit = await redis.get(key);
    if (hit) {
      res.setHeader('X-Cache', 'HIT');
      return res.type('json').send(hit);
    }
    const originalJson = res.json.bind(res);
    res.json = (body: unknown) => {
      redis.set(key, JSON.stringify(body), 'EX', ttlSeconds).catch(() => undefined);
      return originalJson(body);
    };
    res.setHeader('X-Cache', 'MISS');
    next();
  };
}

export async function invalidate(prefix: string): Promise<number> {
  let cursor = '0';
  let removed = 0;
  do {
    const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `http:${prefix}*`, 'COUNT', 200);
    if (keys.length) removed += await redis.unlink(...keys);
    cursor = nextCursor;
  } while (cursor !== '0');
  return removed;
}
