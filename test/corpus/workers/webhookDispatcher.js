// trap: perf-coach/no-n-plus-one — a retry loop around one delivery, with exponential back-off
// trap: perf-coach/no-sequential-await — the back-off sleep must follow the failed attempt
const crypto = require('crypto');
const { Worker } = require('bullmq');
const got = require('got');
const logger = require('../lib/logger');
const { connection } = require('./connection');

async function deliver(endpoint, payload, maxAttempts = 5) {
  const body = JSON.stringify(payload);
  const signature = crypto.createHmac('sha256', endpoint.secret).update(body).digest('hex');
  let lastError;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const res = await got.post(endpoint.url, {
        body,
        headers: { 'content-type': 'application/json', 'x-signature': signature },
        timeout: { request: 5000 },
        retry: { limit: 0 },
        throwHttpErrors: false,
      });
      if (res.statusCode < 500) return res.statusCode;
      lastError = new Error(`HTTP ${res.statusCode}`);
    } catch (err) {
      lastError = err;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(30000, 500 * 2 ** attempt)));
  }
  throw lastError;
}

module.exports = new Worker(
  'webhooks',
  async (job) => {
    const status = await deliver(job.data.endpoint, job.data.payload);
    logger.info({ jobId: job.id, status }, 'webhook delivered');
    return { status };
  },
  { connection, concurrency: 20 },
);
