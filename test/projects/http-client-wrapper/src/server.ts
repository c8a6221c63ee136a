import Fastify from 'fastify';
import catalogRoutes from './routes/catalog.js';

const app = Fastify({ logger: true });
app.register(catalogRoutes);
await app.listen({ port: 3000 });
