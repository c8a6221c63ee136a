import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';

const UPLOAD_ROOT = process.env.UPLOAD_ROOT ?? '/var/lib/app/uploads';

export default async function filesRoutes(app: FastifyInstance) {
  app.get<{ Params: { folder: string } }>('/folders/:folder', async (request, reply) => {
    const dir = path.join(UPLOAD_ROOT, path.basename(request.params.folder));
    if (!fs.existsSync(dir)) { // expect: perf-coach/no-blocking-io
      return reply.code(404).send({ error: 'folder not found' });
    }
    const names = fs.readdirSync(dir); // expect: perf-coach/no-blocking-io
    const entries = names.map((name) => {
      const stat = fs.statSync(path.join(dir, name)); // expect: perf-coach/no-blocking-io
      return { name, size: stat.size, modified: stat.mtime.toISOString(), directory: stat.isDirectory() };
    });
    return { folder: request.params.folder, entries };
  });
}
