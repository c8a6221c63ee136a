import { Router } from 'express';
import Redis from 'ioredis';
import axios from 'axios';
import { prisma } from '../lib/prisma';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

export const dashboardRouter = Router();

dashboardRouter.get('/summary', async (req, res, next) => {
  try {
    const userId = req.user!.id;
    const openTickets = await prisma.ticket.count({ where: { assigneeId: userId, status: 'OPEN' } });
    const unread = await redis.get(`notifications:unread:${userId}`); // expect: perf-coach/no-sequential-await
    const { data: status } = await axios.get('https://status.internal.example.com/api/v1/summary', { timeout: 2000 });
    res.json({ openTickets, unread: Number(unread ?? 0), status: status.indicator });
  } catch (err) {
    next(err);
  }
});
