import Fastify from 'fastify';
import redis from '@fastify/redis';
import { adminRoutes } from './routes/admin.js';

const fastify = Fastify({ logger: true });
await fastify.register(redis, { url: process.env.REDIS_URL });
await fastify.register(adminRoutes);
await fastify.listen({ port: 3000 });
