// trap: perf-coach/no-n-plus-one — cursor pagination: each page query needs the last id of the previous page
// trap: perf-coach/no-sequential-await — a pagination loop with a deliberate pause for the supplier's rate limit
// trap: perf-coach/no-sync-logging — pino logger, not console
import { PrismaClient } from '@prisma/client';
import got from 'got';
import pino from 'pino';
import { setTimeout as sleep } from 'node:timers/promises';

const prisma = new PrismaClient();
const logger = pino({ name: 'sync-inventory' });
const PAGE_SIZE = 500;

export async function syncInventory(supplierId: string): Promise<number> {
  let cursor: string | undefined;
  let synced = 0;
  for (;;) {
    const page = await prisma.product.findMany({
      where: { supplierId },
      take: PAGE_SIZE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
      select: { id: true, sku: true },
    });
    if (page.length === 0) break;

    const stock = await got
      .post(`${process.env.SUPPLIER_API}/stock/lookup`, { json: { skus: page.map((p) => p.sku) }, timeout: { request: 10_000 } })
      .json<Record<string, number>>();
    await prisma.stockSnapshot.createMany({
      data: page.map((p) => ({ productId: p.id, quantity: stock[p.sku] ?? 0, takenAt: new Date() })),
    });

    synced += page.length;
    cursor = page[page.length - 1].id;
    logger.info({ supplierId, synced }, 'page synced');
    await sleep(250); // the supplier allows four requests per second
  }
  return synced;
}
