// Measures index effects on a 400k-row orders table in a local PostgreSQL (started and removed
// by this script): `WHERE user_id = $1` without an index, with a plain index, with a covering
// index (index-only scan); and OFFSET vs keyset pagination at row 390,000.
// Run: node bench/facts/pg-indexes.mjs   (needs PostgreSQL installed; exit code 2 if not)
import pg from 'pg';
import { withPostgres } from './_pg.mjs';
import { header, ms, rng, timeMs } from './_util.mjs';

header('Indexes and pagination on a 400k-row table (PostgreSQL on localhost)');
await withPostgres(async (db) => {
  console.log(`Server: ${db.version}\n`);
  const client = new pg.Client({ connectionString: db.connectionString });
  await client.connect();
  // 20,000 users with 20 orders each, spread over the table (as real inserts would be).
  await client.query(`CREATE TABLE orders (id bigint PRIMARY KEY, user_id int NOT NULL, status text NOT NULL,
    total_cents int NOT NULL, created_at timestamptz NOT NULL)`);
  await client.query(`INSERT INTO orders SELECT i, 1 + (i::bigint * 7919) % 20000, (ARRAY['open','paid','shipped'])[1 + i % 3],
    (i * 37) % 100000, now() - i * interval '1 minute' FROM generate_series(1, 400000) i`);
  await client.query('VACUUM ANALYZE orders');
  const r = rng(3);
  const byUser = (sql) => () => client.query(sql, [1 + Math.floor(r() * 20000)]);
  const q = 'SELECT id, total_cents FROM orders WHERE user_id = $1';
  const opts = { reps: 31, warmup: 5 };
  const plan = async () => (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.replace('$1', '42')}`)).rows.map((x) => x['QUERY PLAN']);

  const noIndex = await timeMs(byUser(q), opts);
  await client.query('CREATE INDEX orders_user ON orders (user_id)');
  await client.query('ANALYZE orders');
  const plain = await timeMs(byUser(q), opts);
  const plainPlan = (await plan())[0];
  await client.query('CREATE INDEX orders_user_cover ON orders (user_id) INCLUDE (total_cents, id)');
  await client.query('VACUUM ANALYZE orders');
  const covering = await timeMs(byUser(q), opts);
  const coverPlan = (await plan()).filter((l) => /Index Only|Heap Fetches/.test(l)).map((l) => l.trim().split('  (')[0]);

  // Pagination over the whole table by id, at the same depth.
  const offset = await timeMs(() => client.query('SELECT id, status, total_cents FROM orders ORDER BY id OFFSET 390000 LIMIT 50'), opts);
  const keyset = await timeMs(() => client.query('SELECT id, status, total_cents FROM orders WHERE id > $1 ORDER BY id LIMIT 50', [390000]), opts);
  await client.end();

  console.log('Medians of 31 queries after 5 warm-ups, a random user each time (20 rows per user):');
  console.log(`  WHERE user_id = $1, no index (seq scan):   ${ms(noIndex)}`);
  console.log(`  ... with CREATE INDEX ON orders (user_id): ${ms(plain)}   [${plainPlan.split('(')[0].trim()}]`);
  console.log(`  ... with covering index INCLUDE (...):     ${ms(covering)}   [${coverPlan.join('; ')}]`);
  console.log(`  OFFSET 390000 LIMIT 50:                    ${ms(offset)}`);
  console.log(`  keyset WHERE id > 390000 LIMIT 50:         ${ms(keyset)}`);
});
