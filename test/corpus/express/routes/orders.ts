import { Router, type Request, type Response, type NextFunction } from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export const ordersRouter = Router();

// GET /orders?status=open — newest orders with a short customer summary
ordersRouter.get('/', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const status = String(req.query.status ?? 'open');
    console.log('listing orders', { status, user: req.user?.id }); // expect: perf-coach/no-sync-logging
    const orders = await prisma.order.findMany({
      where: { status },
      orderBy: { createdAt: 'desc' },
      take: 50,
    });

    const rows = [];
    for (const order of orders) {
      const customer = await prisma.customer.findUnique({ // expect: perf-coach/no-n-plus-one
        where: { id: order.customerId },
        select: { id: true, name: true, email: true },
      });
      rows.push({ ...order, customer });
    }
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

ordersRouter.get('/:id', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const order = await prisma.order.findUnique({
      where: { id: req.params.id },
      include: { items: true, customer: true },
    });
    if (!order) return res.sendStatus(404);
    res.json(order);
  } catch (err) {
    next(err);
  }
});
