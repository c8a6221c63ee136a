// Measures a 400k-row export from a local PostgreSQL (started and removed by this script)
// done two ways: buffered (one query into an array, then JSON.stringify of the whole result)
// and streamed (pg-query-stream -> NDJSON -> a sink). Reports time, heap growth and the longest
// event-loop block of each.
// Run: node bench/facts/streaming-export.mjs   (needs PostgreSQL installed; exit code 2 if not)
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import pg from 'pg';
import QueryStream from 'pg-query-stream';
import { withPostgres } from './_pg.mjs';
import { header, mb, median, ms } from './_util.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const heap = () => { gc(); return process.memoryUsage().heapUsed; };
const SQL = 'SELECT id, user_id, status, total_cents, created_at FROM orders';

header('Exporting 400k rows: buffered vs streamed (PostgreSQL on localhost)');
await withPostgres(async (db) => {
  console.log(`Server: ${db.version}\n`);
  const pool = new pg.Pool({ connectionString: db.connectionString });
  await pool.query(`CREATE TABLE orders (id int PRIMARY KEY, user_id int NOT NULL, status text NOT NULL,
    total_cents int NOT NULL, created_at timestamptz NOT NULL)`);
  await pool.query(`INSERT INTO orders SELECT i, 1 + (i::bigint * 7919) % 20000, (ARRAY['open','paid','shipped'])[1 + i % 3],
    (i * 37) % 100000, now() - i * interval '1 minute' FROM generate_series(1, 400000) i`);
  await pool.query('VACUUM ANALYZE orders');

  // Each way runs in its own function, so nothing of one run stays reachable in the next.
  async function bufferedExport() {
    const before = heap();
    let t0 = performance.now();
    const { rows } = await pool.query(SQL);
    const fetch = performance.now() - t0;
    const grew = heap() - before;
    t0 = performance.now();
    const json = JSON.stringify(rows);
    return { fetch, grew, stringify: performance.now() - t0, bytes: json.length };
  }
  async function streamedExport() {
    const before = heap();
    let peak = 0;
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed - before); }, 5);
    const h = monitorEventLoopDelay({ resolution: 1 });
    h.enable();
    const t0 = performance.now();
    const client = await pool.connect();
    try {
      const toLine = new Transform({ objectMode: true, transform(row, _enc, cb) { cb(null, JSON.stringify(row) + '\n'); } });
      await pipeline(client.query(new QueryStream(SQL, [], { batchSize: 1000 })), toLine, createWriteStream(os.devNull));
    } finally {
      client.release();
    }
    const total = performance.now() - t0;
    h.disable();
    clearInterval(sampler);
    return { total, peak, block: h.max / 1e6 };
  }

  const b = [], s = [];
  for (let run = 0; run < 4; run++) { // run 0 is the warm-up
    const x = await bufferedExport();
    const y = await streamedExport();
    if (run > 0) { b.push(x); s.push(y); }
  }
  const med = (xs, k) => median(xs.map((x) => x[k]));
  await pool.end();

  console.log('Medians of 3 runs after 1 warm-up:');
  console.log(`  buffered: query into an array        ${ms(med(b, 'fetch'))}, heap +${mb(med(b, 'grew'))} (after GC)`);
  console.log(`            JSON.stringify of the rows  ${ms(med(b, 'stringify'))} blocking, ${mb(b[0].bytes)} of JSON`);
  console.log(`  streamed: NDJSON through QueryStream  ${ms(med(s, 'total'))} in total, peak heap +${mb(med(s, 'peak'))}, longest event-loop block ${ms(med(s, 'block'))}`);
});
