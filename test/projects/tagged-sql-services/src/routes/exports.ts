import { Hono } from 'hono';
import sql from '../lib/db';
import { exportRuns } from '../queries/exports';

export const exportsRoute = new Hono();

// The client is handed down: the route gives `sql` to the exporter, which gives it to a helper.
exportsRoute.get('/runs/export', async (c) => {
  const ids = c.req.queries('id') ?? [];
  return c.json(await exportRuns({ sql, ids }));
});
