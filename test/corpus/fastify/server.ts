// trap: perf-coach/no-blocking-io — certificate files are read while the server is being built, before it listens
// trap: perf-coach/no-sync-logging — console output from the start-up function; pino writes through an asynchronous destination
// trap: perf-coach/no-sequential-await — plugins must be registered in order
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import pino from 'pino';
import knexPlugin from './plugins/db';
import ticketsRoutes from './routes/tickets';
import catalogRoutes from './routes/catalog';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination({ dest: 1, sync: false }));

async function buildServer() {
  const app = Fastify({
    loggerInstance: logger,
    ...(process.env.TLS === '1'
      ? { https: { key: readFileSync('certs/key.pem'), cert: readFileSync('certs/cert.pem') } }
      : {}),
  });
  await app.register(knexPlugin, { client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 10 } });
  await app.register(ticketsRoutes, { prefix: '/api' });
  await app.register(catalogRoutes, { prefix: '/api' });
  return app;
}

async function start() {
  const app = await buildServer();
  try {
    const address = await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
    console.log(`server listening at ${address}`);
  } catch (err) {
    app.log.error(err);
    process.exit(1);
  }
}

start();
