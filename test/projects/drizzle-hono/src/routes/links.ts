import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { db } from '~/db';
import { links, users } from '~/db/schema';
import { clickCount, getLink } from '~/repositories';
import * as userRepo from '~/repositories/user-repo';
import { createUserLoader } from '~/lib/loaders';

export const linksRoute = new Hono();

linksRoute.get('/links/recent', async (c) => {
  const recent = await db.select().from(links).orderBy(links.createdAt).limit(50);
  const out = [];
  for (const link of recent) {
    const [owner] = await db.select().from(users).where(eq(users.id, link.ownerId)); // expect: perf-coach/no-n-plus-one
    out.push({ ...link, owner });
  }
  return c.json(out);
});

linksRoute.post('/links/resolve', async (c) => {
  const { ids } = await c.req.json<{ ids: number[] }>();
  const found = await Promise.all(ids.map((id) => getLink(id))); // expect: perf-coach/no-n-plus-one
  return c.json(found);
});

linksRoute.get('/links/stats', async (c) => {
  const recent = await db.select().from(links).limit(100);
  const stats = await Promise.all(recent.map(async (l) => ({ id: l.id, clicks: await clickCount(l.id) }))); // expect: perf-coach/no-n-plus-one
  return c.json(stats);
});

linksRoute.get('/links/owners', async (c) => {
  const recent = await db.select().from(links).limit(100);
  const owners = [];
  for (const l of recent) {
    owners.push(await userRepo.findById(l.ownerId)); // expect: perf-coach/no-n-plus-one
  }
  return c.json(owners.map((u) => userRepo.displayHandle(u))); // ok: helper that only formats
});

linksRoute.get('/links/owners-batched', async (c) => {
  const recent = await db.select().from(links).limit(100);
  const owners = await userRepo.findByIds(recent.map((l) => l.ownerId)); // ok: one inArray query
  return c.json(owners);
});

linksRoute.get('/links/owners-loader', async (c) => {
  const recent = await db.select().from(links).limit(100);
  const loader = createUserLoader();
  const owners = await Promise.all(recent.map((l) => loader.load(l.ownerId))); // ok: DataLoader batches these into one query
  return c.json(owners);
});
