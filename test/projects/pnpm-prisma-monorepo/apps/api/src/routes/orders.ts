import { Router } from 'express';
import { prisma } from '@acme/db';
import { getOrderByCode, getOrdersByIds } from '../services/order.service.js';
import { getOrderByCode as parseOrderCode } from '../lib/format.js';

export const ordersRouter = Router();

ordersRouter.post('/orders/merge', async (req, res) => {
  const codes: string[] = req.body.codes;
  const orders = await Promise.all(codes.map((code) => getOrderByCode(code))); // expect: perf-coach/no-n-plus-one
  res.json(orders);
});

ordersRouter.post('/orders/lookup', async (req, res) => {
  const orders = await getOrdersByIds(req.body.ids); // ok: one batched query
  res.json(orders);
});

ordersRouter.post('/orders/parse', (req, res) => {
  const parsed = (req.body.codes as string[]).map((code) => parseOrderCode(code)); // ok: same name, a parser in lib/format
  res.json(parsed);
});

ordersRouter.get('/orders/:id/lines', async (req, res) => {
  const lines = await prisma.orderLine.findMany({ where: { orderId: req.params.id } });
  for (const line of lines) {
    line.product = await prisma.product.findUnique({ where: { id: line.productId } }); // expect: perf-coach/no-n-plus-one
  }
  res.json(lines);
});
