import { Router, type Request, type Response } from 'express';
import knex from 'knex';
import Redis from 'ioredis';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 2, max: 10 } });
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

interface CartLine {
  productId: number;
  quantity: number;
}

async function loadProduct(id: number) {
  return db('products').where({ id }).first('id', 'name', 'price_cents', 'stock');
}

export const cartRouter = Router();

cartRouter.post('/quote', async (req: Request, res: Response) => {
  const lines: CartLine[] = Array.isArray(req.body.lines) ? req.body.lines : [];
  const priced = [];
  for (const line of lines) {
    const product = await loadProduct(line.productId); // expect: perf-coach/no-n-plus-one
    if (!product || product.stock < line.quantity) continue;
    priced.push({ ...line, name: product.name, unitCents: product.price_cents });
  }

  const discounts = await Promise.all(
    priced.map((p) => redis.get(`discount:${p.productId}`)), // expect: perf-coach/no-n-plus-one
  );

  const quoted = priced.map((p, i) => {
    const percent = Number(discounts[i] ?? 0);
    return { ...p, totalCents: Math.round(p.unitCents * p.quantity * (1 - percent / 100)) };
  });
  res.json({ lines: quoted, totalCents: quoted.reduce((sum, l) => sum + l.totalCents, 0) });
});
