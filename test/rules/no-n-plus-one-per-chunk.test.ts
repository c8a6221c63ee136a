// Calls that repeat once per chunk of items, or once per item of a short list written out in the
// code, are not N+1: the loop already batches, or cannot grow with the data.
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (per chunk, written-out lists)', rule, {
  valid: [
    {
      name: "a stream cut into arrays (highland's batch(1000)): one update per batch, for the whole batch",
      filename: 'worker/src/handlers/statement/batcher.js',
      code: ts`
        import highland from 'highland';
        import map from 'lodash/map';
        import mongoose from 'mongoose';
        const Statement = mongoose.model('Statement', new mongoose.Schema({ done: Boolean }));
        export default (query, batchSize, handleJob) => {
          const stream = highland(Statement.find(query).batchSize(batchSize).cursor());
          return stream.batch(Number(batchSize)).flatMap((statements) => {
            const updateIDs = map(statements, (statement) => statement._id);
            const done = handleJob(statements).then(() => Statement.updateMany({ _id: { $in: updateIDs } }, { $set: { done: true } }).exec());
            return highland(done);
          });
        };
      `,
    },
    {
      name: 'a loop over chunks of a list (a heartbeat per chunk, a lookup per chunk): each turn handles many items',
      filename: 'src/jobs/backfill.ts',
      code: ts`
        import { prisma } from '../db';
        import { redis } from '../redis';
        export async function backfill() {
          const rows = await prisma.item.findMany();
          const chunks = chunk(rows, 500);
          for (let i = 0; i < chunks.length; i++) {
            await redis.set('backfill:heartbeat', Date.now());
          }
          const projectChunks = chunk(rows.map((r) => r.projectId), 100);
          await Promise.all(projectChunks.map(async (projectChunk) => redis.get('lock:' + projectChunk[0])));
        }
      `,
    },
    {
      name: 'pages of a paginated read (`for await (const projectsPage of queryAllProjects(…))`, `executeBatchedSelect(query)`): one call per page',
      filename: 'src/workspaces/regions.ts',
      code: ts`
        import knex from 'knex';
        const sourceDb = knex({ client: 'pg' });
        const targetDb = knex({ client: 'pg' });
        declare function executeBatchedSelect<T>(query: PromiseLike<T[]>): AsyncIterable<T[]>;
        declare function queryAllProjects(args: { workspaceId: string }): AsyncIterable<Array<{ id: string }>>;
        export async function moveWorkspace(workspaceId: string) {
          for await (const projectsPage of queryAllProjects({ workspaceId })) {
            await sourceDb('stream_acl').whereIn('resourceId', projectsPage.map((p) => p.id)).count();
          }
          for await (const projects of executeBatchedSelect(sourceDb('streams').where({ workspaceId }))) {
            await targetDb('streams').insert(projects).onConflict('id').merge();
          }
        }
      `,
    },
    {
      name: 'slices an export generator hands out (`for await (const rows of walkSlices(…))`): one lookup per slice',
      filename: 'src/server/services/export.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const db = new PrismaClient();
        declare function walkSlices(accountId: number): AsyncIterable<Array<{ userId: number }>>;
        export async function* exportCsv(accountId: number) {
          for await (const rows of walkSlices(accountId)) {
            const users = await db.user.findMany({ where: { id: { in: rows.map((r) => r.userId) } } });
            yield users.map((u) => u.username).join(',');
          }
        }
      `,
    },
    {
      name: 'one call per database client (`allDbs.map((db) => db(…).update(…))`, `Object.values(allDbs).map(({ client: db }) => …)`, `for (const regionDb of allDbs)`): each goes to another server',
      filename: 'src/users/update.ts',
      code: ts`
        import knex, { type Knex } from 'knex';
        declare function getAllDbs(): Promise<Knex[]>;
        declare function getAllRegisteredDbClients(): Promise<Record<string, { client: Knex }>>;
        export async function renameUser(id: string, name: string) {
          const allDbs: Knex[] = await getAllDbs();
          await Promise.all(allDbs.map((db) => db('users').where({ id }).update({ name })));
          const registered = await getAllRegisteredDbClients();
          const counts = await Promise.all(Object.values(registered).map(async ({ client: db }) => db('branches').count()));
          for (const regionDb of allDbs) await regionDb('audit').insert({ userId: id });
          return counts;
        }
      `,
    },
    {
      name: 'one call per configured database, handed how to reach it (`[dbId, dbConfig]` of externalDatabases, `{ connection_string }` of connection_strings)',
      filename: 'src/lib/external-db-sync.ts',
      code: ts`
        import { Client } from 'pg';
        import { PrismaClient } from '@prisma/client';
        async function syncDatabase(dbId: string, dbConfig: { connectionString: string }) {
          const client = new Client({ connectionString: dbConfig.connectionString });
          await client.connect();
          await client.query('select 1');
        }
        async function migrateBranch(url: string) {
          const prisma = new PrismaClient({ datasourceUrl: url });
          await prisma.$queryRaw\`select 1\`;
        }
        export async function syncAll(externalDatabases: Record<string, { connectionString: string }>, body: { connection_strings: Array<{ branch_id: string; connection_string: string }> }) {
          for (const [dbId, dbConfig] of Object.entries(externalDatabases)) await syncDatabase(dbId, dbConfig);
          await Promise.all(Object.entries(
            externalDatabases as Config["dbSync"]["externalDatabases"],
          ).map(([dbId, dbConfig]) => syncDatabase(dbId, dbConfig)));
          await Promise.all(body.connection_strings.map(({ connection_string }) => migrateBranch(connection_string)));
        }
      `,
    },
    {
      name: 'a buffer flushed every so many items (count % 1000, buffer.length >= BATCH_SIZE): batched on purpose',
      filename: 'src/jobs/export.ts',
      code: ts`
        import { prisma } from '../db';
        const BATCH_SIZE = 500;
        async function flushBatch(client: MixpanelClient) {
          await fetch('https://api.mixpanel.com/import', { method: 'POST', body: JSON.stringify(client.drain()) });
        }
        export async function exportAll(client: MixpanelClient) {
          const events = await prisma.event.findMany();
          let count = 0;
          for (const event of events) {
            count++;
            client.addEvent(event);
            if (count % 1000 === 0) await flushBatch(client);
          }
          const pending = [];
          for (const event of events) {
            pending.push(event);
            if (pending.length >= BATCH_SIZE) await flushBatch(client);
          }
        }
      `,
    },
    {
      name: 'a written-out list of three, filtered then mapped: at most three calls',
      filename: 'src/models/prices.ts',
      code: ts`
        import { prisma } from '../db';
        export async function createPrices(req: Request, input: PriceInput) {
          const model = await prisma.model.findFirst({ where: { id: input.modelId } });
          const prices = [
            { usageType: 'input', price: input.inputPrice },
            { usageType: 'output', price: input.outputPrice },
            { usageType: 'total', price: input.totalPrice },
          ];
          await Promise.all(prices.filter(({ price }) => price != null).map(({ usageType, price }) => prisma.price.create({ data: { modelId: model.id, usageType, price } })));
        }
      `,
    },
    {
      name: "pages of keys from ioredis's scanStream, each read with one MGET: one command per page",
      filename: 'src/sessions/cleanup.ts',
      code: ts`
        import Redis from 'ioredis';
        const redisClient = new Redis();
        export async function expiredSessions() {
          const stream = redisClient.scanStream({ match: 'sess:*', count: 1000 });
          const out = [];
          for await (const keys of stream) out.push(...(await redisClient.mget(keys)));
          return out;
        }
      `,
    },
    {
      name: 'a cache written a slice at a time (entries.slice(i, i + 500) in a loop that steps by 500, or by a named CHUNK_SIZE): bounded on purpose',
      filename: 'src/cache/warm.ts',
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function warm(req: Request) {
          const entries = await loadEntries(req.params.projectId);
          for (let index = 0; index < entries.length; index += 500) {
            await Promise.all(entries.slice(index, index + 500).map((e) => redis.setex(e.key, 3600, e.value)));
          }
          for (let index = 0; index < entries.length; index += CHUNK_SIZE) {
            await Promise.all(entries.slice(index, index + CHUNK_SIZE).map((e) => redis.expire(e.key, 60)));
          }
        }
      `,
    },
    {
      name: "a loop over the app's job queues, the queue names a client sent to an admin endpoint, or a queue's shards: configuration, not data",
      filename: 'src/admin/queues.ts',
      code: ts`
        import { Queue } from 'bullmq';
        function queueOf(name: string): Queue | null {
          return registry.get(name) ?? null;
        }
        export async function overview(req: Request) {
          const queues = await listQueueNames();
          const counts = await Promise.all(queues.map((queue) => queueOf(queue).getJobCounts()));
          for (const queueName of req.body.queueNames) await queueOf(queueName).getJobCounts();
          const shardNames = await listShards();
          await Promise.all(shardNames.map((shard) => queueOf(shard).getJobCounts()));
          return counts;
        }
      `,
    },
    {
      name: 'keys of an object written out in the function, and two values filtered through a name: the code fixes how many',
      filename: 'src/models/fields.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function reorder(entity: Record<string, number | null>, listId: string, body: { id?: string; email?: string }) {
          const orderFields = { order_list: 'orderListBefore', order_subscribe: 'orderSubscribeBefore', order_manage: 'orderManageBefore', order_export: 'orderExportBefore' };
          for (const key in orderFields) {
            if (entity[key] !== null) await prisma.field.findFirst({ where: { listId, key } });
          }
          await Promise.all(Object.entries(orderFields).map(([key]) => prisma.field.count({ where: { listId, key } })));
          const identifiers = [body.id, body.email].filter(Boolean);
          await Promise.all(identifiers.map((identifier) => prisma.user.findFirst({ where: { identifier } })));
        }
      `,
    },
    {
      name: "a loop over a Redis cluster's master nodes (SCAN must run on each): servers, not data",
      filename: 'src/cache/scan.ts',
      code: ts`
        import Redis, { Cluster } from 'ioredis';
        export async function scanAll(redis: Cluster) {
          const keys = await Promise.all(redis.nodes('master').map((node: Redis) => node.scan('0')));
          return keys.flat();
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'pages of a wiki (`for await (const page of pages)` over rows, `statusPage` of an array): items, not pages of a read',
      filename: 'src/services/pages.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        export async function archive(ids: string[]) {
          const pages = await db('pages').whereIn('id', ids);
          for await (const page of pages) await db('pages').where({ id: page.id }).update({ archived: true });
          const statusPages = await db('status_pages').whereIn('maintenanceId', ids);
          for await (const statusPage of statusPages) await db('maintenance_status_page').insert({ statusPageId: statusPage.id });
        }
      `,
      errors: [{ messageId: 'perItem' }, { messageId: 'perItem' }],
    },
    {
      name: 'an object the function fills from rows (empty when written) and a filtered list of rows: as many keys as the data',
      filename: 'src/jobs/by-user.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function notify(rows: Array<{ userId: string; id: string }>) {
          const byUser: Record<string, string[]> = {};
          for (const r of rows) (byUser[r.userId] ??= []).push(r.id);
          for (const userId in byUser) await prisma.user.update({ where: { id: userId }, data: { pending: byUser[userId].length } });
          const active = rows.filter((r) => r.userId);
          await Promise.all(active.map((r) => prisma.item.count({ where: { ownerId: r.userId } })));
        }
      `,
      errors: [{ messageId: 'perItem' }, { messageId: 'perItem' }],
    },
    {
      name: 'customers called clients, each queried through the one database: still one query per item',
      filename: 'src/billing/clients.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        export async function invoicesOfActiveClients() {
          const clients = await db('clients').where({ active: true }).select('id');
          return Promise.all(clients.map((client) => db('invoices').where({ clientId: client.id }).select('total')));
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'a check of the item itself (its list of e-mails, its size against its limit, the length of its path) does not make the call per chunk',
      filename: 'src/jobs/notify.ts',
      code: ts`
        import { prisma } from '../db';
        export async function notify() {
          const users = await prisma.user.findMany();
          for (const user of users) {
            if (user.emails.length > 1) await prisma.notice.create({ data: { userId: user.id } });
            const maxTotalItemSize = limitOf(user);
            if (user.totalItemSize < maxTotalItemSize) await prisma.flag.delete({ where: { userId: user.id } });
            const relPath = user.path.slice(1);
            if (relPath.length > 3) await prisma.page.upsert({ where: { path: relPath }, create: { path: relPath }, update: {} });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }, { messageId: 'perItem', line: 7 }, { messageId: 'perItem', line: 9 }],
    },
  ],
});
