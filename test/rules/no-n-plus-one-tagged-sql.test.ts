import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * SQL sent as a tagged template: postgres.js and Neon (`sql\`select …\`` on the function their
 * factory returns), `@vercel/postgres`'s exported `sql`, Prisma's `$queryRaw\`…\`` and Kysely's
 * `sql\`…\`.execute(db)`. A template written into another template, or `sql(ids)` called as a plain
 * function, is a fragment of one statement and sends nothing.
 */
const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (tagged SQL templates)', rule, {
  valid: [
    {
      name: 'postgres.js: fragments per item written into one template, and sql(ids) as a value, are one statement',
      filename: 'src/routes/orders.ts',
      code: ts`
        import postgres from 'postgres';
        const sql = postgres(process.env.DATABASE_URL!);
        export async function listOrders(req: { query: { ids: string[]; status?: string; tags: string[] } }) {
          const { ids, status, tags } = req.query;
          return sql\`
            select * from orders
            where id in \${sql(ids)}
            \${status ? sql\`and status = \${status}\` : sql\`\`}
            and (\${tags.map((t, i) => (i ? sql\`or \${t} = any(tags)\` : sql\`\${t} = any(tags)\`))})
          \`;
        }
      `,
    },
    {
      name: 'postgres.js: one insert of many rows written with sql(rows), and the rows of one query looped in memory',
      filename: 'src/routes/import.ts',
      code: ts`
        import postgres from 'postgres';
        const sql = postgres();
        export async function importUsers(req: { body: Array<{ name: string; age: number }> }) {
          const rows = req.body.map((u) => ({ name: u.name.trim(), age: u.age }));
          await sql\`insert into users \${sql(rows, 'name', 'age')}\`;
          const saved = await sql\`select id, name from users where name in \${sql(rows.map((r) => r.name))}\`;
          for (const s of saved) console.info(s.id);
        }
      `,
    },
    {
      name: 'other tags in a loop (GraphQL documents, HTML, String.raw, drizzle\'s sql builder kept for later) send nothing',
      filename: 'src/routes/render.ts',
      code: ts`
        import { sql } from 'drizzle-orm';
        import gql from 'graphql-tag';
        const html = (s: TemplateStringsArray, ...v: unknown[]) => s.join('') + v.join('');
        export function render(req: { body: { items: Array<{ id: string; title: string }> } }) {
          const parts: string[] = [];
          const filters = [];
          for (const item of req.body.items) {
            parts.push(html\`<li>\${item.title}</li>\`, String.raw\`\\\${item.id}\`);
            filters.push(sql\`\${item.id}\`);
            gql\`query { item(id: "\${item.id}") { id } }\`;
          }
          return { parts, filters };
        }
      `,
    },
    {
      name: 'postgres.js: a filter folded from fragments with reduce, and the empty sql`` fragment, make one statement',
      filename: 'src/utils/checks.ts',
      code: ts`
        import postgres from 'postgres';
        const sql = postgres();
        const and = (parts: any[]) => parts.reduce((acc, part) => sql\`\${acc} AND \${part}\`);
        const or = (parts: any[]) =>
          parts.reduce((acc, part) => {
            return sql\`(\${acc} OR \${part})\`;
          });
        type Check = { id: string; value: string } | ['AND' | 'OR', ...Check[]];
        export function toSql(check: Check): any {
          if (Array.isArray(check)) {
            const [op, ...items] = check;
            return op === 'AND' ? and(items.map(toSql)) : or(items.map(toSql));
          }
          if (!check.value) return sql\`\`;
          return sql\`\${sql(check.id)} = \${check.value}\`;
        }
        export async function matching(req: { body: Check }) {
          return sql\`select id from runs where \${toSql(req.body)}\`;
        }
      `,
    },
    {
      name: 'Prisma: fragments built per item with Prisma.sql and joined into one $queryRaw',
      filename: 'src/routes/search.ts',
      code: ts`
        import { Prisma, PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function search(req: { body: { terms: string[] } }) {
          const clauses = req.body.terms.map((t) => Prisma.sql\`title ilike \${'%' + t + '%'}\`);
          return prisma.$queryRaw\`select id from posts where \${Prisma.join(clauses, ' or ')}\`;
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'postgres.js: one tagged query per item of a loop',
      filename: 'src/routes/orders.ts',
      code: ts`
        import postgres from 'postgres';
        const sql = postgres(process.env.DATABASE_URL!);
        export async function totals(req: { body: { ids: string[] } }) {
          const out = [];
          for (const id of req.body.ids) {
            const [row] = await sql\`select sum(amount) as total from payments where order_id = \${id}\`;
            out.push(row.total);
          }
          return out;
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'postgres.js: a reduce that chains one sent statement per item is still one query per item',
      filename: 'src/jobs/archive.ts',
      code: ts`
        import postgres from 'postgres';
        const sql = postgres();
        export async function archive(ids: string[]) {
          await ids.reduce((done, id) => done.then(() => sql\`update runs set archived = true where id = \${id}\`), Promise.resolve());
          return ids.reduce(async (acc, id) => {
            const rows = await acc;
            return [...rows, ...(await sql\`select * from runs where parent = \${id}\`)];
          }, Promise.resolve([] as unknown[]));
        }
      `,
      errors: [{ messageId: 'perItem', line: 4 }, { messageId: 'perItem', line: 7 }],
    },
    {
      name: 'postgres.js: the sql a transaction hands its callback, in a loop: one statement per item, each on the transaction\'s connection',
      filename: 'src/routes/cart.ts',
      code: ts`
        import postgres from 'postgres';
        const sql = postgres();
        export async function saveCart(req: { body: { items: Array<{ sku: string; qty: number }> } }) {
          await sql.begin(async (tx) => {
            for (const item of req.body.items) {
              await tx\`update stock set qty = qty - \${item.qty} where sku = \${item.sku}\`;
            }
          });
        }
      `,
      errors: [{ messageId: 'perItemInTransaction' }],
    },
    {
      name: 'Neon\'s HTTP driver: a query per item mapped into Promise.all',
      filename: 'app/api/users/route.ts',
      code: ts`
        import { neon } from '@neondatabase/serverless';
        const sql = neon(process.env.DATABASE_URL!);
        export async function POST(req: Request) {
          const ids: string[] = await req.json();
          const users = await Promise.all(ids.map((id) => sql\`select * from users where id = \${id}\`));
          return Response.json(users);
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: '@vercel/postgres: the exported sql in a loop',
      filename: 'app/api/tags/route.ts',
      code: ts`
        import { sql } from '@vercel/postgres';
        export async function POST(req: Request) {
          const tags: string[] = await req.json();
          for (const tag of tags) {
            await sql\`insert into tags (name) values (\${tag}) on conflict do nothing\`;
          }
          return new Response('ok');
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'Prisma: a raw tagged query per item',
      filename: 'src/routes/similar.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function similar(req: { body: { programIds: string[] } }) {
          const scores = [];
          for (const programId of req.body.programIds) {
            scores.push(await prisma.$queryRaw<Array<{ score: number }>>\`select count(*) as score from Partner where programId = \${programId}\`);
          }
          return scores;
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'Kysely: a raw template executed per item',
      filename: 'src/sessions/trim.ts',
      code: ts`
        import { Kysely, sql } from 'kysely';
        export class SessionRepo {
          constructor(private readonly db: Kysely<any>) {}
          async trim(userIds: string[]) {
            for (const userId of userIds) {
              await sql\`delete from sessions where user_id = \${userId} and id not in (select id from sessions where user_id = \${userId} order by created_at desc limit 10)\`.execute(this.db);
            }
          }
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
  ],
});
