import type { FactoryProvider } from '@nestjs/common';
import Redis from 'ioredis';

export const REDIS = Symbol('REDIS');

// ioredis sends every command over one connection without waiting for earlier replies,
// so one client, created when the app starts, serves the whole process.
export const redisProvider: FactoryProvider<Redis> = {
  provide: REDIS,
  useFactory: () => new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', { maxRetriesPerRequest: 2 }),
};
