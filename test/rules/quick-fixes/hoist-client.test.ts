import { describe, expect, it } from 'vitest';
import { assertClean, assertParses, fixed, lint, run } from './helpers';

/** A pooled client class that counts how many were made and answers queries from a table. */
function pooledClient() {
  const made: unknown[][] = [];
  class Pool {
    constructor(...args: unknown[]) {
      made.push(args);
    }
    async query(sql: string, params: unknown[] = []) {
      return { rows: [{ sql, params }] };
    }
  }
  return { Pool, made };
}

/** Runs the route the snippet registers `times` times and returns the answers. */
async function callRoute(code: string, env: Record<string, unknown>, times: number): Promise<unknown[]> {
  let handler: ((req: unknown, res: unknown) => Promise<void>) | undefined;
  const app = { get: (_p: string, h: typeof handler) => (handler = h) };
  await run(code, { ...env, app });
  const answers: unknown[] = [];
  for (let i = 0; i < times; i++) {
    const res = { json: (v: unknown) => answers.push(v) };
    await handler!({ params: { id: String(i) } }, res);
  }
  return answers;
}

const code = `import { Pool } from 'pg';
const DB_OPTIONS = { max: 5 };
app.get('/orders/:id', async (req, res) => {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, ...DB_OPTIONS, application_name: \`api-\${process.env.NODE_ENV ?? 'dev'}\` });
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});`;

describe('prefer-connection-pool: create the client once at module level', () => {
  it('same answers, one client instead of one per request', async () => {
    const { output, desc } = fixed(code, 'prefer-connection-pool');
    expect(desc).toBe('Create `pool` once at module level and reuse it.');
    expect(output).toBe(`import { Pool } from 'pg';
const DB_OPTIONS = { max: 5 };
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ...DB_OPTIONS, application_name: \`api-\${process.env.NODE_ENV ?? 'dev'}\` });
app.get('/orders/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});`);
    assertParses(output);
    const process = { env: { DATABASE_URL: 'postgres://db/app', NODE_ENV: 'test' } };
    const before = pooledClient();
    const after = pooledClient();
    const expected = await callRoute(code, { Pool: before.Pool, process }, 3);
    expect(await callRoute(output, { Pool: after.Pool, process }, 3)).toEqual(expected);
    expect(before.made).toHaveLength(3);
    expect(after.made).toEqual([before.made[0]]);
    assertClean(output, 'prefer-connection-pool');
  });

  it('connect-query-close: the close goes with it, a try left with nothing else is unwrapped', async () => {
    const src = `import { PrismaClient } from '@prisma/client';
export default async function handler(req, res) {
  const prisma = new PrismaClient();
  try {
    const counts = await prisma.order.groupBy({ by: ['status'] });
    res.json(counts);
  } finally {
    await prisma.$disconnect();
  }
}`;
    const { output } = fixed(src, 'prefer-connection-pool', 'pages/api/stats.ts');
    expect(output).toBe(`import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export default async function handler(req, res) {
  const counts = await prisma.order.groupBy({ by: ['status'] });
  res.json(counts);
}`);
    assertParses(output);
    assertClean(output, 'prefer-connection-pool', 'pages/api/stats.ts');
    // Run both: same answers; one client, never closed, instead of one opened and closed per call.
    const fake = () => {
      const log = { made: 0, closed: 0 };
      class PrismaClient {
        constructor() {
          log.made++;
        }
        order = { groupBy: async () => [{ status: 'paid', n: 2 }] };
        async $disconnect() {
          log.closed++;
        }
      }
      return { PrismaClient, log };
    };
    const call = async (code: string, f: ReturnType<typeof fake>) => {
      const answers: unknown[] = [];
      const handler = (await run(`${code.replace('export default async function handler', 'async function handler')}\nreturn handler;`, { PrismaClient: f.PrismaClient })) as (req: unknown, res: unknown) => Promise<void>;
      for (let i = 0; i < 3; i++) await handler({}, { json: (v: unknown) => answers.push(v) });
      return answers;
    };
    const before = fake();
    const after = fake();
    expect(await call(output, after)).toEqual(await call(src, before));
    expect(before.log).toEqual({ made: 3, closed: 3 });
    expect(after.log).toEqual({ made: 1, closed: 0 });
  });

  it('a finally that does more keeps the rest; a catch keeps the try', () => {
    const src = `import Redis from 'ioredis';
app.get('/x', async (req, res) => {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
  try {
    res.json(await redis.incr('hits'));
  } catch (e) {
    res.status(500).end();
  } finally {
    redis.disconnect();
  }
});`;
    const { output } = fixed(src, 'prefer-connection-pool');
    expect(output).toBe(`import Redis from 'ioredis';
const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
app.get('/x', async (req, res) => {
  try {
    res.json(await redis.incr('hits'));
  } catch (e) {
    res.status(500).end();
  }
});`);
    assertParses(output);
    assertClean(output, 'prefer-connection-pool');
  });

  it('a decorated class: the client goes above the decorators', () => {
    const src = `import { Controller, Get } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Controller('users')
export class UsersController {
  @Get()
  async list() {
    const prisma = new PrismaClient();
    return prisma.user.findMany();
  }
}`;
    const { output } = fixed(src, 'prefer-connection-pool', 'src/users.controller.ts');
    expect(output).toContain("import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\n@Controller('users')");
    expect(output).toContain('  async list() {\n    return prisma.user.findMany();');
    assertParses(output, 'src/users.controller.ts');
    assertClean(output, 'prefer-connection-pool', 'src/users.controller.ts');
  });

  const none = (name: string, src: string) =>
    it(name, () => {
      const found = lint(src, 'prefer-connection-pool');
      expect(found.length).toBeGreaterThan(0);
      expect(found.flatMap((m) => m.suggestions ?? [])).toEqual([]);
    });
  const route = (body: string, head = '') => `import { Pool } from 'pg';\n${head}app.get('/x', async (req, res) => {\n${body}\n});`;
  it('options from the request: a database the request names, not a finding at all (so no fix)', () => {
    expect(lint(route("  const pool = new Pool({ connectionString: req.query.db });\n  res.json((await pool.query('SELECT 1')).rows);"), 'prefer-connection-pool')).toEqual([]);
  });
  none('the function connects it (a shared client would be connected twice)', route("  const pool = new Pool();\n  await pool.connect();\n  res.json((await pool.query('SELECT 1')).rows);"));
  none('a close that is not a statement of its own', route("  const pool = new Pool();\n  res.json((await pool.query('SELECT 1')).rows);\n  return pool.end().then(() => 1);"));
  none('the client is handed on', route('  const pool = new Pool();\n  res.json(await listOrders(pool));'));
  none('a module constant declared below the function', route("  const pool = new Pool(OPTIONS);\n  res.json((await pool.query('SELECT 1')).rows);") + '\nconst OPTIONS = { max: 2 };');
  none('a module variable that may change', route("  const pool = new Pool(options);\n  res.json((await pool.query('SELECT 1')).rows);", 'let options = { max: 2 };\n'));
  none('the name is taken at module level', route("  const pool = new Pool();\n  res.json((await pool.query('SELECT 1')).rows);", 'const pool = null;\n'));
  none('a let binding (it may be reassigned)', route("  let pool = new Pool();\n  res.json((await pool.query('SELECT 1')).rows);"));
  none('pg Client: one connection shared by every request would queue them', `import pg from 'pg';\napp.get('/x', async (req, res) => {\n  const client = new pg.Client();\n  await client.connect();\n  res.json((await client.query('SELECT 1')).rows);\n});`);
  none('node-redis: connected per call', `import { createClient } from 'redis';\napp.get('/x', async (req, res) => {\n  const client = createClient();\n  await client.connect();\n  res.json(await client.get('k'));\n});`);
  none('one client per tenant in a loop', `import knex from 'knex';\nexport async function countUsers(tenants) {\n  const counts = [];\n  for (const t of tenants) {\n    const db = knex({ client: 'pg', connection: 'postgres://x' });\n    counts.push(await db('users').count());\n  }\n  return counts;\n}`);
});
