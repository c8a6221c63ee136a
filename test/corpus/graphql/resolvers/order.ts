// trap: perf-coach/no-n-plus-one — Order.customer goes through a per-request DataLoader; the Query resolvers run once per request
import DataLoader from 'dataloader';
import type { Knex } from 'knex';

interface CustomerRow {
  id: string;
  name: string;
  email: string;
}

export function createLoaders(db: Knex) {
  return {
    customer: new DataLoader<string, CustomerRow | null>(async (ids) => {
      const rows: CustomerRow[] = await db('customers').whereIn('id', [...ids]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export interface Context {
  db: Knex;
  loaders: ReturnType<typeof createLoaders>;
}

export const resolvers = {
  Query: {
    orders: (_: unknown, args: { status?: string; first?: number }, ctx: Context) =>
      ctx
        .db('orders')
        .modify((qb) => {
          if (args.status) qb.where('status', args.status);
        })
        .orderBy('created_at', 'desc')
        .limit(Math.min(args.first ?? 20, 100)),
    order: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.db('orders').where({ id }).first(),
  },
  Order: {
    customer: (order: { customer_id: string }, _: unknown, ctx: Context) => ctx.loaders.customer.load(order.customer_id),
    totalFormatted: (order: { total_cents: number; currency: string }) =>
      new Intl.NumberFormat('en', { style: 'currency', currency: order.currency }).format(order.total_cents / 100),
  },
};
