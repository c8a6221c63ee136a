import Fastify from 'fastify';
import catalogRoutes from './routes/catalog.js';
import { loadTemplates } from './lib/templates.js';

const templates = loadTemplates(new URL('../templates', import.meta.url).pathname);

const app = Fastify({ logger: true });
app.decorate('templates', templates);
app.register(catalogRoutes);
await app.listen({ port: 3000 });
