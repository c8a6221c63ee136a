import type { FastifyInstance } from 'fastify';
import { refreshRoleSessions } from '../lib/sessions.js';

export async function adminRoutes(fastify: FastifyInstance) {
  fastify.post<{ Params: { roleId: string } }>('/roles/:roleId/refresh', async (request) => {
    await refreshRoleSessions({ fastify, userId: 'admin' }, request.params.roleId);
    return { ok: true };
  });
}
