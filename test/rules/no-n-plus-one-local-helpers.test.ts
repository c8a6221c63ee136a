import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * A module's own iteration helpers (`processInSubBatches(items, handler)` slicing the list and running
 * `batch.map(handler)`): a call of one runs its callback once per item, like `items.map(fn)`. Also
 * PlanetScale's serverless driver, whose `conn.execute(sql, args)` is one HTTP request per statement.
 */
const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (local iteration helpers)', rule, {
  valid: [
    {
      name: 'a helper that calls its callback once (a lock around one unit of work), or until it succeeds (a retry): no repetition per item',
      filename: 'app/api/links/route.ts',
      code: ts`
        import { connect } from '@planetscale/database';
        const conn = connect({ url: process.env.DATABASE_URL });
        async function withLock<T>(key: string, fn: () => Promise<T>) {
          const started = Date.now();
          try {
            return await fn();
          } finally {
            console.info(key, Date.now() - started);
          }
        }
        async function retry<T>(times: number, fn: () => Promise<T>) {
          for (let i = 0; i < times; i++) {
            try {
              return await fn();
            } catch {
              await new Promise((r) => setTimeout(r, 100 * i));
            }
          }
          throw new Error('gave up');
        }
        export async function POST(req: Request) {
          const ids: string[] = await req.json();
          await withLock('links', async () => conn.execute('UPDATE Link SET archived = 1 WHERE id IN (?)', [ids]));
          await retry(3, async () => conn.execute('DELETE FROM LinkTag WHERE linkId IN (?)', [ids]));
          return new Response('ok');
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a CommonJS module calling its own export through `exports.getHistory(…)` per collaborator',
      filename: 'lib/realtime/history.js',
      code: ts`
        const { Pool } = require('pg');
        const pool = new Pool();
        function getHistory(userId) {
          return pool.query('SELECT history FROM users WHERE id = $1', [userId]);
        }
        function updateAll(note) {
          Object.keys(note.users).forEach(function (userId) {
            exports.getHistory(userId);
          });
          for (const userId of Object.keys(note.editors)) module.exports.getHistory(userId);
        }
        exports.getHistory = getHistory;
        exports.updateAll = updateAll;
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 8 }, { messageId: 'perItemViaHelper', line: 10 }],
    },
    {
      name: 'a module helper that slices the list and maps the handler over each slice: one statement per item of the list',
      filename: 'app/api/cron/clicks/route.ts',
      code: ts`
        import { connect } from '@planetscale/database';
        const conn = connect({ url: process.env.DATABASE_URL });
        const SUB_BATCH_SIZE = 50;
        const processInSubBatches = async <T>(items: T[], handler: (item: T) => Promise<void>) => {
          for (let i = 0; i < items.length; i += SUB_BATCH_SIZE) {
            await Promise.allSettled(items.slice(i, i + SUB_BATCH_SIZE).map(handler));
          }
        };
        export async function GET(req: Request) {
          const updates: Array<{ linkId: string; clicks: number }> = await req.json();
          await processInSubBatches(updates, async (update) => {
            await conn.execute('UPDATE Link SET clicks = clicks + ? WHERE id = ?', [update.clicks, update.linkId]);
          });
          return new Response('ok');
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'a declared helper that awaits its callback in a loop over the list: the same',
      filename: 'src/jobs/sync.ts',
      code: ts`
        import { connect } from '@planetscale/database';
        const conn = connect({ url: process.env.DATABASE_URL });
        export async function syncTags(tags: Array<{ id: string; name: string }>) {
          await forEachInTurn(tags, async (tag) => {
            await conn.execute('UPDATE Tag SET name = ? WHERE id = ?', [tag.name, tag.id]);
          });
        }
        async function forEachInTurn<T>(list: T[], fn: (item: T) => Promise<void>) {
          for (const item of list) await fn(item);
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: "a function one of the module's factories makes (`getStreamFactory(deps)(id)`, `const getStream = getStreamFactory({ db })`), itself reading through another factory's function: a query per item",
      filename: 'src/repositories/streams.ts',
      code: ts`
        import knex, { type Knex } from 'knex';
        const db = knex({ client: 'pg' });
        const getStreamsFactory = (deps: { db: Knex }) => async (ids: string[]) => deps.db('streams').whereIn('id', ids);
        const getStreamFactory = (deps: { db: Knex }) => {
          return async (id: string) => (await getStreamsFactory(deps)([id]))[0];
        };
        export async function streamsOf(req: { body: { ids: string[] } }) {
          for (const id of req.body.ids) await getStreamFactory({ db })(id);
          const getStream = getStreamFactory({ db });
          return Promise.all(req.body.ids.map((id) => getStream(id)));
        }
      `,
      errors: [{ messageId: 'perItemViaHelper' }, { messageId: 'perItemViaHelper' }],
    },
  ],
});
