import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * Shapes met on real backends that one file shows whole: a helper of the app that runs a callback
 * with a client of its own, a client's type written as `typeof db`, a walk up a chain of parents
 * inside a loop over items, an OpenAPI router's handlers registered by a `register…` function,
 * and two analytics stores (ClickHouse, Tinybird's pipes).
 */
const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (helpers, walks, analytics stores)', rule, {
  valid: [
    {
      name: 'a request per calendar through a fetch wrapper that reads trusted hosts from the database further down: the request is the cost (a hint), not the settings read',
      filename: 'src/integrations/calendar.ts',
      code: ts`
        import { drizzle } from 'drizzle-orm/node-postgres';
        import { trustedHosts } from '../schema';
        const db = drizzle(process.env.DATABASE_URL!);
        async function loadTrustedHosts() {
          return db.select().from(trustedHosts);
        }
        async function agentFor(url: string) {
          const hosts = await loadTrustedHosts();
          return hosts.some((h) => url.includes(h.hostname)) ? { rejectUnauthorized: false } : {};
        }
        async function fetchWithTrustedHosts(url: string) {
          const agent = await agentFor(url);
          return fetch(url, { ...agent });
        }
        export async function events(calendars: Array<{ url: string }>) {
          return Promise.all(calendars.map((calendar) => fetchWithTrustedHosts(calendar.url)));
        }
      `,
    },
    {
      name: "a list of statements written out, one per table (`_map(queries, (query) => clickhouse.command({ query }))`): a different statement each time",
      filename: 'src/project/project.service.ts',
      code: ts`
        import _map from 'lodash/map';
        import { createClient } from '@clickhouse/client';
        const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL });
        export async function resetProject(pid: string) {
          const queries = [
            'ALTER TABLE analytics DELETE WHERE pid = {pid:FixedString(12)}',
            'ALTER TABLE events DELETE WHERE pid = {pid:FixedString(12)}',
            'ALTER TABLE performance DELETE WHERE pid = {pid:FixedString(12)}',
            'ALTER TABLE captcha DELETE WHERE pid = {pid:FixedString(12)}',
            'ALTER TABLE sessions DELETE WHERE pid = {pid:FixedString(12)}',
            \`ALTER TABLE errors DELETE WHERE pid = {pid:FixedString(12)}\`,
          ];
          await Promise.all(_map(queries, (query) => clickhouse.command({ query, query_params: { pid } })));
          for (const query of queries) await clickhouse.command({ query, query_params: { pid } });
        }
      `,
    },
    {
      name: 'a migration a module registers (`migration.add(name, fn)`, an arrow or a named function expression): run once, when the database is migrated',
      filename: 'modules/page/index.js',
      code: ts`
        const { MongoClient } = require('mongodb');
        const client = new MongoClient(process.env.MONGO_URL);
        const docs = client.db().collection('docs');
        module.exports = (self) => ({
          addMigrations() {
            self.migration.add('fix-ranks', async () => {
              const pages = await docs.find({ type: 'page' }).toArray();
              for (const page of pages) await docs.updateOne({ _id: page._id }, { $set: { rank: page.rank || 0 } });
            });
            self.migration.add('dedupe-slugs', async function dedupeSlugs() {
              const pages = await docs.find({ type: 'page' }).toArray();
              for (const page of pages) await docs.updateOne({ _id: page._id }, { $set: { slug: page.slug.trim() } });
            });
          },
        });
      `,
    },
    {
      name: 'documents made with `new Model(…)` per item and inserted together with one insertMany',
      filename: 'routes/labels.js',
      code: ts`
        const mongoose = require('mongoose');
        const Label = mongoose.model('label', new mongoose.Schema({ key: String }));
        module.exports = async function (req, res) {
          const docs = req.body.map((lab) => new Label({ key: lab.key }));
          await Label.insertMany(docs);
          res.json(docs);
        };
      `,
    },
    {
      name: "lodash's times imported on its own (`import _times from 'lodash/times'`) over a literal count: two calls",
      filename: 'src/jobs/counters.ts',
      code: ts`
        import _times from 'lodash/times';
        import { redis } from '../redis';
        export async function bump(key: string) {
          await Promise.all(_times(2, (i) => redis.incr(key + ':' + i)));
        }
      `,
    },
    {
      name: 'async.times over a literal count: three calls, not a collection',
      filename: 'src/jobs/warm.ts',
      code: ts`
        import async from 'async';
        import { redis } from '../redis';
        export function warm(done: () => void) {
          async.times(3, (i: number, next: (e?: Error) => void) => { redis.set('slot:' + i, '0').then(() => next(), next); }, done);
        }
      `,
    },
    {
      name: 'a helper that hands its callback a number, not a client: nothing in the callback queries',
      filename: 'src/services/tags.ts',
      code: ts`
        import { db } from '../db';
        async function withRetry<T>(fn: (attempt: number) => Promise<T>): Promise<T> {
          for (let attempt = 1; ; attempt++) {
            try { return await fn(attempt); } catch (err) { if (attempt >= 3) throw err; }
          }
        }
        export async function label(tags: string[]) {
          await db.select().from(tagTable);
          return withRetry(async (attempt) => {
            const out = [];
            for (const t of tags) out.push(attempt.toFixed(0) + t);
            return out;
          });
        }
      `,
    },
    {
      name: 'a retry loop inside a loop over items is still a retry loop (the innermost loop decides)',
      filename: 'src/jobs/sync.ts',
      code: ts`
        import { prisma } from '../db';
        export async function waitForAll(jobs: Job[]) {
          for (const job of jobs) {
            let attempt = 0;
            while (attempt < 5) {
              const row = await prisma.job.findUnique({ where: { id: job.id } });
              if (row?.done) break;
              attempt++;
            }
          }
        }
      `,
    },
    {
      name: 'a Knex builder handed in a typed options object, extended behind a test, its result dropped: the columns join one query',
      filename: 'src/query/select.ts',
      code: ts`
        import type { Knex } from 'knex';
        export class SelectParser {
          parse(content: { queryBuilder: Knex.QueryBuilder; fields: Field[] }) {
            const { queryBuilder, fields } = content;
            Object.values(fields).reduce((acc, cur) => {
              !acc.includes(cur.id) && queryBuilder.select(cur.id);
              return acc;
            }, [] as string[]);
            return queryBuilder;
          }
        }
      `,
    },
    {
      name: "Tinybird: describing the pipes at load is not a request; one call for the whole list is the batched form",
      filename: 'src/lib/tinybird.ts',
      code: ts`
        import { Tinybird } from '@chronark/zod-bird';
        const tb = new Tinybird({ token: process.env.TINYBIRD_TOKEN! });
        export const pipes = ['a', 'b', 'c'].map((name) => tb.buildPipe({ pipe: name, parameters: schema, data: schema }));
        export const getDurations = tb.buildPipe({ pipe: 'durations', parameters: schema, data: schema });
        export async function durations(viewIds: string[]) {
          return getDurations({ viewIds: viewIds.join(',') });
        }
      `,
    },
    {
      name: 'trigger.dev: one batchTrigger for the whole list',
      filename: 'app/api/datarooms/index-documents/route.ts',
      code: ts`
        import { task } from '@trigger.dev/sdk/v3';
        import prisma from '@/lib/prisma';
        export const indexDocument = task({ id: 'index-document', run: async (payload: { id: string }) => payload.id });
        export async function POST(req: Request) {
          const documents = await prisma.document.findMany({ where: { dataroomId: (await req.json()).id } });
          await indexDocument.batchTrigger(documents.map((d) => ({ payload: { id: d.id } })));
          return Response.json({ queued: documents.length });
        }
      `,
    },
    {
      name: 'a cron schedule registered per configured job runs later, not per item now',
      filename: 'src/jobs/register.ts',
      code: ts`
        import cron from 'node-cron';
        import prisma from '../db';
        export function scheduleAll(jobs: JobConfig[]) {
          for (const job of jobs) {
            cron.schedule(job.cron, async () => {
              await prisma.jobRun.create({ data: { name: job.name } });
            });
          }
        }
      `,
    },
    {
      name: 'a walk over objects already in memory (a certificate chain) inside a loop over a few deadlines: the helper runs once per deadline reached, not per row',
      filename: 'server/util-server.js',
      code: ts`
        import { R } from 'redbean-node';
        async function notifyFor(days) {
          return R.getRow('select 1 from notification_sent where days = ?', [days]);
        }
        export async function checkCertExpiry(tlsInfo, notifyDays) {
          for (const targetDays of notifyDays) {
            let certInfo = tlsInfo.certInfo;
            while (certInfo) {
              if (certInfo.daysRemaining <= targetDays) await notifyFor(targetDays);
              certInfo = certInfo.issuerCertificate;
            }
          }
        }
      `,
    },
    {
      name: "a promise pool over chunks, each chunk written in one insert: batched on purpose",
      filename: 'src/modules/import/import.service.ts',
      code: ts`
        import { PromisePool } from '@supercharge/promise-pool';
        import { chunk } from 'lodash';
        import { prisma } from '../db';
        export async function importRows(rows: Row[]) {
          await PromisePool.withConcurrency(2).for(chunk(rows, 500)).process(async (part) => {
            await prisma.row.createMany({ data: part });
          });
        }
      `,
    },
    {
      name: 'Drizzle on an SQLite file in the process (better-sqlite3): a statement per item is a function call, not a round trip (a hint only)',
      filename: 'src/router/groups.ts',
      code: ts`
        import Database from 'better-sqlite3';
        import { drizzle } from 'drizzle-orm/better-sqlite3';
        const db = drizzle(new Database('app.db'));
        export function savePositions(positions: Array<{ id: string; position: number }>) {
          for (const { id, position } of positions) db.update(groups).set({ position }).where(eq(groups.id, id)).run();
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a user action that only its name calls a migration (moving a device to another one) runs per request',
      filename: 'server/lib/device/device.migrate.js',
      code: ts`
        const express = require('express');
        const { prisma } = require('../db');
        const app = express();
        async function executeMigration(sourceId, targetId) {
          const features = await prisma.feature.findMany({ where: { deviceId: sourceId } });
          for (const f of features) await prisma.feature.update({ where: { id: f.id }, data: { deviceId: targetId } });
        }
        app.post('/devices/:id/migrate', async (req, res) => { await executeMigration(req.params.id, req.body.target); res.end(); });
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: 'the same loop in a function handed to an event registration (not a migration) runs on every event',
      filename: 'modules/page/index.js',
      code: ts`
        const { MongoClient } = require('mongodb');
        const client = new MongoClient(process.env.MONGO_URL);
        const docs = client.db().collection('docs');
        module.exports = (self) => ({
          addHandlers() {
            self.events.on('afterMove', async (moved) => {
              for (const page of moved.children) await docs.updateOne({ _id: page._id }, { $set: { rank: page.rank || 0 } });
            });
          },
        });
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: 'a document made with `new Model(…)` and saved per item of the request body: one insert each',
      filename: 'routes/labels.js',
      code: ts`
        const mongoose = require('mongoose');
        const Label = mongoose.model('label', new mongoose.Schema({ key: String }));
        module.exports = function (req, res) {
          req.body.forEach(function (lab) {
            const newLabel = new Label({ key: lab.key });
            newLabel.save(function (err) { if (err) console.error(err); });
          });
          res.sendStatus(201);
        };
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: "lodash's map imported on its own (`import _map from 'lodash/map'`) runs its callback once per user, like `users.map`",
      filename: 'src/task-manager/task-manager.service.ts',
      code: ts`
        import _map from 'lodash/map';
        import { prisma } from '../db';
        export async function lockDashboards() {
          const users = await prisma.user.findMany({ where: { planExceeded: true } });
          await Promise.allSettled(_map(users, async (user) => prisma.user.update({ where: { id: user.id }, data: { locked: true } })));
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: "a per-method lodash package under another name (`const each = require('lodash.foreach')`) and a renamed named import",
      filename: 'src/jobs/notify.js',
      code: ts`
        const eachItem = require('lodash.foreach');
        const { map: mapAll } = require('lodash');
        const { prisma } = require('../db');
        async function touch(ids) {
          eachItem(ids, (id) => { prisma.user.update({ where: { id }, data: { seenAt: new Date() } }); });
          await Promise.all(mapAll(ids, (id) => prisma.session.deleteMany({ where: { userId: id } })));
        }
        module.exports = { touch };
      `,
      errors: [{ messageId: 'perItem', line: 5 }, { messageId: 'perItem', line: 6 }],
    },
    {
      name: 'timesLimit (async, or a project helper of that name) runs its callback once per index up to a count that grows with the data',
      filename: 'src/node/db/Pad.ts',
      code: ts`
        import { timesLimit } from 'async';
        import Redis from 'ioredis';
        export class Pad {
          constructor(private redis: Redis, private id: string, private head: number) {}
          async remove() {
            await timesLimit(this.head + 1, 500, async (i: number) => {
              await this.redis.del(\`pad:\${this.id}:revs:\${i}\`);
            });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: "lodash's _.times over the length of rows read before: one query per row",
      filename: 'src/jobs/renumber.ts',
      code: ts`
        import _ from 'lodash';
        import { prisma } from '../db';
        export async function renumber() {
          const rows = await prisma.ticket.findMany({ select: { id: true } });
          await Promise.all(_.times(rows.length, (i) => prisma.ticket.update({ where: { id: rows[i].id }, data: { position: i } })));
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: "Bluebird's Promise.map(rows, fn): each row the ORM read is a live row, and its destroy() is a query per row",
      filename: 'server/lib/device/device.purge.js',
      code: ts`
        const Promise = require('bluebird');
        const { Op } = require('sequelize');
        const db = require('../../models');
        async function purge(olderThan) {
          const states = await db.DeviceState.findAll({ where: { created_at: { [Op.lt]: olderThan } } });
          await Promise.map(states, async (state) => state.destroy(), { concurrency: 4 });
        }
        module.exports = { purge };
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: "Drizzle on an SQLite file in the process, with report: 'all': the per-item statement is shown as a hint",
      filename: 'src/router/groups.ts',
      options: [{ report: 'all' }],
      code: ts`
        import Database from 'better-sqlite3';
        import { drizzle } from 'drizzle-orm/better-sqlite3';
        const db = drizzle(new Database('app.db'));
        export function savePositions(positions: Array<{ id: string; position: number }>) {
          for (const { id, position } of positions) db.update(groups).set({ position }).where(eq(groups.id, id)).run();
        }
      `,
      errors: [{ messageId: 'perItemInProcess', line: 5, data: { call: 'db.update', repetition: 'item of `positions` (loop at line 5)', cost: 'low' } }],
    },
    {
      name: 'a bound method passed to map (`this.loadCustomer.bind(this)`) runs once per item, like the method passed by name',
      filename: 'src/services/orders.service.ts',
      code: ts`
        import { prisma } from '../db';
        export class OrdersService {
          async withCustomers(orders: Order[]) {
            return Promise.all(orders.map(this.loadCustomer.bind(this)));
          }
          private async loadCustomer(order: Order) {
            return prisma.customer.findFirst({ where: { id: order.customerId, deletedAt: null } });
          }
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 4 }],
    },
    {
      name: '@supercharge/promise-pool: the function given to .process runs once per item of the list given to .for',
      filename: 'src/modules/accounts/bulk-delete.service.ts',
      code: ts`
        import { PromisePool } from '@supercharge/promise-pool';
        import { prisma } from '../db';
        export async function bulkDeleteAccounts(accountIds: number[]) {
          const results = await PromisePool.withConcurrency(1)
            .for(accountIds)
            .process(async (accountId: number) => {
              await prisma.account.delete({ where: { id: accountId } });
            });
          return results.errors;
        }
      `,
      errors: [{ messageId: 'perItem', line: 7, data: { call: 'prisma.account.delete', repetition: 'item of `accountIds` (`.process` at line 4)' } }],
    },
    {
      name: "a helper that runs one of the object's methods with the client, by driver: the MySQL path (a cast says so) is a round trip per item, the SQLite file's path a hint",
      filename: 'src/router/groups.ts',
      code: ts`
        import Database from 'better-sqlite3';
        import { drizzle } from 'drizzle-orm/better-sqlite3';
        import type { MySql2Database } from 'drizzle-orm/mysql2';
        const db = drizzle(new Database('app.db'));
        async function handleByDriver(client: typeof db, input: { handleAsync: (db: MySql2Database) => Promise<void>; handleSync: (db: typeof db) => void }) {
          if (process.env.DB_DRIVER === 'mysql2') await input.handleAsync(client as unknown as MySql2Database);
          else input.handleSync(client);
        }
        export async function savePositions(positions: Array<{ id: string; position: number }>) {
          await handleByDriver(db, {
            async handleAsync(conn) {
              await conn.transaction(async (t) => {
                for (const { id, position } of positions) await t.update(groups).set({ position }).where(eq(groups.id, id));
              });
            },
            handleSync(conn) {
              conn.transaction((t) => {
                for (const { id, position } of positions) t.update(groups).set({ position }).where(eq(groups.id, id)).run();
              });
            },
          });
        }
      `,
      errors: [{ messageId: 'perItemInTransaction', line: 13 }],
    },
    {
      name: 'trigger.dev: one task run started per document, each a request to the API, one after another',
      filename: 'app/api/datarooms/index-documents/route.ts',
      code: ts`
        import { task } from '@trigger.dev/sdk/v3';
        import prisma from '@/lib/prisma';
        export const indexDocument = task({ id: 'index-document', run: async (payload: { id: string }) => payload.id });
        export async function POST(req: Request) {
          const documents = await prisma.document.findMany({ where: { dataroomId: (await req.json()).id } });
          for (const d of documents) {
            await indexDocument.trigger({ id: d.id });
          }
          return Response.json({ queued: documents.length });
        }
      `,
      errors: [{ messageId: 'remotePerItem', line: 7 }],
    },
    {
      name: "a helper of the module runs its callback in the client's transaction: the callback's queries per item count",
      filename: 'src/services/tags.ts',
      code: ts`
        import { db as defaultDb } from '../db';
        type DB = typeof defaultDb;
        async function withTransaction<T>(ctx: { db?: DB }, fn: (tx: DB) => Promise<T>): Promise<T> {
          const db = ctx.db ?? defaultDb;
          return db.transaction(fn);
        }
        export async function syncTags(ctx: { db?: DB }, tags: Tag[]) {
          return withTransaction(ctx, async (tx) => {
            for (const tag of tags) {
              await tx.update(tagTable).set({ name: tag.name }).where(eq(tagTable.id, tag.id));
            }
          });
        }
      `,
      errors: [{ messageId: 'perItemInTransaction', line: 10 }],
    },
    {
      name: 'a pool helper that lends a connection to its callback (pg): one query per item through it',
      filename: 'src/repositories/orders.ts',
      code: ts`
        import { Pool } from 'pg';
        const pool = new Pool();
        async function withClient(fn) {
          const client = await pool.connect();
          try { return await fn(client); } finally { client.release(); }
        }
        export async function totals(orderIds: string[]) {
          return withClient(async (c) => Promise.all(orderIds.map((id) => c.query('select sum(amount) from lines where order_id = $1', [id]))));
        }
      `,
      errors: [{ messageId: 'perItem', line: 8 }],
    },
    {
      name: 'a value typed `typeof db` is the client: a helper taking it queries per item',
      filename: 'src/services/audit.ts',
      code: ts`
        import { db } from '../db';
        export async function audit(tx: typeof db, ids: number[]) {
          for (const id of ids) await tx.insert(auditLog).values({ entityId: id });
        }
      `,
      errors: [{ messageId: 'perItem', line: 3 }],
    },
    {
      name: 'a walk up the parents of each item: one read per ancestor, for every item of the list',
      filename: 'pages/api/folders/visible.ts',
      code: ts`
        import prisma from '@/lib/prisma';
        export default async function handler(req, res) {
          const visible = new Set<string>();
          for (const folderId of req.body.folderIds as string[]) {
            let current: string | null = folderId;
            while (current) {
              const folder = await prisma.folder.findUnique({ where: { id: current }, select: { parentId: true } });
              if (folder?.parentId) visible.add(folder.parentId);
              current = folder?.parentId ?? null;
            }
          }
          res.json([...visible]);
        }
      `,
      errors: [{ messageId: 'perItem', line: 7, data: { call: 'prisma.folder.findUnique', repetition: 'item of `req.body.folderIds as string[]` (loop at line 4)' } }],
    },
    {
      name: "entries of a permission map mapped to their ids are items again, not groups: a helper per id queries",
      filename: 'pages/api/groups/permissions.ts',
      code: ts`
        import prisma from '@/lib/prisma';
        async function parentOf(documentId: string) {
          const doc = await prisma.document.findUnique({ where: { id: documentId }, select: { folderId: true } });
          return doc?.folderId;
        }
        export default async function handler(req, res) {
          const permissions: Record<string, { view: boolean }> = req.body.permissions;
          const visibleDocuments = Object.entries(permissions).filter(([, p]) => p.view).map(([id]) => id);
          const parents = [];
          for (const documentId of visibleDocuments) parents.push(await parentOf(documentId));
          res.json(parents);
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 10 }],
    },
    {
      name: "Hono's OpenAPI router: a handler registered inside a register function runs per request (libSQL's HTTP driver, a subpath of drizzle-orm)",
      filename: 'src/routes/notifications.ts',
      code: ts`
        import { drizzle } from 'drizzle-orm/libsql/http';
        const db = drizzle({ connection: { url: process.env.DATABASE_URL! } });
        export function registerPostNotification(api: OpenAPIHono) {
          return api.openapi(postRoute, async (c) => {
            const { monitors } = c.req.valid('json');
            for (const monitorId of monitors) {
              await db.insert(notificationToMonitor).values({ notificationId: 1, monitorId });
            }
            return c.json({});
          });
        }
      `,
      errors: [{ messageId: 'perItem', line: 7, data: { call: 'db.insert', repetition: 'item of `monitors` (loop at line 6)' }, suggestions: [{ messageId: 'batchWrite', data: { call: 'db.insert(notificationToMonitor).values' }, output: ts`
            import { drizzle } from 'drizzle-orm/libsql/http';
            const db = drizzle({ connection: { url: process.env.DATABASE_URL! } });
            export function registerPostNotification(api: OpenAPIHono) {
              return api.openapi(postRoute, async (c) => {
                const { monitors } = c.req.valid('json');
                const rows = [];
                for (const monitorId of monitors) {
                  rows.push({ notificationId: 1, monitorId });
                }
                if (rows.length > 0) await db.insert(notificationToMonitor).values(rows);
                return c.json({});
              });
            }
          ` }] }],
    },
    {
      name: 'Tinybird: each call of a built pipe is a request, here one per link',
      filename: 'pages/api/analytics.ts',
      code: ts`
        import { Tinybird } from '@chronark/zod-bird';
        const tb = new Tinybird({ token: process.env.TINYBIRD_TOKEN! });
        const getLinkDuration = tb.buildPipe({ pipe: 'link_duration', parameters: schema, data: schema });
        export default async function handler(req, res) {
          const links = await loadLinks(req.query.teamId);
          const durations = await Promise.all(links.map((link) => getLinkDuration({ linkId: link.id })));
          res.json(durations);
        }
      `,
      errors: [{ messageId: 'perItem', line: 6, data: { call: 'getLinkDuration', repetition: 'item of `links` (`.map` at line 6)' } }],
    },
    {
      name: 'ClickHouse: one query per project of the list',
      filename: 'src/server/usage.ts',
      code: ts`
        import { createClient } from '@clickhouse/client';
        const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL });
        export async function usage(projectIds: string[]) {
          const out = [];
          for (const id of projectIds) {
            const rs = await clickhouse.query({ query: 'select count() from events where project_id = {id:String}', query_params: { id } });
            out.push(await rs.json());
          }
          return out;
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
  ],
});
