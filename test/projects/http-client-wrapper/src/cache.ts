import { createRedis } from './lib/redis.js';

export const redis = createRedis();
