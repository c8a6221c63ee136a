import { Router } from 'express';
import { prisma } from '../db';
import { carrierApi, type Tracking } from '../services/carrier';
import { getOrdersWithCustomers } from '../services/orders';

export const ordersRouter = Router();

// GET /orders?status=open — newest orders with their customers, for the back-office list.
ordersRouter.get('/', async (req, res) => {
  const orders = await getOrdersWithCustomers(typeof req.query.status === 'string' ? req.query.status : 'open');
  console.log('listing orders', JSON.stringify(orders));
  res.json(orders);
});

// GET /orders/customers/:customerId/summary — header card on the customer page.
ordersRouter.get('/customers/:customerId/summary', async (req, res) => {
  const { customerId } = req.params;
  const customer = await prisma.customer.findUnique({ where: { id: customerId } });
  const openOrders = await prisma.order.count({ where: { customerId, status: 'open' } });
  if (!customer) {
    res.sendStatus(404);
    return;
  }
  res.json({ ...customer, openOrders });
});

// GET /orders/:id — one order with its lines, customer and live tracking status.
ordersRouter.get('/:id', async (req, res) => {
  const order = await prisma.order.findUnique({
    where: { id: req.params.id },
    include: { lines: true, customer: true },
  });
  if (!order) {
    res.sendStatus(404);
    return;
  }
  // The tracking number comes from the order, so this call has to wait for it.
  const tracking = order.trackingNumber
    ? (await carrierApi.get<Tracking>(`/tracking/${order.trackingNumber}`)).data
    : null;
  res.json({ ...order, tracking });
});
