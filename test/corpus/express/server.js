// trap: perf-coach/no-sync-logging — console.log in the listen callback runs once, at start-up
// trap: perf-coach/no-blocking-io — TLS files are read at module top level, before the server accepts requests
// trap: perf-coach/prefer-connection-pool — one pg Pool for the whole process, created at module level
const fs = require('fs');
const https = require('https');
const express = require('express');
const helmet = require('helmet');
const { Pool } = require('pg');
const ordersRouter = require('./routes/orders-legacy');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, idleTimeoutMillis: 30000 });

const app = express();
app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.locals.pool = pool;

app.get('/healthz', async (req, res) => {
  try {
    await pool.query('SELECT 1');
    res.json({ ok: true });
  } catch (err) {
    console.error('health check failed', err);
    res.status(503).json({ ok: false });
  }
});

app.use('/orders', ordersRouter);

const tlsOptions = {
  key: fs.readFileSync(process.env.TLS_KEY_PATH || './certs/server.key'),
  cert: fs.readFileSync(process.env.TLS_CERT_PATH || './certs/server.crt'),
};

const port = Number(process.env.PORT) || 8443;
https.createServer(tlsOptions, app).listen(port, () => {
  console.log(`API listening on https://localhost:${port}`);
});

module.exports = app;
