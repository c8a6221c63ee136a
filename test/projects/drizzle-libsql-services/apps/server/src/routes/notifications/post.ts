import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { db } from '@acme/db';
import { notificationToMonitor } from '@acme/db/src/schema';

const postRoute = createRoute({
  method: 'post',
  path: '/notifications/{id}/monitors',
  request: { body: { content: { 'application/json': { schema: z.object({ monitors: z.array(z.number()) }) } } } },
  responses: { 200: { description: 'linked' } },
});

const bulkRoute = createRoute({
  method: 'post',
  path: '/notifications/{id}/monitors/bulk',
  request: { body: { content: { 'application/json': { schema: z.object({ monitors: z.array(z.number()) }) } } } },
  responses: { 200: { description: 'linked' } },
});

// Registered once at start-up; the handlers run on every request.
export function registerPostNotification(api: OpenAPIHono) {
  api.openapi(postRoute, async (c) => {
    const notificationId = Number(c.req.param('id'));
    const { monitors } = c.req.valid('json');
    for (const monitorId of monitors) {
      await db.insert(notificationToMonitor).values({ notificationId, monitorId }).run(); // expect: perf-coach/no-n-plus-one
    }
    return c.json({ linked: monitors.length });
  });

  api.openapi(bulkRoute, async (c) => {
    const notificationId = Number(c.req.param('id'));
    const { monitors } = c.req.valid('json');
    await db.insert(notificationToMonitor).values(monitors.map((monitorId) => ({ notificationId, monitorId }))).run(); // ok: one multi-row insert
    return c.json({ linked: monitors.length });
  });
}
