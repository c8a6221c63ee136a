import { Router } from 'express';
import { prisma } from '../db';
import { carrierApi, type Tracking } from '../services/carrier';
import { getOrdersWithCustomersBatched } from '../services/orders';

export const ordersRouter = Router();

// GET /orders?status=open — newest orders with their customers, for the back-office list.
ordersRouter.get('/', async (req, res) => {
  const orders = await getOrdersWithCustomersBatched(typeof req.query.status === 'string' ? req.query.status : 'open');
  req.log.debug({ count: orders.length }, 'listing orders');
  res.json(orders);
});

// GET /orders/customers/:customerId/summary — header card on the customer page.
ordersRouter.get('/customers/:customerId/summary', async (req, res) => {
  const { customerId } = req.params;
  // Neither query needs the other's result, so both go out at once.
  const [customer, openOrders] = await Promise.all([
    prisma.customer.findUnique({ where: { id: customerId } }),
    prisma.order.count({ where: { customerId, status: 'open' } }),
  ]);
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
