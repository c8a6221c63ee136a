// Measures 1,000 single-row INSERTs in a loop (each its own commit) against the same rows in
// one INSERT ... SELECT FROM unnest($1::text[], $2::jsonb[]) statement, in a local PostgreSQL
// (started and removed by this script, fsync on, data dir in the temp dir).
// Run: node bench/facts/bulk-insert-pg.mjs   (needs PostgreSQL installed; exit code 2 if not)
import pg from 'pg';
import { withPostgres } from './_pg.mjs';
import { header, ms, timeMs } from './_util.mjs';

header('1,000 single-row INSERTs vs one batched INSERT (PostgreSQL on localhost)');
await withPostgres(async (db) => {
  console.log(`Server: ${db.version}\n`);
  const client = new pg.Client({ connectionString: db.connectionString });
  await client.connect();
  await client.query('CREATE TABLE events (id bigserial PRIMARY KEY, kind text NOT NULL, payload jsonb NOT NULL)');
  const rows = Array.from({ length: 1000 }, (_, i) => ({ kind: i % 2 ? 'click' : 'view', payload: { i, page: `/p/${i % 50}` } }));

  const loop = await timeMs(async () => {
    for (const r of rows) await client.query('INSERT INTO events (kind, payload) VALUES ($1, $2)', [r.kind, r.payload]);
  }, { reps: 5, warmup: 1 });
  const batch = await timeMs(() => client.query(
    'INSERT INTO events (kind, payload) SELECT * FROM unnest($1::text[], $2::jsonb[])',
    [rows.map((r) => r.kind), rows.map((r) => JSON.stringify(r.payload))],
  ), { reps: 5, warmup: 1 });
  await client.end();

  console.log('Medians of 5 runs after 1 warm-up:');
  console.log(`  1,000 INSERTs in a loop (autocommit): ${ms(loop)}`);
  console.log(`  one INSERT ... SELECT FROM unnest:    ${ms(batch)}`);
  console.log('\nThe loop pays one round trip and one commit (WAL flush) per row; the temp dir\'s disk decides much of it.');
});
