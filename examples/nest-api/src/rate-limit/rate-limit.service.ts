import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';

const WINDOW_SECONDS = 60;

@Injectable()
export class RateLimitService {
  /** Counts one hit for `key` in the current minute; true while the count is within `limit`. */
  async allow(key: string, limit = 100): Promise<boolean> {
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
    try {
      const bucket = `rate:${key}:${Math.floor(Date.now() / (WINDOW_SECONDS * 1000))}`;
      const results = await redis.multi().incr(bucket).expire(bucket, WINDOW_SECONDS).exec();
      return Number(results?.[0]?.[1] ?? 0) <= limit;
    } finally {
      redis.disconnect();
    }
  }
}
