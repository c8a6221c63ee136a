import type { FastifyInstance } from 'fastify';
import knex, { type Knex } from 'knex';

async function withTenantDb<T>(schema: string, work: (db: Knex) => Promise<T>): Promise<T> {
  const db = knex({ client: 'pg', connection: process.env.DATABASE_URL, searchPath: [schema] }); // expect: perf-coach/prefer-connection-pool
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

export default async function warehouseRoutes(app: FastifyInstance) {
  app.get<{ Params: { tenant: string } }>('/tenants/:tenant/low-stock', async (request) => {
    const schema = `tenant_${request.params.tenant.replace(/\W/g, '')}`;
    return withTenantDb(schema, (db) =>
      db('stock_levels')
        .select('sku', 'on_hand', 'reserved', 'reorder_point')
        .whereRaw('on_hand - reserved < reorder_point')
        .orderBy('sku'),
    );
  });
}
