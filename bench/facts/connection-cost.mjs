// Measures what a new PostgreSQL connection costs compared with a query on a pooled one:
// `new Client()` + connect (TCP + SCRAM password login + backend fork) + `SELECT 1` + end,
// against `SELECT 1` through a warm pg.Pool. Database on localhost, no TLS.
// (The HTTP/TLS side of connection cost is in keep-alive.mjs.)
// Run: node bench/facts/connection-cost.mjs   (needs PostgreSQL installed; exit code 2 if not)
import pg from 'pg';
import { withPostgres } from './_pg.mjs';
import { header, ms, timeMs } from './_util.mjs';

header('New PostgreSQL connection vs pooled query (localhost, SCRAM auth, no TLS)');
await withPostgres(async (db) => {
  console.log(`Server: ${db.version}\n`);
  const fresh = await timeMs(async () => {
    const client = new pg.Client({ connectionString: db.connectionString });
    await client.connect();
    await client.query('SELECT 1');
    await client.end();
  }, { reps: 41, warmup: 5 });

  const pool = new pg.Pool({ connectionString: db.connectionString });
  const pooled = await timeMs(() => pool.query('SELECT 1'), { reps: 501, warmup: 50 });
  await pool.end();

  console.log('Medians (41 new connections, 501 pooled queries, after warm-up):');
  console.log(`  new Client + connect + SELECT 1 + end:  ${ms(fresh)}`);
  console.log(`  SELECT 1 on a warm pg.Pool:             ${ms(pooled)}`);
});
