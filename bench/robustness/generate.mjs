// Generated backend code of a given size, for the size/time curve (size-curve.mjs): one Express
// module whose unit (a route with sequential awaits, a per-item query loop, a helper that queries,
// a transaction, blocking and logging calls) repeats with fresh names until the size is reached.

const HEAD = `import express from 'express';
import { readFileSync } from 'node:fs';
import { PrismaClient } from '@prisma/client';
import pino from 'pino';

const prisma = new PrismaClient();
const logger = pino();
const app = express();
`;

const unit = (i) => `
async function loadOwner${i}(id) {
  const owner = await prisma.user.findUnique({ where: { id } });
  return owner ? owner.name : 'unknown';
}

app.get('/orders${i}/:id', async (req, res) => {
  const order = await prisma.order.findUnique({ where: { id: req.params.id } });
  const customer = await prisma.customer.findUnique({ where: { id: req.query.customer } });
  const stock = await prisma.stock.findMany({ where: { sku: req.query.sku } });
  const lines = [];
  for (const item of order.items) {
    const product = await prisma.product.findUnique({ where: { id: item.productId } });
    lines.push({ ...item, name: product.name, owner: await loadOwner${i}(product.ownerId) });
  }
  let cursor = null;
  do {
    const page = await prisma.event.findMany({ cursor, take: 100 });
    cursor = page.length ? page[page.length - 1].id : null;
  } while (cursor);
  const template = readFileSync('./templates/order${i}.html', 'utf8');
  logger.info({ order: order.id, lines: lines.length }, 'order ${i} served');
  await prisma.$transaction(async (tx) => {
    await tx.audit.create({ data: { order: order.id } });
    await tx.counter.update({ where: { id: 'orders' }, data: { n: { increment: 1 } } });
  });
  res.json({ order, customer, stock, lines, template: template.length });
});

export async function refresh${i}(ids) {
  const results = await Promise.all(ids.map((id) => prisma.item.findUnique({ where: { id } })));
  for (const r of results) if (r) await prisma.item.update({ where: { id: r.id }, data: { seen: true } });
  return results.filter(Boolean).map((r) => r.id * ${i});
}
`;

// The same statements in one long handler: one statement list, one function, many awaits.
const step = (i) => `  const order${i} = await prisma.order.findUnique({ where: { id: req.params.id${i} } });
  for (const item of order${i}.items) await prisma.product.findUnique({ where: { id: item.productId } });
  logger.info({ order: order${i}.id }, 'step ${i}');
`;

/** About `bytes` bytes of generated code (whole units, at least one). */
export function generate(bytes, shape = 'units') {
  if (shape === 'one-function') {
    let out = `${HEAD}\napp.get('/all', async (req, res) => {\n`;
    for (let i = 0; out.length < bytes; i++) out += step(i);
    return `${out}  res.end();\n});\n`;
  }
  let out = HEAD;
  for (let i = 0; out.length < bytes; i++) out += unit(i);
  return out;
}
