'use strict';

const { Client } = require('pg');

exports.handler = async (event) => {
  console.log('event', JSON.stringify(event)); // expect: perf-coach/no-sync-logging
  const client = new Client({ // expect: perf-coach/prefer-connection-pool
    host: process.env.DB_HOST,
    port: 5432,
    user: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    database: process.env.DB_NAME,
    ssl: { rejectUnauthorized: true },
  });
  await client.connect();
  try {
    const customerId = event.pathParameters && event.pathParameters.customerId;
    const { rows } = await client.query(
      'SELECT id, status, total_cents, created_at FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 50',
      [customerId],
    );
    return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rows) };
  } catch (err) {
    console.error('query failed', err);
    return { statusCode: 500, body: JSON.stringify({ message: 'internal error' }) };
  } finally {
    await client.end();
  }
};
