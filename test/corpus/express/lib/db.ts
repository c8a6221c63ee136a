// trap: perf-coach/prefer-connection-pool — lazy singleton: the pool is created on first use and then reused
// trap: perf-coach/no-sequential-await — BEGIN, the work and COMMIT must run in order on one checked-out client
import { Pool, type PoolClient } from 'pg';

let pool: Pool | undefined;

export function getPool(): Pool {
  pool ??= new Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.PG_POOL_MAX ?? 10),
    idleTimeoutMillis: 30_000,
  });
  return pool;
}

export async function withTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}
