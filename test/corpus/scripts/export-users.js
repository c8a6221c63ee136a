#!/usr/bin/env node
// trap: perf-coach/prefer-connection-pool — a CLI opens one client, does its work and exits
// trap: perf-coach/no-n-plus-one — keyset pagination: each batch starts after the last id of the previous batch
// trap: perf-coach/no-blocking-io — a CLI writing its output file
// trap: perf-coach/no-sync-logging — CLI progress output
'use strict';

const fs = require('fs');
const { Client } = require('pg');

async function main() {
  const outFile = process.argv[2] || 'users.ndjson';
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const fd = fs.openSync(outFile, 'w');
  let lastId = 0;
  let total = 0;
  try {
    while (true) {
      const { rows } = await client.query(
        'SELECT id, email, created_at FROM users WHERE id > $1 ORDER BY id LIMIT 1000',
        [lastId],
      );
      if (rows.length === 0) break;
      fs.writeSync(fd, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
      lastId = rows[rows.length - 1].id;
      total += rows.length;
      console.log(`exported ${total} users`);
    }
  } finally {
    fs.closeSync(fd);
    await client.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
