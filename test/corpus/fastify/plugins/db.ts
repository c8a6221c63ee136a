// trap: perf-coach/prefer-connection-pool — a Fastify plugin body runs once at registration; the knex pool lives as long as the server
import fp from 'fastify-plugin';
import knex, { type Knex } from 'knex';

declare module 'fastify' {
  interface FastifyInstance {
    knex: Knex;
  }
}

export default fp<Knex.Config>(
  async (fastify, options) => {
    const db = knex(options);
    await db.raw('select 1');
    fastify.decorate('knex', db);
    fastify.addHook('onClose', async () => {
      await db.destroy();
    });
  },
  { name: 'knex' },
);
