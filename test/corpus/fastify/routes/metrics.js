'use strict';

const MAX_POINTS = 5000;

module.exports = async function metricsRoutes(fastify) {
  const buffer = [];

  fastify.post('/metrics/batch', async (request, reply) => {
    const points = Array.isArray(request.body.points) ? request.body.points.slice(0, MAX_POINTS) : [];
    console.info(`received ${points.length} points from ${request.ip}`); // expect: perf-coach/no-sync-logging
    let rejected = 0;
    for (const point of points) {
      if (typeof point.name !== 'string' || !Number.isFinite(point.value)) {
        console.log('rejecting point', point); // expect: perf-coach/no-sync-logging
        rejected++;
        continue;
      }
      buffer.push({ name: point.name, value: point.value, ts: point.ts ?? Date.now() });
    }
    reply.code(202);
    return { accepted: points.length - rejected, rejected };
  });

  fastify.get('/metrics/buffer', async () => ({ size: buffer.length }));
};
