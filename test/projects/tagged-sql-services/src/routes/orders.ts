import { Hono } from 'hono';
import sql from '../lib/db';
import { getOrder, getOrders, setStatus, statusIs } from '../queries/orders';

export const orders = new Hono();

orders.post('/orders/lookup', async (c) => {
  const { ids } = await c.req.json<{ ids: string[] }>();
  const found = [];
  for (const id of ids) {
    found.push(await getOrder(id)); // expect: perf-coach/no-n-plus-one
  }
  return c.json(found);
});

orders.post('/orders/lookup-batched', async (c) => {
  const { ids } = await c.req.json<{ ids: string[] }>();
  return c.json(await getOrders(ids)); // ok: one query for all ids
});

orders.get('/orders', async (c) => {
  const statuses = c.req.queries('status') ?? [];
  // ok: each condition is a fragment of the one query
  const rows = await sql`select * from orders where true ${statuses.length ? sql`and (${statuses.map((s, i) => (i ? sql`or status = ${s}` : sql`status = ${s}`))})` : sql``} ${statusIs(c.req.query('only'))}`;
  return c.json(rows);
});

orders.post('/orders/cancel', async (c) => {
  const { ids } = await c.req.json<{ ids: string[] }>();
  await Promise.all(ids.map((id) => setStatus(id, 'cancelled'))); // expect: perf-coach/no-n-plus-one
  return c.body(null, 204);
});

orders.post('/orders/archive', async (c) => {
  const { ids } = await c.req.json<{ ids: string[] }>();
  await sql.begin(async (tx) => {
    for (const id of ids) {
      await tx`insert into archived_orders select * from orders where id = ${id}`; // expect: perf-coach/no-n-plus-one
    }
  });
  return c.body(null, 204);
});
