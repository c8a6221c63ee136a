const express = require('express');
const zlib = require('zlib');
const { stringify } = require('csv-stringify/sync');
const knexConfig = require('../knexfile');
const knex = require('knex')(knexConfig[process.env.NODE_ENV || 'development']);

const router = express.Router();

router.get('/customers.csv.gz', async (req, res, next) => {
  try {
    const rows = await knex('customers')
      .select('id', 'name', 'email', 'created_at')
      .where('tenant_id', req.tenant.id)
      .orderBy('id');
    const csv = stringify(rows, { header: true });
    const body = zlib.gzipSync(csv); // expect: perf-coach/no-blocking-io
    res.set({
      'Content-Type': 'text/csv',
      'Content-Encoding': 'gzip',
      'Content-Disposition': 'attachment; filename="customers.csv"',
    });
    res.send(body);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
