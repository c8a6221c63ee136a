import { sql } from '~/lib/db';

export interface Order { id: string; status: string; total: number }

export async function getOrder(id: string): Promise<Order | undefined> {
  const [order] = await sql<Order[]>`select id, status, total from orders where id = ${id}`;
  return order;
}

export async function getOrders(ids: string[]): Promise<Order[]> {
  return sql<Order[]>`select id, status, total from orders where id in ${sql(ids)}`;
}

/** A condition to write into another query: builds text, sends nothing. */
export function statusIs(status: string | undefined) {
  return status ? sql`and status = ${status}` : sql``;
}

export async function setStatus(id: string, status: string) {
  await sql`update orders set status = ${status} where id = ${id}`;
}
