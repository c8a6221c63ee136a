// trap: perf-coach/prefer-connection-pool — one Redis connection for all BullMQ workers in the process, created at module level
import IORedis from 'ioredis';

export const connection = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
  maxRetriesPerRequest: null,
  enableReadyCheck: false,
});
