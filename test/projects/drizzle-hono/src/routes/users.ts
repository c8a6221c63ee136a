import { Hono } from 'hono';
import { userRepo } from '~/repositories';

export const usersRoute = new Hono();

usersRoute.post('/users/lookup', async (c) => {
  const { ids } = await c.req.json<{ ids: number[] }>();
  const rows = await Promise.all(ids.map((id) => userRepo.findById(id))); // expect: perf-coach/no-n-plus-one
  return c.json(rows);
});

usersRoute.post('/users/handles', async (c) => {
  const { users } = await c.req.json<{ users: Array<{ handle: string }> }>();
  return c.json(users.map((u) => userRepo.displayHandle(u))); // ok: formatter reached through the same namespace
});
