import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import { reportingPool } from '../db';
import { getStockLevelsBatched } from '../services/inventory';
import { streamAllOrders } from '../services/orders';

const REVENUE_BY_DAY = `
  SELECT date_trunc('day', created_at) AS day, sum(total_cents) AS revenue_cents
  FROM orders
  WHERE created_at >= $1 AND created_at < $2 AND status <> 'cancelled'
  GROUP BY 1 ORDER BY 1`;

const REVENUE_TODAY = `
  SELECT coalesce(sum(total_cents), 0) AS revenue_cents
  FROM orders
  WHERE created_at >= date_trunc('day', now()) AND status <> 'cancelled'`;

const TOP_PRODUCTS = `
  SELECT sku, sum(quantity) AS units
  FROM order_lines
  GROUP BY sku ORDER BY units DESC LIMIT $1`;

export const reportsRouter = Router();

// GET /reports/revenue?from=2024-01-01&to=2024-02-01 — daily revenue for the finance team.
reportsRouter.get('/revenue', async (req, res) => {
  const { from, to } = req.query as { from: string; to: string };
  // pool.query borrows an already-open connection and returns it when the query ends.
  const { rows } = await reportingPool.query(REVENUE_BY_DAY, [from, to]);
  res.json(rows);
});

// GET /reports/dashboard — the tiles on the operations dashboard.
reportsRouter.get('/dashboard', async (_req, res) => {
  // Both queries start before either is awaited; the pool runs them on two connections.
  const [revenueToday, topProducts] = await Promise.all([
    reportingPool.query(REVENUE_TODAY),
    reportingPool.query(TOP_PRODUCTS, [10]),
  ]);
  res.json({
    revenueTodayCents: Number(revenueToday.rows[0].revenue_cents),
    topProducts: topProducts.rows,
  });
});

// GET /reports/stock?skus=A-1,B-2 — units on hand for the given SKUs.
reportsRouter.get('/stock', async (req, res) => {
  const skus = String(req.query.skus ?? '').split(',').filter(Boolean);
  res.json(await getStockLevelsBatched(skus));
});

async function* ordersCsv(): AsyncGenerator<string> {
  yield 'id,status,total_cents,created_at\n';
  for await (const page of streamAllOrders()) {
    yield page
      .map((o) => `${o.id},${o.status},${o.totalCents},${o.createdAt.toISOString()}\n`)
      .join('');
  }
}

// GET /reports/orders.csv — full export, streamed page by page so memory stays flat.
reportsRouter.get('/orders.csv', async (_req, res) => {
  res.type('text/csv').attachment('orders.csv');
  await pipeline(Readable.from(ordersCsv()), res);
});
