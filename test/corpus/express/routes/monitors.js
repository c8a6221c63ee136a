// An uptime monitor's routes over RedBeanNode (the shared `R` facade) and a catalog route over
// @evershop/postgres-query-builder: queries per item, and the batched forms next to them.
const express = require('express');
const { R } = require('redbean-node');
const { select, update } = require('@evershop/postgres-query-builder');
const { pool } = require('../lib/pool');

const router = express.Router();

router.post('/monitors/pause', async (req, res) => {
  const ids = req.body.ids;
  for (const id of ids) {
    const monitor = await R.findOne('monitor', ' id = ? AND user_id = ? ', [id, req.user.id]); // expect: perf-coach/no-n-plus-one
    monitor.active = 0;
    await R.store(monitor); // expect: perf-coach/no-n-plus-one
  }
  res.json({ ok: true });
});

router.get('/monitors', async (req, res) => {
  const ids = req.query.ids.split(',');
  const placeholders = ids.map(() => '?').join(', '); // ok: builds a string, no query
  const monitors = await R.find('monitor', ` id IN (${placeholders}) `, ids); // ok: one query for all ids
  const drafts = ids.map((id) => Object.assign(R.dispense('heartbeat'), { monitor_id: id })); // ok: R.dispense only makes a bean in memory
  res.json({ monitors, drafts: drafts.length });
});

router.post('/products/stock', async (req, res) => {
  for (const line of req.body.lines) {
    const product = await select().from('product').where('product_id', '=', line.productId).load(pool); // expect: perf-coach/no-n-plus-one
    await update('product').given({ qty: product.qty - line.qty }).where('product_id', '=', line.productId).execute(pool); // expect: perf-coach/no-n-plus-one
  }
  res.json({ ok: true });
});

router.get('/products', async (req, res) => {
  const query = select().from('product');
  for (const f of req.query.filters ?? []) query.andWhere(f.key, '=', f.value); // ok: adds clauses to one query
  res.json(await query.load(pool));
});

module.exports = router;
