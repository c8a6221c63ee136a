import { Hono } from 'hono';
import { countViews, countViewsOf } from '../lib/analytics';

export const pages = new Hono();

pages.post('/pages/views', async (c) => {
  const { pageIds } = await c.req.json<{ pageIds: string[] }>();
  const counts = await Promise.all(pageIds.map((id) => countViews(id))); // expect: perf-coach/no-n-plus-one
  return c.json(counts);
});

pages.post('/pages/views-batched', async (c) => {
  const { pageIds } = await c.req.json<{ pageIds: string[] }>();
  return c.json(Object.fromEntries(await countViewsOf(pageIds))); // ok: one grouped query
});
