// Measures the N+1 pattern against a local PostgreSQL (started and removed by this script):
// 200 primary-key lookups one after another, the same 200 with Promise.all over a pg.Pool
// (default max 10), and one `WHERE id = ANY($1)` query for all 200 rows.
// Run: node bench/facts/n-plus-one-pg.mjs   (needs PostgreSQL installed; exit code 2 if not)
import pg from 'pg';
import { withPostgres } from './_pg.mjs';
import { header, ms, rng, timeMs } from './_util.mjs';

header('N+1 lookups vs one batched query (PostgreSQL on localhost)');
await withPostgres(async (db) => {
  console.log(`Server: ${db.version}\n`);
  const pool = new pg.Pool({ connectionString: db.connectionString }); // max: 10, pg's default
  await pool.query(`CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, email text NOT NULL)`);
  await pool.query(`INSERT INTO customers SELECT i, 'customer ' || i, 'c' || i || '@example.com' FROM generate_series(1, 100000) i`);
  await pool.query('VACUUM ANALYZE customers');
  const r = rng(7);
  const ids = Array.from({ length: 200 }, () => 1 + Math.floor(r() * 100000));
  const one = (id) => pool.query('SELECT id, name, email FROM customers WHERE id = $1', [id]);

  const sequential = await timeMs(async () => { for (const id of ids) await one(id); }, { reps: 15, warmup: 3 });
  const parallel = await timeMs(() => Promise.all(ids.map(one)), { reps: 15, warmup: 3 });
  const batched = await timeMs(() => pool.query('SELECT id, name, email FROM customers WHERE id = ANY($1)', [ids]), { reps: 15, warmup: 3 });
  await pool.end();

  console.log('Median of 15 runs after 3 warm-ups, 200 ids from a 100k-row table:');
  console.log(`  200 sequential primary-key lookups:      ${ms(sequential)}`);
  console.log(`  200 lookups with Promise.all (pool 10):  ${ms(parallel)}`);
  console.log(`  one query with WHERE id = ANY($1):       ${ms(batched)}`);
});
