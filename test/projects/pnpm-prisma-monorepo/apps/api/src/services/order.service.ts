import { getPrisma, prisma } from '@acme/db';
import { formatOrder } from '../lib/format.js';

export async function getOrderByCode(code: string) {
  return prisma.order.findFirst({ where: { code }, include: { lines: true } });
}

/** Batched on purpose: one query for all ids, joined back in memory. */
export async function getOrdersByIds(ids: string[]) {
  const rows = await prisma.order.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter(Boolean); // ok: Map lookup, no query
}

export async function customerNames(orders: Array<{ customerId: string }>) {
  const names: string[] = [];
  for (const o of orders) {
    // The client through a memoising getter exported by the workspace package.
    const customer = await getPrisma().user.findUnique({ where: { id: o.customerId } }); // expect: perf-coach/no-n-plus-one
    names.push(customer?.name ?? 'unknown');
  }
  return names;
}

export async function summaries(ids: string[]) {
  const orders = await getOrdersByIds(ids);
  return orders.map((o) => formatOrder(o!)); // ok: formatter, no query
}

export async function markOrderShipped(orderId: string) {
  return prisma.order.update({ where: { id: orderId }, data: { status: 'SHIPPED' } });
}
