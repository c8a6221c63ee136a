// trap: perf-coach/no-n-plus-one — brands for the whole page are loaded with one `in` query and joined in memory
// trap: perf-coach/no-sequential-await — the page and the count are independent and already run through Promise.all
// trap: perf-coach/no-sync-logging — console.error inside a catch block
import { Router } from 'express';
import { PrismaClient, type Prisma } from '@prisma/client';

const prisma = new PrismaClient();
const PAGE_SIZE = 24;

export const productsRouter = Router();

productsRouter.get('/', async (req, res) => {
  try {
    const page = Math.max(1, Number(req.query.page) || 1);
    const where: Prisma.ProductWhereInput = req.query.q
      ? { name: { contains: String(req.query.q), mode: 'insensitive' } }
      : {};

    const [items, total] = await Promise.all([
      prisma.product.findMany({ where, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, orderBy: { createdAt: 'desc' } }),
      prisma.product.count({ where }),
    ]);

    const brandIds = [...new Set(items.map((p) => p.brandId))];
    const brands = await prisma.brand.findMany({ where: { id: { in: brandIds } } });
    const byId = new Map(brands.map((b) => [b.id, b]));

    res.json({
      total,
      page,
      items: items.map((p) => ({ ...p, brand: byId.get(p.brandId) ?? null })),
    });
  } catch (err) {
    console.error('GET /products failed', err);
    res.status(500).json({ error: 'Internal error' });
  }
});
