import { PrismaClient } from '@prisma/client';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { config } from './config';

// One PrismaClient for the whole process: it keeps its own connection pool.
export const prisma = new PrismaClient({
  datasourceUrl: config.databaseUrl,
  log: ['warn', 'error'],
});

// Reports use raw SQL (window functions, date_trunc) against the reporting database.
// A pool keeps connections open between requests; `max` stays under the replica's limit.
export const reportingPool = new Pool({
  connectionString: config.reportingDatabaseUrl,
  max: 10,
  idleTimeoutMillis: 30_000,
});

// ioredis sends every command over one connection without waiting for earlier replies,
// so a single shared client serves all requests.
export const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
