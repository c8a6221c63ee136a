import { OpenAPIHono } from '@hono/zod-openapi';
import { registerPostNotification } from '@/routes/notifications/post';
import { registerPutTags } from '@/routes/tags';

const api = new OpenAPIHono();
registerPostNotification(api);
registerPutTags(api);

export default api;
