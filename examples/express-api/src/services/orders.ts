import type { Customer, Order } from '@prisma/client';
import { prisma } from '../db';

const PAGE_SIZE = 50;

export type OrderWithCustomer = Order & { customer: Customer | null };

/** The newest orders with the given status, each with its customer. */
export async function getOrdersWithCustomers(status: string): Promise<OrderWithCustomer[]> {
  const orders = await prisma.order.findMany({
    where: { status },
    orderBy: { createdAt: 'desc' },
    take: PAGE_SIZE,
  });

  const result: OrderWithCustomer[] = [];
  for (const order of orders) {
    const customer = await prisma.customer.findUnique({ where: { id: order.customerId } });
    result.push({ ...order, customer });
  }
  return result;
}

/**
 * Same result as `getOrdersWithCustomers`, in two queries whatever the page size:
 * the orders, then every customer they mention in one `IN (...)` lookup.
 */
export async function getOrdersWithCustomersBatched(status: string): Promise<OrderWithCustomer[]> {
  const orders = await prisma.order.findMany({
    where: { status },
    orderBy: { createdAt: 'desc' },
    take: PAGE_SIZE,
  });

  const customers = await prisma.customer.findMany({
    where: { id: { in: [...new Set(orders.map((order) => order.customerId))] } },
  });
  const customersById = new Map(customers.map((customer) => [customer.id, customer] as const));

  return orders.map((order) => ({ ...order, customer: customersById.get(order.customerId) ?? null }));
}

/**
 * Every order, oldest first, one page at a time (used by the CSV export).
 * Each page starts after the last id of the previous one, so the pages are
 * fetched in order and a large table is never loaded at once.
 */
export async function* streamAllOrders(pageSize = 500): AsyncGenerator<Order[]> {
  let cursor: string | undefined;
  do {
    const page = await prisma.order.findMany({
      take: pageSize,
      orderBy: { id: 'asc' },
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length > 0) yield page;
    cursor = page.length === pageSize ? page[page.length - 1].id : undefined;
  } while (cursor);
}
