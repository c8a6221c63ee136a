import type { Request, ResponseToolkit, ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 15 });

export const accountRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/accounts/{id}/overview',
    handler: async (request: Request) => {
      const accountId = request.params.id;
      const { rows: [account] } = await pool.query('SELECT id, name, plan_id, created_at FROM accounts WHERE id = $1', [accountId]);
      const { rows: plans } = await pool.query('SELECT id, name, monthly_cents FROM plans WHERE active ORDER BY monthly_cents'); // expect: perf-coach/no-sequential-await
      if (!account) throw Boom.notFound('account not found');
      return { account, plans };
    },
  },
  {
    method: 'POST',
    path: '/accounts/{id}/members/deactivate',
    handler: async (request: Request, h: ResponseToolkit) => {
      const { memberIds } = request.payload as { memberIds: string[] };
      for (const memberId of memberIds) {
        await pool.query('UPDATE members SET active = false WHERE id = $1 AND account_id = $2', [memberId, request.params.id]); // expect: perf-coach/no-n-plus-one
      }
      return h.response().code(204);
    },
  },
];
