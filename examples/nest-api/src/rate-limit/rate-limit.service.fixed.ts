import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from './redis.provider';

const WINDOW_SECONDS = 60;

@Injectable()
export class RateLimitService {
  // The shared client from redisProvider: no connect or TLS handshake per call.
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Counts one hit for `key` in the current minute; true while the count is within `limit`. */
  async allow(key: string, limit = 100): Promise<boolean> {
    const bucket = `rate:${key}:${Math.floor(Date.now() / (WINDOW_SECONDS * 1000))}`;
    // MULTI keeps INCR and EXPIRE together, so a bucket never outlives its window.
    const results = await this.redis.multi().incr(bucket).expire(bucket, WINDOW_SECONDS).exec();
    return Number(results?.[0]?.[1] ?? 0) <= limit;
  }
}
