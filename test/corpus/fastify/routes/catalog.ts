// trap: perf-coach/no-n-plus-one — variants for every product on the page come from one inArray query; the reduce only groups
// trap: perf-coach/no-sequential-await — the two product lists are independent and run through Promise.all
// trap: perf-coach/no-sync-logging — request.log is Fastify's pino logger, not console
import type { FastifyInstance } from 'fastify';
import { drizzle } from 'drizzle-orm/node-postgres';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { Pool } from 'pg';
import { categories, products, variants } from '../db/schema';

const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));

type Variant = typeof variants.$inferSelect;

export default async function catalogRoutes(app: FastifyInstance) {
  app.get<{ Params: { slug: string } }>('/categories/:slug/products', async (request, reply) => {
    const [category] = await db.select().from(categories).where(eq(categories.slug, request.params.slug)).limit(1);
    if (!category) {
      request.log.info({ slug: request.params.slug }, 'unknown category');
      return reply.code(404).send({ error: 'not found' });
    }

    const [items, featured] = await Promise.all([
      db.select().from(products).where(eq(products.categoryId, category.id)).orderBy(desc(products.createdAt)).limit(48),
      db
        .select()
        .from(products)
        .where(and(eq(products.categoryId, category.id), eq(products.featured, true)))
        .limit(4),
    ]);

    const ids = items.map((p) => p.id);
    const allVariants = ids.length ? await db.select().from(variants).where(inArray(variants.productId, ids)) : [];
    const byProduct = allVariants.reduce<Record<number, Variant[]>>((acc, v) => {
      (acc[v.productId] ??= []).push(v);
      return acc;
    }, {});

    request.log.debug({ count: items.length }, 'catalog page');
    return { category, featured, items: items.map((p) => ({ ...p, variants: byProduct[p.id] ?? [] })) };
  });
}
