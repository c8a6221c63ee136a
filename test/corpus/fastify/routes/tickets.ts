import type { FastifyPluginAsync } from 'fastify';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

interface TicketRow {
  id: number;
  title: string;
  status: string;
  assignee_id: number | null;
}

const ticketsRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.get<{ Querystring: { status?: string } }>('/tickets', async (request) => {
    const { rows: tickets } = await pool.query<TicketRow>(
      'SELECT id, title, status, assignee_id FROM tickets WHERE status = $1 ORDER BY updated_at DESC LIMIT 100',
      [request.query.status ?? 'open'],
    );
    return Promise.all(
      tickets.map(async (ticket) => {
        const { rows } = await pool.query('SELECT id, display_name, avatar_url FROM users WHERE id = $1', [ticket.assignee_id]); // expect: perf-coach/no-n-plus-one
        return { ...ticket, assignee: rows[0] ?? null };
      }),
    );
  });

  fastify.get<{ Params: { id: string } }>('/tickets/:id', async (request, reply) => {
    const { rows } = await pool.query(
      `SELECT t.*, u.display_name AS assignee_name
         FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id
        WHERE t.id = $1`,
      [request.params.id],
    );
    if (!rows.length) return reply.code(404).send({ error: 'not found' });
    return rows[0];
  });
};

export default ticketsRoutes;
