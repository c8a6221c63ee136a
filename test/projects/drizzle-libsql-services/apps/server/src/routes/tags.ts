import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { syncTags } from '@acme/services';

const putRoute = createRoute({
  method: 'put',
  path: '/tags',
  request: { body: { content: { 'application/json': { schema: z.object({ tags: z.array(z.object({ id: z.number().optional(), name: z.string(), color: z.string() })) }) } } } },
  responses: { 200: { description: 'synced' } },
});

export function registerPutTags(api: OpenAPIHono) {
  api.openapi(putRoute, async (c) => {
    const { tags } = c.req.valid('json');
    await syncTags({ ctx: { workspaceId: Number(c.req.header('x-workspace')) }, tags });
    return c.json({ ok: true });
  });
}
