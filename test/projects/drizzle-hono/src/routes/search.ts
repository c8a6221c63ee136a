import { Hono } from 'hono';
import { and, db, eq, inArray, or } from '~/db';
import { links } from '~/db/schema';

export const searchRoute = new Hono();

searchRoute.post('/links/search', async (c) => {
  const { filters } = await c.req.json<{ filters: { ownerId: number; slug: string }[] }>();
  // One statement: the operators only build its WHERE clause, once per filter.
  const where = or(...filters.map((f) => and(eq(links.ownerId, f.ownerId), eq(links.slug, f.slug)))); // ok: operators from the db module build one query's WHERE clause
  return c.json(await db.select().from(links).where(where));
});

searchRoute.post('/links/by-slug', async (c) => {
  const { slugs } = await c.req.json<{ slugs: string[] }>();
  const found = [];
  for (const slug of slugs) {
    found.push(await db.select().from(links).where(eq(links.slug, slug))); // expect: perf-coach/no-n-plus-one
  }
  const owners = await db.select().from(links).where(inArray(links.slug, slugs)); // ok: one batched read
  return c.json({ found, owners });
});
