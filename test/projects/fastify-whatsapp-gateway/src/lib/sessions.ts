import type { FastifyInstance } from 'fastify';

export interface Context {
  fastify: FastifyInstance;
  userId: string;
}

/** After a role changed: every session of that role reads its user again. */
export async function refreshRoleSessions(ctx: Context, roleId: string) {
  const sessionIds = await ctx.fastify.redis.smembers(`role:${roleId}:sessions`);
  for (const sessionId of sessionIds) {
    const userId = await ctx.fastify.redis.hget('session:user', sessionId); // expect: perf-coach/no-n-plus-one
    if (userId) await ctx.fastify.redis.expire(`session:${sessionId}`, 3600); // expect: perf-coach/no-n-plus-one
  }
}

export async function sessionOwners(ctx: Context, sessionIds: string[]) {
  return ctx.fastify.redis.hmget('session:user', ...sessionIds); // ok: one command for every session
}
