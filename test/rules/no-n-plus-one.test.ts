import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

type MessageIds = keyof typeof rule.meta.messages;
type Options = typeof rule.meta.defaultOptions;

const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one', rule, {
  valid: [
    {
      name: 'a helper that queries only when asked (fetchData), called with it switched off, directly or through a helper that passes the option on',
      filename: 'src/auth/access.ts',
      code: ts`
        import { prisma } from '../db';
        async function entityPermissions({ id, fetchData, rules }) {
          const doc = fetchData ? await prisma.document.findUnique({ where: { id } }) : undefined;
          if (fetchData && !doc) return {};
          return evaluate(rules, doc);
        }
        async function collectionPermissions(args) {
          const { collection, fetchData } = args;
          return entityPermissions({ id: collection.id, fetchData, rules: collection.rules });
        }
        export async function accessResults(entries) {
          const results = {};
          for (const collection of entries) {
            results[collection.slug] = await entityPermissions({ id: collection.id, fetchData: false, rules: collection.rules });
            results[collection.slug + ':read'] = await collectionPermissions({ collection, fetchData: false });
          }
          return results;
        }
      `,
    },
    {
      name: 'Drizzle subqueries built per field and written into one statement (a raw SQL template, an aliased subquery, a builder only extended): nothing is sent per field',
      filename: 'src/find/build-query.ts',
      code: ts`
        import { sql, count } from 'drizzle-orm';
        import { drizzle } from 'drizzle-orm/node-postgres';
        const db = drizzle(process.env.DATABASE_URL!);
        export function buildSelect(fields, tables, extras) {
          for (const field of fields) {
            let query = db.select({ id: tables[field.name].id }).from(tables[field.name]).$dynamic();
            if (field.where) query = query.where(field.where);
            if (field.json) {
              const query = jsonPath(field.json);
              extras[field.name + '_path'] = { raw: query };
            }
            if (query === null) continue;
            const sub = query.as(field.name + '_sq');
            extras[field.name] = sql\`(select json_agg(x) from \${sub} x)\`;
            extras[field.name + '_count'] = sql\`\${db.select({ n: count() }).from(tables[field.name])}\`;
          }
          return extras;
        }
      `,
    },
    {
      name: 'a worker thread named like a job worker: posting a message to it is no round trip',
      filename: 'src/images/resize.ts',
      code: ts`
        import { Worker } from 'node:worker_threads';
        const resizeWorker = new Worker(new URL('./resize-worker.js', import.meta.url));
        export async function resizeAll(paths: string[]) {
          for (const path of paths) resizeWorker.postMessage({ path });
        }
      `,
    },
    {
      name: 'a builder compiled to SQL text per item (.toSQL(), .toQuery()) sends nothing: the statements run later, together or not at all',
      filename: 'src/db-provider/postgres.provider.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        export function renameColumns(tableName: string, renames: Array<{ from: string; to: string }>) {
          return renames.flatMap(({ from, to }) => db.schema.alterTable(tableName, (t) => { t.renameColumn(from, to); }).toSQL().map((q) => q.sql));
        }
        export function lookups(ids: string[]) {
          return ids.map((id) => db('records').where({ id }).toQuery());
        }
      `,
    },
    {
      name: 'one export per collection name chosen for a dump (collectionName): each pass reads another collection, nothing to merge',
      filename: 'src/services/export.ts',
      code: ts`
        import mongoose from 'mongoose';
        async function exportCollectionToJson(collectionName: string) {
          return mongoose.connection.collection(collectionName).find({}).toArray();
        }
        export async function exportCollections(collections: string[]) {
          return Promise.all(collections.map((collectionName) => exportCollectionToJson(collectionName)));
        }
      `,
    },
    {
      name: 'a read-through helper that returns its cached entry early (`if (cachedProfile) return cachedProfile`): past it, the query runs on a miss only',
      filename: 'src/services/profile.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        const cachedProfiles: Record<string, unknown> = {};
        async function profile(symbol: string) {
          const cachedProfile = cachedProfiles[symbol];
          if (cachedProfile) return cachedProfile;
          const found = await prisma.profile.findFirst({ where: { symbol } });
          cachedProfiles[symbol] = found;
          return found;
        }
        export async function quotes(symbols: string[]) {
          return Promise.all(symbols.map((symbol) => profile(symbol)));
        }
      `,
    },
    {
      name: 'a cached reader whose caller may ask to skip the cache (`if (skipCache) return query`): the usual call reads the cache',
      filename: 'src/services/profile.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import { LRUCache } from 'lru-cache';
        const prisma = new PrismaClient();
        const profileCache = new LRUCache<string, object>({ max: 500 });
        async function profile(symbol: string, { skipCache = false } = {}) {
          if (skipCache) return prisma.profile.findFirst({ where: { symbol } });
          return profileCache.get(symbol);
        }
        export async function quotes(symbols: string[]) {
          return Promise.all(symbols.map((symbol) => profile(symbol)));
        }
      `,
    },
    {
      name: 'a Writable after a batching transform gets a whole batch per write (pages.map, $in): one query per batch, chunked on purpose',
      filename: 'src/services/page-migration.js',
      code: ts`
        const { Writable, pipeline } = require('node:stream');
        const Page = require('../models/page');
        module.exports.migrate = async function (readStream, batchStream) {
          const migrate = new Writable({
            objectMode: true,
            async write(pages, encoding, callback) {
              const ids = pages.map((p) => p._id);
              await Page.updateMany({ _id: { $in: ids } }, { $set: { migrated: true } });
              await Page.deleteMany({ parent: { $in: ids }, isEmpty: true });
              callback();
            },
          });
          await pipeline(readStream, batchStream, migrate);
        };
      `,
    },
    {
      name: 'a read-through helper queries only when the cache lookup found nothing (else branch of `if (token)`, body of `if (!cached && …)`)',
      filename: 'src/services/tokens.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        const active = new Map<string, { secret: string }>();
        function findCachedToken(secret: string) { return active.get(secret); }
        async function tokenWithCache(secret: string) {
          let token = findCachedToken(secret);
          if (token) {
            return token;
          } else {
            token = await db('tokens').where({ secret }).first();
          }
          return token;
        }
        async function selectorWithCache(selector: string, allowed: boolean) {
          let cachedToken = active.get(selector);
          if (!cachedToken && allowed) cachedToken = await db('tokens').where({ selector }).first();
          return cachedToken;
        }
        export async function validate(secrets: string[]) {
          for (const secret of secrets) await tokenWithCache(secret);
          for (const secret of secrets) await selectorWithCache(secret, true);
        }
      `,
    },
    {
      name: 'a lookup kept in a field that outlives the call (`attrs.override || (attrs.override = await …)`, `this.plan ??= await …`, `if (!current) current = await …`): it runs while the field is empty only',
      filename: 'src/services/access.ts',
      code: ts`
        import { prisma } from '../db';
        let currentPlan: unknown;
        class Access {
          private sessions = new Map<string, { override?: unknown }>();
          private owner?: unknown;
          private attributesOf(sessionId: string) { return this.sessions.get(sessionId) ?? {}; }
          private async viewAs(userId: string) { return prisma.user.findUnique({ where: { id: userId } }); }
          async userFor(sessionId: string, asUser?: string) {
            const attrs = this.attributesOf(sessionId);
            if (asUser) {
              const override = attrs.override || (attrs.override = await this.viewAs(asUser));
              return override;
            }
            return null;
          }
          async ownerOf() {
            this.owner ??= await prisma.user.findFirst({ where: { role: 'owner' } });
            return this.owner;
          }
          async allowed(sessionId: string, actions: string[]) {
            const users = [];
            for (const action of actions) users.push(await this.userFor(sessionId, action));
            const owners = await Promise.all(actions.map(() => this.ownerOf()));
            const plans = await Promise.all(actions.map(() => planOf()));
            return [users, owners, plans];
          }
        }
        async function planOf() {
          if (!currentPlan) currentPlan = await prisma.plan.findFirst();
          return currentPlan;
        }
        export { Access };
      `,
    },
    {
      name: 'a memo keyed per item, filled in the branch that found the key missing (`if (!(key in clients)) { …; clients[key] = … }`, `if (!memo.has(id)) memo.set(id, await …)`): once per key, not per call',
      filename: 'src/multiregion/db.ts',
      code: ts`
        import knex, { type Knex } from 'knex';
        const mainDb = knex({ client: 'pg' });
        const clients: Record<string, Knex> = {};
        const owners = new Map<string, unknown>();
        async function registeredClients() { return clients; }
        export async function regionDb(regionKey: string) {
          const known = await registeredClients();
          if (!(regionKey in known)) {
            const region = await mainDb('regions').where({ key: regionKey }).first();
            known[regionKey] = knex(region.config);
          }
          return known[regionKey];
        }
        async function ownerOf(projectId: string) {
          if (!owners.has(projectId)) owners.set(projectId, await mainDb('projects').where({ id: projectId }).first());
          return owners.get(projectId);
        }
        export async function resolveAll(projects: Array<{ id: string; region: string }>) {
          const dbs = await Promise.all(projects.map((p) => regionDb(p.region)));
          const list = await Promise.all(projects.map((p) => ownerOf(p.id)));
          return [dbs, list];
        }
      `,
    },
    {
      name: 'upkeep of one index or view at a time (`REINDEX INDEX`, `REFRESH MATERIALIZED VIEW`, `VACUUM ANALYZE`): each statement names its object, no form takes them all',
      filename: 'src/jobs/reindex-table.ts',
      code: ts`
        import pgPromise from 'pg-promise';
        const pg = pgPromise()(process.env.DATABASE_URL!);
        export async function upkeep(tableNames: string[]) {
          const indexNames = await pg.map('select indexname from pg_indexes where tablename in ($1:csv)', [tableNames], (r) => r.indexname);
          for (const indexName of indexNames) await pg.none('reindex index concurrently $1:name', [indexName]);
          const views = await pg.map('select matviewname from pg_matviews', [], (r) => r.matviewname);
          for (const view of views) await pg.none(\`REFRESH MATERIALIZED VIEW CONCURRENTLY "\${view}"\`);
          for (const table of tableNames) await pg.none('VACUUM ANALYZE $1:name', [table]);
        }
      `,
    },
    {
      name: 'a statement on the schema per table or index (`DROP INDEX …`, a helper that starts with `PRAGMA table_info`): no form takes them all',
      filename: 'src/storage/indexes.ts',
      code: ts`
        import { Pool } from 'pg';
        const pool = new Pool();
        async function columnsOf(table: string) {
          const { rows } = await pool.query(\`PRAGMA table_info(\${table})\`);
          return rows;
        }
        export async function updateIndexes(stale: Array<{ indexId: string }>, docs: Array<{ name: string }>) {
          for (const index of stale) {
            await pool.query(\`DROP INDEX IF EXISTS \${index.indexId}\`);
          }
          for (const doc of docs) {
            await columnsOf(doc.name);
          }
        }
        export class Storage {
          exec(sql: string) { return pool.query(sql); }
          async dropViews(views: Array<{ name: string }>) {
            for (const view of views) await this.exec(\`DROP VIEW \${view.name}\`);
          }
        }
      `,
    },
    {
      name: 'a loop over bundles of ids (`itemUuidBundles`) hands each bundle on whole: one query per bundle',
      filename: 'src/handlers/backup.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        async function findAll(query: { uuids: string[] }) {
          return prisma.item.findMany({ where: { uuid: { in: query.uuids } } });
        }
        export async function backup(itemUuidBundles: string[][]) {
          for (const itemUuidBundle of itemUuidBundles) {
            await findAll({ uuids: itemUuidBundle });
          }
        }
      `,
    },
    {
      name: 'knex.raw fragments mapped into a select are sent with it (not a statement per item)',
      filename: 'src/stores/report.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        export async function report(columns: string[]) {
          return db('events').select(columns.map((c) => db.raw('?? as ??', [c, c])));
        }
      `,
    },
    {
      name: 'an indexed loop that steps a slice at a time (i += batchSize, list.slice(i, i + batchSize)) is chunked on purpose',
      filename: 'src/services/files.ts',
      code: ts`
        import { MongoClient } from 'mongodb';
        const files = new MongoClient(process.env.MONGO_URL!).db().collection('files');
        export async function prettyPaths(attachments: { _id: string }[]) {
          const batchSize = 100;
          const out = [];
          for (let i = 0; i < attachments.length; i += batchSize) {
            const batch = attachments.slice(i, i + batchSize);
            out.push(...(await files.find({ 'attachment._id': { $in: batch.map((a) => a._id) } }).toArray()));
          }
          return out;
        }
      `,
    },
    {
      name: "a MongoDB bulk builder queues each operation (bulk.find(…).updateOne(…)); execute() sends them at once",
      filename: 'src/services/pages.ts',
      code: ts`
        import { MongoClient } from 'mongodb';
        const pages = new MongoClient(process.env.MONGO_URL!).db().collection('pages');
        export async function renamePaths(descendants: { _id: string; path: string }[]) {
          const bulk = pages.initializeUnorderedBulkOp();
          for (const doc of descendants) bulk.find({ _id: doc._id }).updateOne({ $set: { path: doc.path } });
          await bulk.execute();
        }
      `,
    },
    {
      name: 'a db handle on an app object: taking a collection is not a query',
      filename: 'modules/doc/index.js',
      code: ts`
        module.exports = {
          methods(self) {
            return {
              collections(names) {
                return names.map((name) => self.apos.db.collection(name));
              }
            };
          }
        };
      `,
    },
    {
      name: "mongoose.connection's events and state are not queries",
      filename: 'src/db.ts',
      code: ts`
        import mongoose from 'mongoose';
        export function watch(names: string[]) {
          for (const name of names) mongoose.connection.on(name, () => console.info(name, mongoose.connection.readyState));
        }
      `,
    },
    {
      name: 'a development-only route (registered inside if (isDev)): production never runs its loop',
      filename: 'src/server.ts',
      code: ts`
        import { prisma } from './db';
        const isDev = process.env.NODE_ENV !== 'production';
        if (isDev) {
          app.post('/dev/seed-orders', async (req, res) => {
            for (const order of req.body.orders) await prisma.order.create({ data: order });
            res.end();
          });
        }
      `,
    },
    {
      name: 'a provider method that only onModuleInit calls runs once, at start-up',
      filename: 'src/infra-config/infra-config.service.ts',
      code: ts`
        import { Injectable, OnModuleInit } from '@nestjs/common';
        import { PrismaService } from '../prisma/prisma.service';
        @Injectable()
        export class InfraConfigService implements OnModuleInit {
          constructor(private readonly prisma: PrismaService) {}
          async onModuleInit() {
            await this.syncDefaults();
          }
          async syncDefaults() {
            const rows = await this.prisma.infraConfig.findMany();
            await Promise.all(rows.map((row) => this.prisma.infraConfig.update({ where: { id: row.id }, data: { value: row.value.trim() } })));
          }
        }
      `,
    },
    {
      name: 'a request per item sent all at once is a hint, not a finding of recommended (the other service sets the cost; the fix is a few at a time)',
      filename: 'app/api/prices/route.ts',
      code: ts`
        export async function GET(request: Request) {
          const symbols = new URL(request.url).searchParams.getAll('symbol');
          return Response.json(await Promise.all(symbols.map((s) => fetch('https://quotes.example.com/' + s).then((r) => r.json()))));
        }
      `,
    },
    {
      name: 'requests awaited in turn over a list a caller handed over: a hint (how long it is, the caller knows)',
      filename: 'src/services/vercel.ts',
      code: ts`
        import axios from 'axios';
        export async function setVariables(projectIds: string[], value: string) {
          for (const id of projectIds) await axios.post(\`https://api.vercel.com/v10/projects/\${id}/env\`, { value });
        }
      `,
    },
    {
      name: 'a plug-in\'s pre-start-up hook (simpleSchemaPreStartup in preStartup.js) runs once, before the server starts',
      filename: 'src/plugins/simple-schema/preStartup.js',
      code: ts`
        import { MongoClient } from 'mongodb';
        const db = new MongoClient(process.env.MONGO_URL).db();
        export default async function simpleSchemaPreStartup(context) {
          const groups = await db.collection('Groups').find({}).toArray();
          for (const group of groups) {
            await db.collection('Groups').updateOne({ _id: group._id }, { $set: { slug: group.name.toLowerCase() } });
          }
        }
      `,
    },
    {
      name: 'a memoised initialiser (if (db) return db; … db = knex(…); check it with a query): its query runs on the first call only',
      filename: 'src/database/index.ts',
      code: ts`
        import knex, { type Knex } from 'knex';
        let database: Knex | undefined;
        export function getDatabase(): Knex {
          if (database) return database;
          database = knex({ client: 'pg', connection: process.env.DATABASE_URL });
          void database.raw('select 1');
          return database;
        }
        function clientName(db?: Knex) {
          const d = db ?? getDatabase();
          return d.client.config.client as string;
        }
        export function dialects(fields: string[]) {
          return fields.map((f) => \`\${clientName()}:\${f}\`);
        }
      `,
    },
    {
      name: 'a closure that answers from a variable of the run once it is set (if (target) return target; … target = found._id): its lookup runs on the first item only',
      filename: 'lib/tasks/restore.js',
      code: ts`
        const { MongoClient } = require('mongodb');
        const client = new MongoClient(process.env.MONGO_URL);
        module.exports = async function restore(task) {
          let targetMailbox = false;
          const ensureTargetMailbox = async (user) => {
            if (targetMailbox) {
              return targetMailbox;
            }
            const found = await client.db().collection('mailboxes').findOne({ user, path: 'Restored' });
            targetMailbox = found ? found._id : (await client.db().collection('mailboxes').insertOne({ user, path: 'Restored' })).insertedId;
            return targetMailbox;
          };
          for (const message of task.messages) {
            message.mailbox = await ensureTargetMailbox(task.user);
          }
          return task.messages;
        };
      `,
    },
    {
      name: 'knex.raw with an expression, not a statement (COUNT(??) AS ??, 1, expr + AS ??): pieces of one select',
      filename: 'src/database/columns.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        function columnFor(field: { name: string; alias: string; count?: boolean; expr?: string }) {
          if (field.count) return db.raw('COUNT(??) AS ??', [field.name, field.alias]);
          if (field.expr) return db.raw(field.expr + ' AS ??', [field.alias]);
          let caseText = \`(CASE WHEN ?? IS NULL THEN 0 ELSE 1 END)\`;
          if (field.alias) caseText += ' AS ??';
          if (field.name.startsWith('has_')) return db.raw(caseText, [field.name, field.alias]);
          return db.raw(1);
        }
        export async function list(fields: Array<{ name: string; alias: string }>) {
          return db('items').select(fields.map((f) => columnFor(f)));
        }
      `,
    },
    {
      name: 'a switch over the item itself: each case runs once per kind of item (claim names), not per data item',
      filename: 'src/oidc/scope.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function claimsFor(userId: string, claims: string[]) {
          return Promise.all(claims.map(async (claim) => {
            switch (claim) {
              case 'roles':
                return [claim, await prisma.role.findMany({ where: { userId } })];
              case 'organizations':
                return [claim, await prisma.organization.findMany({ where: { userId } })];
              default:
                return [claim, null];
            }
          }));
        }
      `,
    },
    {
      name: 'RedBeanNode: R.dispense makes a bean in memory; one R.find for all ids is batched',
      filename: 'server/model/monitor.js',
      code: ts`
        const { R } = require('redbean-node');
        async function prepare(names, ids) {
          const beans = names.map((name) => { const bean = R.dispense('tag'); bean.name = name; return bean; });
          const rows = await R.find('monitor', \` id IN (\${ids.map(() => '?').join(',')}) \`, ids);
          return { beans, rows };
        }
        module.exports = { prepare };
      `,
    },
    {
      name: 'postgres-query-builder: clauses added in a loop, one load after it',
      filename: 'src/modules/catalog/services/getProducts.js',
      code: ts`
        import { select } from '@evershop/postgres-query-builder';
        import { pool } from '../../../lib/postgres/connection.js';
        export async function getProducts(filters) {
          const query = select().from('product');
          for (const f of filters) query.andWhere(f.key, '=', f.value);
          return query.load(pool);
        }
      `,
    },
    {
      name: 'draining a cursor reads it row by row by design: next() is not a query per item',
      filename: 'src/jobs/export.ts',
      code: ts`
        import { MongoClient } from 'mongodb';
        const client = new MongoClient(process.env.MONGO_URL!);
        export async function exportAll(out: unknown[]) {
          const cursor = client.db().collection('pages').find({});
          while (await cursor.hasNext()) out.push(await cursor.next());
        }
      `,
    },
    {
      name: "one pass per table of a schema (a helper counting each table's rows): each iteration works on another table",
      filename: 'src/features/base/base-stats.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        async function rowCount(dbTableName: string) {
          return prisma.$queryRawUnsafe(\`SELECT count(*) FROM "\${dbTableName}"\`);
        }
        export async function stats(tables: Array<{ dbTableName: string }>) {
          for (const table of tables) await rowCount(table.dbTableName);
        }
      `,
    },
    {
      name: 'Drizzle builders made per item and combined into one statement (unionAll, exists) are sent once',
      filename: 'src/lib/trpc/routers/keys.ts',
      code: ts`
        import { drizzle } from 'drizzle-orm/node-postgres';
        import { unionAll } from 'drizzle-orm/pg-core';
        import { and, eq, exists, or } from 'drizzle-orm';
        import { keys, roles } from '../db/schema';
        const db = drizzle(process.env.DATABASE_URL!);
        export async function lookup(ids: string[], roleIds: string[]) {
          const selects = ids.map((id) => db.select().from(keys).where(eq(keys.id, id)));
          const all = await unionAll(...(selects as [any, any]));
          const withRole = await db.select().from(keys).where(or(...roleIds.map((r) => exists(db.select().from(roles).where(and(eq(roles.id, r), eq(roles.keyId, keys.id)))))));
          return { all, withRole };
        }
      `,
    },
    {
      name: 'route handlers made per operation: a wrapper that returns a new function runs the callback per request, not while the handler is made',
      filename: 'src/route-handlers/crud-handler.ts',
      code: ts`
        import { prisma } from '../db';
        function handleApiRequest(handler: (req: Request) => Promise<Response>) {
          return async (req: Request) => {
            const res = await handler(req);
            return res;
          };
        }
        function createSmartRouteHandler(op: string) {
          return handleApiRequest(async (req) => Response.json(await prisma.user.findMany({ where: { op } })));
        }
        export function createCrudHandlers(operations: string[]) {
          return Object.fromEntries(operations.map((op) => [op, createSmartRouteHandler(op)]));
        }
      `,
    },
    {
      name: "an agent's tools made in a loop (LangChain's tool()): each tool's body runs when the model calls it, not once per item",
      filename: 'src/helpers/agents.js',
      code: ts`
        import { tool } from '@langchain/core/tools';
        import Connection from '../models/connection.js';
        export async function buildTools(agentTools) {
          const tools = [];
          for (const agentTool of agentTools) {
            tools.push(tool(async (input) => {
              const connection = await Connection.query().findById(agentTool.connectionId);
              return connection.run(input);
            }, { name: agentTool.name }));
          }
          return tools;
        }
      `,
    },
    {
      name: "a SQL script run statement by statement (split on ';'): as long as the script, not the data",
      filename: 'src/lib/external-db-sync.ts',
      code: ts`
        import { createClient } from '@clickhouse/client';
        const client = createClient({});
        export async function createTables(tableSchemaSql: string) {
          const queries = tableSchemaSql.split(";").map((q) => q.trim()).filter((q) => q.length > 0);
          for (const query of queries) {
            await client.exec({ query });
          }
        }
      `,
    },
    {
      name: "Drizzle statements made per item and handed to db.batch (one request), through a spread, a cast, a filter or a variable",
      filename: 'src/modules/options/options.repository.ts',
      code: ts`
        import { drizzle } from 'drizzle-orm/libsql';
        import { eq } from 'drizzle-orm';
        import { options, docs } from '../db/schema';
        const db = drizzle(process.env.DATABASE_URL!);
        export async function sync(toUpdate: Array<{ id: string; name: string }>, ids: string[]) {
          await db.batch([
            ...toUpdate.map((o) => db.update(options).set({ name: o.name }).where(eq(options.id, o.id)) as BatchItem<'sqlite'>),
            db.delete(options).where(eq(options.name, '')),
          ] as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
          const queries = ids.map((id) => (id ? db.update(docs).set({ seen: true }).where(eq(docs.id, id)) : null)).filter((q) => q !== null);
          await db.batch(queries);
        }
      `,
    },
    {
      name: 'a Knex builder on this.knex(table) per table of a list, its SQL run through Prisma',
      filename: 'src/features/base/base-query.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import type { Knex } from 'knex';
        export class BaseQueryService {
          constructor(private readonly knex: Knex, private readonly prisma: PrismaClient) {}
          async counts(tableMetas: Array<{ dbTableName: string }>) {
            for (const tableMeta of tableMetas) {
              await this.prisma.$queryRawUnsafe(this.knex(tableMeta.dbTableName).count('*').toQuery());
            }
          }
        }
      `,
    },
    {
      name: "an enum's values (Object.values of an enum declared here or imported) are a set the code fixes",
      filename: 'src/jobs/job-stats.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import { JobState } from './job-state';
        const prisma = new PrismaClient();
        enum Priority { Low = 'low', High = 'high' }
        export async function counts() {
          for (const state of Object.values(JobState)) await prisma.job.count({ where: { state } });
          return Promise.all(Object.keys(Priority).map((p) => prisma.job.count({ where: { priority: p } })));
        }
      `,
    },
    {
      name: "the keys of an enum walked with for…in (one default provider per provider type): a set the code fixes",
      filename: 'src/messaging/email.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import { EmailProviderType } from './types';
        const prisma = new PrismaClient();
        export async function addDefaultProviders(workspaceId: string) {
          for (const typeKey in EmailProviderType) {
            await prisma.emailProvider.upsert({ where: { workspaceId_type: { workspaceId, type: typeKey } }, create: { workspaceId, type: typeKey }, update: {} });
          }
        }
      `,
    },
    {
      name: 'the schema statements made for one table, run one by one (the item is a statement object)',
      filename: 'src/features/table/table.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import knex from 'knex';
        const prisma = new PrismaClient();
        const q = knex({ client: 'pg' });
        export async function createTable(dbTableName: string) {
          const statements = q.schema.createTable(dbTableName, (t) => t.string('__id')).toSQL();
          for (const statement of statements) await prisma.$executeRawUnsafe(statement.sql);
        }
      `,
    },
    {
      name: 'a list the interface keeps short (the filters of one view): a hint, not in recommended',
      filename: 'src/features/view/view.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function describeFilters(view: { filters: Array<{ fieldId: string }> }) {
          for (const filter of view.filters) await prisma.record.count({ where: { fieldId: filter.fieldId } });
        }
      `,
    },
    {
      name: 'ids of entities an administrator sets up (stock locations), a qualified list (active locales), constants (SERVICE_TYPE_CONFIGS), installed providers and interceptors: hints',
      filename: 'src/service/stock-location.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function assign(input: { stockLocationIds: string[]; providers: Array<{ key: string; isEnabled: boolean }> }, activeLocales: string[], DERIVED_CURRENCIES: string[], SERVICE_TYPE_CONFIGS: Array<{ type: string }>, orderInterceptors: Array<{ id: string }>) {
          for (const interceptor of orderInterceptors) await prisma.interceptorRun.create({ data: { id: interceptor.id } });
          for (const id of input.stockLocationIds) await prisma.stockLocation.update({ where: { id }, data: { channel: 'x' } });
          for (const locale of activeLocales) await prisma.translation.count({ where: { locale } });
          await Promise.all(DERIVED_CURRENCIES.map((c) => prisma.rate.findFirst({ where: { c } })));
          for (const config of SERVICE_TYPE_CONFIGS) await prisma.service.count({ where: { type: config.type } });
          for (const p of input.providers) await prisma.provider.update({ where: { key: p.key }, data: { isEnabled: p.isEnabled } });
        }
      `,
    },
    {
      name: 'a loop over chunks that hands each chunk on whole: one multi-row statement per chunk',
      filename: 'server/jobs/rebuild-tree.js',
      code: ts`
        import _ from 'lodash';
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        export async function rebuild(tree) {
          for (const chunk of _.chunk(tree, 100)) await db.table('pageTree').insert(chunk);
          for (const part of _.chunk(tree, 100)) await db.table('pageIndex').insert(part.map((p) => ({ id: p.id })));
        }
      `,
    },
    {
      name: 'a loop over the keys of a change set that updates a different index for each key (prop === "state" / "assignee") goes over kinds, not rows',
      filename: 'src/flags.ts',
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function update(flagId: string, changeset: Record<string, string>) {
          for (const prop of Object.keys(changeset)) {
            if (prop === 'state') await redis.zadd(\`flags:byState:\${changeset[prop]}\`, Date.now(), flagId);
            else if (prop === 'assignee') await redis.zadd(\`flags:byAssignee:\${changeset[prop]}\`, Date.now(), flagId);
          }
        }
      `,
    },
    {
      name: 'policies checked per requested section (switch on an enum member), each section its own count',
      filename: 'src/services/permissions.service.ts',
      code: ts`
        import { prisma } from '../db';
        enum Sections { CHANNEL = 'channel', WEBHOOKS = 'webhooks' }
        export async function check(orgId: string, requested: Array<[string, Sections]>) {
          for (const [action, section] of requested) {
            switch (section) {
              case Sections.CHANNEL:
                if ((await prisma.integration.count({ where: { orgId, action } })) > 10) return false;
                break;
              case Sections.WEBHOOKS:
                if ((await prisma.webhook.count({ where: { orgId, action } })) > 5) return false;
                break;
            }
          }
          return true;
        }
      `,
    },
    {
      name: 'a loop over what a batching generator yields (fetchBookmarksInBatches(ctx, 1000)), each batch reshaped (batch.map(b => b.id)) and queried whole',
      filename: 'src/workers/backup.ts',
      code: ts`
        import { drizzle } from 'drizzle-orm/better-sqlite3';
        import { inArray } from 'drizzle-orm';
        import { bookmarks, bookmarksInLists } from '../db/schema';
        const db = drizzle(process.env.DB_FILE!);
        async function* fetchBookmarksInBatches(size: number) {
          for (let offset = 0; ; offset += size) {
            const rows = await db.select().from(bookmarks).limit(size).offset(offset);
            if (!rows.length) return;
            yield rows;
          }
        }
        export async function backup() {
          for await (const batch of fetchBookmarksInBatches(1000)) {
            const batchIds = batch.map((b) => b.id);
            await db.select().from(bookmarksInLists).where(inArray(bookmarksInLists.bookmarkId, batchIds));
          }
        }
      `,
    },
    {
      name: 'a list called `models` searched in memory (models.find, models.filter) is not a registry of models',
      filename: 'src/services/llm.ts',
      code: ts`
        export function pick(models: Array<{ name: string; ctx: number }>, names: string[]) {
          return names.map((name) => models.find((m) => m.name === name) ?? models.filter((m) => m.ctx > 8000)[0]);
        }
      `,
    },
    {
      name: 'a batch flushed when it is full (batch.push(x); if (batch.length >= batchSize) { sendBatch(batch); batch.length = 0 }) is batching on purpose, even with report: all',
      filename: 'src/modules/customers/export.ts',
      options: [{ report: 'all' }],
      code: ts`
        import { Customer } from '../models';
        async function sendBatch(values: string[]) {
          await fetch('https://hub.example.com/customers/bulk', { method: 'POST', body: JSON.stringify(values) });
        }
        export async function pushAll(batchSize: number) {
          const batch: string[] = [];
          for await (const customer of Customer.find({ exported: false }).cursor()) {
            batch.push(customer.email);
            if (batch.length >= batchSize) {
              await sendBatch(batch);
              batch.length = 0;
            }
          }
          if (batch.length > 0) await sendBatch(batch);
        }
      `,
    },
    {
      name: 'a write that only the first iteration makes (if (posts.length === 0) on the list the loop fills; if (i === 0))',
      filename: 'src/posts/posts.repository.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function createThread(orgId: string, values: Array<{ content: string; tags: string[] }>) {
          const posts: Array<{ id: string }> = [];
          for (const value of values) {
            if (posts.length === 0) await prisma.tagsPosts.deleteMany({ where: { orgId, tags: { in: value.tags } } });
            posts.push({ id: value.content });
          }
          await Promise.all(values.map(async (value, i) => {
            if (i === 0) await prisma.post.update({ where: { id: value.content }, data: { root: true } });
          }));
          return prisma.post.createMany({ data: values.map((v) => ({ orgId, content: v.content })) });
        }
      `,
    },
    {
      name: "p-queue's add(fn) runs a function a few at a time, and a plain `queue` array is an array: not job queues",
      filename: 'src/services/uploads.ts',
      code: ts`
        import PQueue from 'p-queue';
        import { upload } from './storage';
        const uploadQueue = new PQueue({ concurrency: 2 });
        export async function uploadAll(files: string[], taskQueue: { add(fn: () => Promise<void>): void }) {
          const queue: string[] = [];
          for (const file of files) {
            uploadQueue.add(() => upload(file));
            taskQueue.add(async () => upload(file));
            queue.push(file);
          }
          await uploadQueue.onIdle();
          return queue;
        }
      `,
    },
    {
      name: 'a loop over a list that a chunking helper made earlier (const chunkedIds = this.chunkArray(ids, 500)) hands each chunk on whole',
      filename: 'src/service/collection.service.ts',
      code: ts`
        import { DataSource } from 'typeorm';
        const db = new DataSource({ type: 'postgres' });
        export class CollectionService {
          async unlink(collectionId: string, variantIds: string[]) {
            const chunkedDeleteIds = this.chunkArray(variantIds, 500);
            for (const idsOfChunk of chunkedDeleteIds) {
              await db.createQueryBuilder().relation('Collection', 'variants').of(collectionId).remove(idsOfChunk);
            }
          }
          private chunkArray<T>(list: T[], size: number): T[][] {
            const out: T[][] = [];
            for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
            return out;
          }
        }
      `,
    },
    {
      name: "a module-level call of a Next.js server action file that runs its callback at once (Promise.all over a fixed list) runs at load, not per request",
      filename: 'app/teams/actions.ts',
      code: ts`
        'use server';
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export const seeded = Promise.all(['ops', 'sales', 'support', 'legal'].map((slug) => prisma.team.upsert({ where: { slug }, create: { slug }, update: {} })));
      `,
    },
    {
      name: 'a call followed by return or throw in the same branch runs at most once per pass, not once per item',
      filename: 'src/service/order.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function ensureStock(lines: Array<{ id: string; qty: number; stock: number }>) {
          for (const line of lines) {
            if (line.qty > line.stock) {
              await prisma.orderLine.update({ where: { id: line.id }, data: { qty: line.stock } });
              throw new Error('insufficient stock');
            }
          }
          for (const line of lines) {
            if (line.stock === 0) {
              await prisma.audit.create({ data: { line: line.id } });
              break;
            }
          }
        }
      `,
    },
    {
      name: 'a helper of the file that always throws (`abort`, its body ends in `throw`; or declared `Promise<never>`) ends the loop where it is called',
      filename: 'src/revisions/publish.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function publish(items: Array<{ id: string; ok: boolean }>) {
          const abort = async (claimed: string[], e: unknown) => {
            await prisma.claim.deleteMany({ where: { id: { in: claimed } } });
            await prisma.audit.create({ data: { reason: String(e) } });
            throw e;
          };
          const giveUp = async (id: string): Promise<never> => {
            await prisma.audit.create({ data: { reason: id } });
            throw new Error(id);
          };
          for (const item of items) {
            if (!item.ok) await abort([], new Error(item.id));
            if (item.id === '') await giveUp(item.id);
          }
        }
      `,
    },
    {
      name: 'a call inside a timing or tracing callback, then `return`: the loop ends after it, the callback is only a wrapper',
      filename: 'src/service/results.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import { logExecutionTime } from './timing';
        const prisma = new PrismaClient();
        export async function process(results: Array<{ id: string; ok: boolean }>) {
          for (const r of results) {
            if (!r.ok) {
              await logExecutionTime(async () => prisma.result.update({ where: { id: r.id }, data: { state: 'error' } }), 'markError');
              return;
            }
          }
        }
      `,
    },
    {
      name: 'groups built on purpose: one call per group of ids (Object.entries of a map of lists), and per table or field of a map keyed by them',
      filename: 'src/features/calculation/link.service.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        export async function load(idsByTable: Record<string, string[]>, fkRecordMap: Record<string, string[]>, cellsByTableId: Record<string, string[]>) {
          for (const [tableId, ids] of Object.entries(idsByTable)) await loadRows(tableId, ids);
          for (const fieldId in fkRecordMap) await db('links').where({ fieldId }).delete();
          for (const effectedTableId in cellsByTableId) await db('tableMeta').where({ id: effectedTableId }).update({ dirty: true });
        }
        async function loadRows(tableId: string, ids: string[]) {
          return db('records').whereIn('id', ids).andWhere({ tableId });
        }
      `,
    },
    {
      name: 'each item names its own server (a peer’s base URL): one request per server, nothing to batch',
      filename: 'src/federation/sync.ts',
      code: ts`
        import axios from 'axios';
        export async function announce(peers: Array<{ baseUrl: string }>, body: unknown) {
          for (const peer of peers) await axios.post(\`\${peer.baseUrl}/inbox\`, body);
          await Promise.all(peers.map((p) => fetch(p.baseUrl, { method: 'POST' })));
        }
      `,
    },
    {
      name: 'a different table per item: SQL a Knex builder makes for the item’s table, run through Prisma’s raw API',
      filename: 'src/features/field/field.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import knex from 'knex';
        const prisma = new PrismaClient();
        const q = knex({ client: 'pg' });
        export async function dropColumns(tables: Array<{ dbTableName: string; column: string }>) {
          for (const table of tables) {
            const sql = q.schema.alterTable(table.dbTableName, (t) => t.dropColumn(table.column)).toQuery();
            await prisma.$executeRawUnsafe(sql);
          }
        }
      `,
    },
    {
      name: 'a list of statements run one by one is not one query repeated',
      filename: 'src/db/cleanup.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function runAll(statements: string[]) {
          for (const sql of statements) await prisma.$executeRawUnsafe(sql);
        }
      `,
    },
    {
      name: 'a Prisma model picked per item (prisma[model]) and a MongoDB collection named by the item',
      filename: 'src/admin/purge.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import { MongoClient } from 'mongodb';
        const prisma = new PrismaClient();
        const mongo = new MongoClient(process.env.MONGO_URL!);
        export async function purge(models: string[], collections: Array<{ name: string }>, teamId: string) {
          for (const model of models) await (prisma as any)[model].deleteMany({ where: { teamId } });
          for (const c of collections) await mongo.db().collection(c.name).deleteMany({ teamId });
        }
      `,
    },
    {
      name: 'the same read in one branch of a switch on the item kind: it runs for the items that take that branch, often none',
      filename: 'src/jobs/sync.ts',
      code: ts`
        import { prisma } from '../db';
        export async function sync(fields, orgId) {
          for (const field of fields) {
            switch (field.type) {
              case 'relation': {
                const org = await prisma.organisation.findFirst({ where: { id: orgId } });
                field.options = org.relations;
                break;
              }
              default:
                field.options = [];
            }
          }
        }
      `,
    },
    {
      name: "a field resolver that answers only for the parent that is the requesting user (`if (requestingUser.uid !== user.uid) return [];`): one query per request",
      filename: 'src/user-history/user.resolver.ts',
      code: ts`
        import { Resolver, ResolveField, Parent, Query } from '@nestjs/graphql';
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        class User { uid: string }
        @Resolver(() => User)
        export class UserHistoryResolver {
          @Query(() => [User])
          users() { return prisma.user.findMany(); }
          @ResolveField()
          async history(@Parent() user: User, @GqlUser() requestingUser: User) {
            if (requestingUser?.uid !== user.uid) return [];
            return prisma.userHistory.findMany({ where: { userUid: user.uid } });
          }
        }
      `,
    },
    {
      name: 'a field resolver that uses the relation the list query already loaded, and queries only when it is missing',
      filename: 'src/graphql/resolvers.ts',
      code: ts`
        import { prisma } from '../db';
        export const resolvers = {
          Query: { posts: () => prisma.post.findMany({ include: { author: true } }) },
          Post: {
            author: (post) => post.author ?? prisma.user.findFirst({ where: { id: post.authorId } }),
            tags: async (post) => {
              if (post.tags) return post.tags;
              return prisma.tag.findMany({ where: { postId: post.id } });
            },
          },
        };
      `,
    },
    {
      name: 'one download per file to attach: each request carries that file, nothing to merge (report: all only)',
      filename: 'src/jobs/send-completed.ts',
      code: ts`
        async function downloadFile(key) {
          const res = await fetch('https://files.example.com/' + key);
          return Buffer.from(await res.arrayBuffer());
        }
        export async function attachments(items) {
          return Promise.all(items.map((item) => downloadFile(item.key)));
        }
      `,
    },
    {
      name: "one upload per attachment of a query (this.transferAttachment(file)): each request carries that file's bytes",
      filename: 'src/services/transfer.ts',
      code: ts`
        import axios from 'axios';
        import { Attachment } from '../models';
        export class TransferService {
          async transferAll(destination: string) {
            const attachments = await Attachment.find();
            for (const attachment of attachments) {
              await this.transferAttachment(destination, attachment);
            }
          }
          private async transferAttachment(destination: string, attachment: { id: string; stream(): NodeJS.ReadableStream }) {
            await axios.post(\`\${destination}/attachments/\${attachment.id}\`, attachment.stream());
          }
        }
      `,
    },
    {
      name: 'one transaction per item, opened inside the loop: each user locked and committed alone, on purpose',
      filename: 'src/tasks/invite-reminders.ts',
      code: ts`
        import { sequelize, User } from '../models';
        export async function remind(userIds) {
          for (const userId of userIds) {
            await sequelize.transaction(async (transaction) => {
              const user = await User.findByPk(userId, { transaction, lock: transaction.LOCK.UPDATE });
              await user.update({ reminded: true }, { transaction });
            });
          }
        }
      `,
    },
    {
      name: 'a database module\'s handle getters are not queries: getConnection per job only checks one out',
      filename: 'src/jobs/report.js',
      code: ts`
        const db = require('../database');
        module.exports.run = async function (jobs) {
          for (const job of jobs) {
            const conn = db.getConnection();
            job.conn = conn;
          }
        };
      `,
    },
    {
      name: 'functions passed by name that do not query: String, a mapper to a DTO',
      filename: 'src/routes/users.ts',
      code: ts`
        import { prisma } from '../db';
        const toDto = (u) => ({ id: u.id, name: u.name });
        app.get('/users', async (req, res) => {
          const users = await prisma.user.findMany();
          res.json({ ids: users.map((u) => u.id).map(String), users: users.map(toDto) });
        });
      `,
    },
    {
      name: 'socket data events are messages, not items of a collection: one query per message is per request',
      filename: 'src/tcp/server.ts',
      code: ts`
        import { prisma } from '../db';
        net.createServer((socket) => {
          socket.on('data', async (buf) => {
            const device = await prisma.device.findFirst({ where: { key: buf.toString() } });
            socket.write(device ? 'ok' : 'no');
          });
        });
      `,
    },
    {
      name: 'Kysely, Objection and BullMQ batch forms: one where in, one addBulk, a builder grown in a loop',
      filename: 'src/routes/batch.ts',
      code: ts`
        import { Kysely } from 'kysely';
        import { Model } from 'objection';
        import { Queue } from 'bullmq';
        class Page extends Model {}
        const db = new Kysely<DB>({ dialect });
        const queue = new Queue('mail', { connection });
        app.post('/batch', async (req, res) => {
          const people = await db.selectFrom('person').where('id', 'in', req.body.ids).execute();
          await queue.addBulk(req.body.emails.map((email) => ({ name: 'invite', data: { email } })));
          const qb = Page.query();
          for (const f of req.body.filters) qb.where(f.column, f.value);
          res.json({ people, pages: await qb });
        });
      `,
    },
    {
      name: 'p-queue is not a job queue in Redis: queue.add per url only schedules local work',
      filename: 'src/routes/crawl.ts',
      code: ts`
        import PQueue from 'p-queue';
        const queue = new PQueue({ concurrency: 2 });
        app.post('/crawl', async (req, res) => {
          for (const url of req.body.urls) queue.add(() => crawl(url));
          await queue.onIdle();
          res.end();
        });
      `,
    },
    {
      name: 'a sort helper over plain ids is not rows: nothing to save',
      filename: 'src/services/indexing.ts',
      code: ts`
        import sortBy from 'lodash/sortBy';
        export function order(ids) {
          const out = [];
          for (const id of sortBy(ids)) out.push(id.save());
          return out;
        }
      `,
    },
    {
      name: 'pMap with a concurrency limit: HTTP calls already go a few at a time',
      filename: 'src/routes/avatars.ts',
      code: ts`
        import pMap from 'p-map';
        app.post('/avatars', async (req, res) => {
          const images = await pMap(req.body.users, (u) => fetch('https://img.example.com/' + u.id), { concurrency: 4 });
          res.json(images.length);
        });
      `,
    },
    {
      name: 'p-limit around each request: bounded concurrency is the fix, already in place',
      filename: 'src/routes/avatars.ts',
      code: ts`
        import pLimit from 'p-limit';
        import axios from 'axios';
        const limit = pLimit(5);
        app.post('/avatars', async (req, res) => {
          const images = await Promise.all(req.body.users.map((u) => limit(() => axios.get('https://img.example.com/' + u.id))));
          res.json(images.length);
        });
      `,
    },
    {
      name: 'one request per configured webhook: other servers, no batch form (reported with report: all only)',
      filename: 'src/routes/deploys.ts',
      code: ts`
        import axios from 'axios';
        app.post('/deploys', async (req, res) => {
          const hooks = await db.webhook.findMany({ where: { projectId: req.body.projectId } });
          for (const hook of hooks) await axios.post(hook.url, { event: 'deployed' });
          res.end();
        });
      `,
    },
    {
      name: 'Prisma gathers findUnique calls made in the same tick: Promise.all(ids.map(findUnique)) is one query',
      filename: 'app/api/users/route.ts',
      code: ts`
        import { prisma } from '@/lib/prisma';
        export async function POST(request: Request) {
          const { ids } = await request.json();
          const users = await Promise.all(ids.map((id) => prisma.user.findUnique({ where: { id } })));
          return Response.json(users);
        }
      `,
    },
    {
      name: 'Prisma gathers findUnique over a member of each item (with select) into one query',
      filename: 'src/services/buyers.service.ts',
      code: ts`
        import { prisma } from '../db';
        export async function listBuyers(orders) {
          return Promise.all(orders.map((o) => prisma.user.findUnique({ where: { id: o.buyerId }, select: { name: true } })));
        }
      `,
    },
    {
      name: 'Prisma gathers findUnique with include in an async map callback into one query',
      filename: 'src/routes/users.ts',
      code: ts`
        import { prisma } from '../db';
        app.post('/users/batch', async (req, res) => {
          const users = await Promise.all(req.body.ids.map(async (id) => await prisma.user.findUnique({ where: { id }, include: { profile: true } })));
          res.json(users);
        });
      `,
    },
    {
      name: 'Prisma gathers findUnique calls whose results are destructured by position',
      filename: 'src/routes/trades.ts',
      code: ts`
        import { prisma } from '../db';
        app.get('/trades/:id', async (req, res) => {
          const [buyer, seller] = await Promise.all(req.body.partyIds.map((id) => prisma.user.findUnique({ where: { id } })));
          res.json({ buyer, seller });
        });
      `,
    },
    {
      name: 'Prisma gathers findUnique calls from a block-bodied map callback',
      filename: 'src/routes/users.ts',
      code: ts`
        import { prisma } from '../db';
        app.post('/users/batch', async (req, res) => {
          const users = await Promise.all(req.body.ids.map(async (id) => {
            return prisma.user.findUnique({ where: { id } });
          }));
          res.json(users);
        });
      `,
    },
    {
      name: 'Prisma gathers findUnique calls on a compound unique key',
      filename: 'src/routes/orgs.ts',
      code: ts`
        import { prisma } from '../db';
        app.get('/orgs/:org/members', async (req, res) => {
          res.json(await Promise.all(req.body.ids.map((id) => prisma.membership.findUnique({ where: { userId_orgId: { userId: id, orgId: req.params.org } } }))));
        });
      `,
    },
    {
      name: 'GraphQL field resolver with findUnique on the context client: Prisma gathers them into one query',
      filename: 'src/graphql/resolvers.ts',
      code: ts`
        export const resolvers = {
          Query: { posts: (_p, _a, context) => context.prisma.post.findMany() },
          Post: { author: (post, _a, context) => context.prisma.user.findUnique({ where: { id: post.authorId } }) },
        };
      `,
    },
    {
      name: 'NestJS @ResolveField with findUnique: Prisma gathers the per-post lookups into one query',
      filename: 'src/posts/posts.resolver.ts',
      code: ts`
        import { Resolver, ResolveField, Parent } from '@nestjs/graphql';
        import { PrismaService } from '../prisma.service';
        @Resolver(() => Post)
        export class PostsResolver {
          constructor(private readonly prisma: PrismaService) {}
          @ResolveField()
          author(@Parent() post: Post) {
            return this.prisma.user.findUnique({ where: { id: post.authorId } });
          }
        }
      `,
      // The parent type is read from the class name (`PostsResolver`); see knownGapsForLead for the wording.
    },
    {
      // request-path.ts isFieldResolver names the parent after the class (`PostsResolver` → Posts),
      // not the type in `@Resolver(() => Post)`.
      name: 'NestJS @ResolveField on @Resolver(() => Post) with findUnique: gathered by Prisma',
      filename: 'src/posts/posts.resolver.ts',
      code: ts`
        import { Resolver, ResolveField, Parent } from '@nestjs/graphql';
        import { PrismaService } from '../prisma.service';
        @Resolver(() => Post)
        export class PostsResolver {
          constructor(private readonly prisma: PrismaService) {}
          @ResolveField()
          author(@Parent() post: Post) {
            return this.prisma.user.findUnique({ where: { id: post.authorId } });
          }
        }
      `,
    },
    {
      name: 'a fixed two-item list written in the code: two queries, whatever the data',
      filename: 'src/routes/dashboard.ts',
      code: ts`
        import { prisma } from '../db';
        app.get('/dashboard', async (req, res) => {
          const counts = {};
          for (const status of ['open', 'closed']) counts[status] = await prisma.ticket.count({ where: { status } });
          res.json(counts);
        });
      `,
    },
    {
      name: 'Array find with a callback on rows already loaded is not a query',
      filename: 'src/routes/orders.ts',
      code: ts`
        import { getRepository } from 'typeorm';
        import { Order } from '../entities';
        app.get('/orders', async (req, res) => {
          const rows = await getRepository(Order).find({ where: { userId: req.user.id } });
          const picked = req.body.ids.map((id) => rows.find((r) => r.id === id));
          res.json(picked);
        });
      `,
    },
    {
      name: 'a knex.raw fragment inside a builder call is sent with the outer query, not on its own',
      filename: 'src/routes/stats.ts',
      code: ts`
        import { db } from '../db';
        app.get('/stats', async (req, res) => {
          const columns = req.query.cols.split(',').map((c) => db.raw('sum(??) as ??', [c, c]));
          res.json(await db('events').select(columns));
        });
      `,
    },
    {
      name: 'cursor pagination: each page depends on the previous cursor',
      filename: 'src/jobs/export-events.ts',
      code: ts`
        import { prisma } from '../db';
        export async function exportAll(write) {
          let cursor;
          while (true) {
            const page = await prisma.event.findMany({ take: 500, ...(cursor && { skip: 1, cursor: { id: cursor } }), orderBy: { id: 'asc' } });
            if (page.length === 0) break;
            await write(page);
            cursor = page[page.length - 1].id;
          }
        }
      `,
    },
    {
      name: 'cursor pagination in a bounded for-of: each request sends the cursor the previous page returned',
      filename: 'src/routes/sync.ts',
      code: ts`
        import axios from 'axios';
        app.post('/sync', async (req, res) => {
          let after = null;
          const all = [];
          for (const _page of Array.from({ length: 20 })) {
            const { data } = await axios.get('https://api.example.com/items', { params: { after } });
            all.push(...data.items);
            after = data.next;
          }
          res.json(all);
        });
      `,
    },
    {
      name: 'walking up a parent chain: each lookup uses the id the previous one returned',
      filename: 'src/services/categories.ts',
      code: ts`
        import { prisma } from '../db';
        export async function breadcrumbs(id) {
          const trail = [];
          let current = id;
          for (const _ of Array(10)) {
            const node = await prisma.category.findUnique({ where: { id: current } });
            if (!node) break;
            trail.unshift(node);
            current = node.parentId;
          }
          return trail;
        }
      `,
    },
    {
      name: 'recursion that follows one parent per level (not once per child)',
      filename: 'src/services/categories.ts',
      code: ts`
        import { prisma } from '../db';
        export async function ancestors(id) {
          const node = await prisma.category.findUnique({ where: { id } });
          return node?.parentId ? [...(await ancestors(node.parentId)), node] : [node];
        }
      `,
    },
    {
      name: 'failover across mirrors: returns from inside try on the first success',
      filename: 'src/services/geo.ts',
      code: ts`
        import axios from 'axios';
        const MIRRORS = ['https://a.example.com', 'https://b.example.com'];
        export async function lookup(ip) {
          for (const base of MIRRORS) {
            try {
              const { data } = await axios.get(base + '/ip/' + ip);
              return data;
            } catch {}
          }
          throw new Error('all mirrors failed');
        }
      `,
    },
    {
      name: 'search loop that breaks on the first cache hit',
      filename: 'src/routes/products.ts',
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        app.get('/p/:id', async (req, res) => {
          let hit = null;
          for (const region of ['eu', 'us', 'ap']) {
            hit = await redis.get(\`product:\${region}:\${req.params.id}\`);
            if (hit) break;
          }
          res.json(hit);
        });
      `,
    },
    {
      name: 'retry loop: counted attempts around one insert that may collide',
      filename: 'src/routes/tickets.ts',
      code: ts`
        import { prisma } from '../db';
        app.post('/raffle', async (req, res) => {
          for (let attempt = 0; attempt < 3; attempt++) {
            try {
              return res.json(await prisma.ticket.create({ data: { code: randomCode() } }));
            } catch (e) {
              if (e.code !== 'P2002') throw e;
            }
          }
          res.sendStatus(409);
        });
      `,
    },
    {
      name: 'Prisma batch transaction: per-row updates gathered into $transaction([...])',
      filename: 'app/api/stock/route.ts',
      code: ts`
        import { prisma } from '@/lib/prisma';
        export async function PUT(request: Request) {
          const items = await request.json();
          await prisma.$transaction(items.map((item) => prisma.product.update({ where: { id: item.id }, data: { stock: item.stock } })));
          return new Response(null, { status: 204 });
        }
      `,
    },
    {
      name: 'DataLoader: the field resolver calls loader.load and the batch function queries once',
      filename: 'src/graphql/resolvers.ts',
      code: ts`
        import DataLoader from 'dataloader';
        import { prisma } from '../db';
        const userLoader = new DataLoader(async (ids) => {
          const users = await prisma.user.findMany({ where: { id: { in: [...ids] } } });
          const byId = new Map(users.map((u) => [u.id, u]));
          return ids.map((id) => byId.get(id) ?? null);
        });
        export const resolvers = {
          Query: { posts: () => prisma.post.findMany() },
          Post: { author: (post) => userLoader.load(post.authorId) },
        };
      `,
    },
    {
      name: 'DataLoader from the GraphQL context: ctx.loaders.user.load',
      filename: 'src/graphql/resolvers.ts',
      code: ts`
        export const resolvers = {
          Query: { posts: (_, __, ctx) => ctx.prisma.post.findMany() },
          Post: { author: (post, _args, ctx) => ctx.loaders.user.load(post.authorId) },
        };
      `,
    },
    {
      name: 'root Query/Mutation resolvers run once per request; a scalar field resolver only reads its parent',
      filename: 'src/graphql/resolvers.ts',
      code: ts`
        import { prisma } from '../db';
        export const resolvers = {
          Query: { user: (_, { id }) => prisma.user.findUnique({ where: { id } }) },
          Mutation: { createUser: (_, { input }) => prisma.user.create({ data: input }) },
          User: { fullName: (u) => u.firstName + ' ' + u.lastName },
        };
      `,
    },
    {
      name: 'polling loop: asks for the export status while it is pending',
      filename: 'src/routes/exports.ts',
      code: ts`
        import axios from 'axios';
        app.post('/exports', async (req, res) => {
          let status = 'pending';
          while (status === 'pending') {
            await new Promise((r) => setTimeout(r, 1000));
            ({ data: { status } } = await axios.get('https://reports.example.com/jobs/' + req.body.jobId));
          }
          res.json({ status });
        });
      `,
    },
    {
      name: 'tests: fixtures inserted one by one in a spec file',
      filename: 'test/orders.test.ts',
      code: ts`
        import { prisma } from '../src/db';
        it('lists orders', async () => {
          for (const u of fixtures.users) await prisma.user.create({ data: u });
        });
      `,
    },
    {
      name: 'migration: backfilling slugs row by row',
      filename: 'migrations/20240105120000_backfill_slugs.js',
      code: ts`
        exports.up = async function (knex) {
          const rows = await knex('posts').select('id', 'title');
          for (const row of rows) {
            await knex('posts').where({ id: row.id }).update({ slug: slugify(row.title) });
          }
        };
      `,
    },
    {
      name: 'seed script: roles created one by one in prisma/seed.ts',
      filename: 'prisma/seed.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        for (const name of ['admin', 'editor']) await prisma.role.create({ data: { name } });
      `,
    },
    {
      name: 'Map.get and Set.has in a loop are in-memory lookups after two batched queries',
      filename: 'src/routes/orders.ts',
      code: ts`
        import { prisma } from '../db';
        app.get('/orders', async (req, res) => {
          const [orders, customers] = await Promise.all([prisma.order.findMany(), prisma.customer.findMany()]);
          const byId = new Map(customers.map((c) => [c.id, c]));
          const seen = new Set();
          for (const o of orders) {
            o.customer = byId.get(o.customerId);
            if (seen.has(o.customerId)) continue;
            seen.add(o.customerId);
          }
          res.json(orders);
        });
      `,
    },
    {
      name: 'an in-process LRU cache: cache.get in a map callback',
      filename: 'src/routes/rates.ts',
      code: ts`
        import { LRUCache } from 'lru-cache';
        const cache = new LRUCache({ max: 500 });
        app.get('/rates', async (req, res) => {
          res.json(req.query.codes.split(',').map((c) => cache.get(c)));
        });
      `,
    },
    {
      name: 'Array.find over the rows one query already fetched',
      filename: 'src/routes/orders.ts',
      code: ts`
        import { prisma } from '../db';
        app.get('/orders', async (req, res) => {
          const orders = await prisma.order.findMany();
          const users = await prisma.user.findMany({ where: { id: { in: orders.map((o) => o.userId) } } });
          res.json(orders.map((o) => ({ ...o, user: users.find((u) => u.id === o.userId) })));
        });
      `,
    },
    {
      name: 'redis pipeline: commands are queued in the loop and sent once by exec()',
      filename: 'src/routes/flags.ts',
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        app.get('/flags', async (req, res) => {
          const pipeline = redis.pipeline();
          for (const name of req.body.names) pipeline.get('flag:' + name);
          res.json(await pipeline.exec());
        });
      `,
    },
    {
      name: 'redis MULTI: commands queued in forEach, one exec()',
      filename: 'src/routes/flags.ts',
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        fastify.post('/flags', async (request) => {
          const tx = redis.multi();
          request.body.names.forEach((n) => tx.set('flag:' + n, '1'));
          await tx.exec();
          return { ok: true };
        });
      `,
    },
    {
      name: 'chunked batches: each iteration sends a whole chunk as { in: batch }',
      filename: 'src/jobs/reindex.ts',
      code: ts`
        import { prisma } from '../db';
        import chunk from 'lodash/chunk';
        export async function reindex(ids) {
          for (const batch of chunk(ids, 500)) {
            await prisma.product.updateMany({ where: { id: { in: batch } }, data: { dirty: true } });
          }
        }
      `,
    },
    {
      name: 'indexed chunking: ids.slice(i, i + 500) passed to whereIn',
      filename: 'src/jobs/reindex.ts',
      code: ts`
        import { db } from '../db';
        export async function reindex(ids) {
          for (let i = 0; i < ids.length; i += 500) {
            const batch = ids.slice(i, i + 500);
            await db('products').whereIn('id', batch).update({ dirty: true });
          }
        }
      `,
    },
    {
      name: 'pg chunks: one = ANY($1) query per chunk of ids',
      filename: 'src/lambda/expire.ts',
      code: ts`
        import { Pool } from 'pg';
        const pool = new Pool();
        export const handler = async (event) => {
          for (const ids of event.batches) {
            await pool.query('update sessions set expired = true where id = ANY($1)', [ids]);
          }
        };
      `,
    },
    {
      name: 'rate-limited loop: sleeps between webhook deliveries on purpose',
      filename: 'src/workers/webhooks.ts',
      code: ts`
        import axios from 'axios';
        import { Worker } from 'bullmq';
        import { setTimeout as sleep } from 'node:timers/promises';
        new Worker('webhooks', async (job) => {
          for (const hook of job.data.hooks) {
            await axios.post(hook.url, job.data.payload);
            await sleep(200);
          }
        });
      `,
    },
    {
      name: "paced on purpose through Bluebird's Promise.each (one callback after the other) with a pause in the callback",
      filename: 'server/lib/device/device.purge.js',
      code: ts`
        const Promise = require('bluebird');
        const { PrismaClient } = require('@prisma/client');
        const prisma = new PrismaClient();
        async function purge(featureIds) {
          await Promise.each(featureIds, async (id) => {
            await prisma.state.deleteMany({ where: { featureId: id } });
            await Promise.delay(100);
          });
        }
        module.exports = { purge };
      `,
    },
    {
      name: 'rate-limited loop: waits for a limiter token before each call',
      filename: 'src/routes/enrich.ts',
      code: ts`
        import axios from 'axios';
        import { RateLimiter } from 'limiter';
        const limiter = new RateLimiter({ tokensPerInterval: 5, interval: 'second' });
        app.post('/enrich', async (req, res) => {
          for (const email of req.body.emails) {
            await limiter.removeTokens(1);
            await axios.get('https://people.example.com/lookup', { params: { email } });
          }
          res.end();
        });
      `,
    },
    {
      name: 'Bottleneck: limiter.schedule runs each request later, at the limiter’s pace',
      filename: 'src/routes/enrich.ts',
      code: ts`
        import axios from 'axios';
        app.post('/enrich', async (req, res) => {
          for (const id of req.body.ids) await limiter.schedule(() => axios.get('/people/' + id));
          res.end();
        });
      `,
    },
    {
      name: 'a fixed list in Promise.all is two queries, not one per item',
      filename: 'src/routes/stats.ts',
      code: ts`
        import { prisma } from '../db';
        app.get('/stats', async (req, res) => {
          const [users, posts] = await Promise.all([prisma.user.count(), prisma.post.count()]);
          res.json({ users, posts });
        });
      `,
    },
    {
      name: 'bulkWrite: the map callback only builds operations for one call',
      filename: 'src/routes/prices.ts',
      code: ts`
        import { Product } from '../models';
        app.put('/prices', async (req, res) => {
          const ops = req.body.map((p) => ({ updateOne: { filter: { sku: p.sku }, update: { price: p.price } } }));
          await Product.bulkWrite(ops);
          res.end();
        });
      `,
    },
    {
      name: 'allow option: a call the team accepts per item on purpose',
      filename: 'src/routes/flags.ts',
      options: [{ allow: ['redis.get'] }],
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        app.get('/flags', async (req, res) => {
          for (const name of req.body.names) res.write(await redis.get('flag:' + name));
          res.end();
        });
      `,
    },
    {
      name: 'getDatabase() from the project database module hands back the client; calling it per event is no query',
      filename: 'src/emitter.ts',
      code: ts`
        import getDatabase from './database/index.js';
        export class Emitter {
          getDefaultContext() {
            return { database: getDatabase(), schema: null };
          }
          emitAction(events, meta, context) {
            for (const event of events) this.emitter.emitAsync(event, meta, context ?? this.getDefaultContext());
          }
        }
      `,
    },
    {
      name: 'a Knex builder that grows inside .map (select per sort field) runs once, later',
      filename: 'src/database/get-db-query.ts',
      code: ts`
        export function getDBQuery({ table, sortRecords }, { knex }) {
          const dbQuery = knex.from(table);
          sortRecords.map((sortRecord) => {
            dbQuery.select(knex.raw('?? as ??', [sortRecord.column, 'sort_' + sortRecord.column]));
          });
          return dbQuery;
        }
      `,
    },
    {
      name: 'a helper handed options that carry the transaction runs on the caller\'s connection, in order',
      filename: 'src/repositories/member-repository.js',
      code: ts`
        import { knex } from '../db';
        class MemberRepository {
          async linkSubscription(data, options) {
            await knex('subscriptions').insert(data).transacting(options.transacting);
          }
          async setComplimentary(member, options = {}) {
            if (!options.transacting) {
              return this._Member.transaction((transacting) => this.setComplimentary(member, { ...options, transacting }));
            }
            for (const subscription of member.subscriptions) {
              await this.linkSubscription({ id: member.id, subscription }, options);
            }
          }
        }
      `,
    },
    {
      name: 'one batched whereIn per join table: each iteration queries another table',
      filename: 'src/services/document-service/relations.ts',
      code: ts`
        export async function restoreRelations(strapi, relationData) {
          await strapi.db.transaction(async ({ trx }) => {
            for (const { joinTable, relations } of relationData) {
              const ids = relations.map((r) => r.id);
              const existing = await trx(joinTable.name).whereIn('id', ids).select('id');
              strapi.log.debug(existing.length);
            }
          });
        }
      `,
    },
    {
      name: 'a value object built from a string (OfferStatus.create(\'archived\')) is no query',
      filename: 'src/offers/application/offers-api.js',
      code: ts`
        const OfferStatus = require('../domain/models/offer-status');
        module.exports = class OffersAPI {
          archiveOthers(offers) {
            for (const offer of offers) offer.status = OfferStatus.create('archived');
          }
        };
      `,
    },
    {
      name: 'rows read with raw: true (Sequelize) or .lean() (Mongoose) are plain data: their save is not a query',
      filename: 'src/jobs/touch.ts',
      code: ts`
        import { Model } from 'sequelize';
        import mongoose from 'mongoose';
        class Attachment extends Model {}
        const Post = mongoose.model('Post', schema);
        export async function touch() {
          const rows = await Attachment.findAll({ raw: true });
          for (const row of rows) row.save();
          const posts = await Post.find().lean();
          posts.forEach((p) => p.save());
        }
      `,
    },
    {
      name: "a project's awaiting map over chunks (asyncMap(chunk(ids, 500), …)) sends one statement per chunk: batched on purpose",
      filename: 'src/jobs/seen.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import { chunk } from 'lodash';
        import { asyncMap } from 'utils/async';
        const prisma = new PrismaClient();
        export async function markSeen(ids: string[]) {
          await asyncMap(chunk(ids, 500), (batch) => prisma.user.updateMany({ where: { id: { in: batch } }, data: { seen: true } }));
        }
      `,
    },
    {
      name: "Sequelize hooks that run at start-up (afterSync, beforeConnect) are once-only code, like module scope",
      filename: 'src/db/roles.ts',
      code: ts`
        import { Model, Sequelize } from 'sequelize';
        const sequelize = new Sequelize(process.env.DATABASE_URL!);
        class Role extends Model {}
        const ROLE_NAMES = ['admin', 'editor', 'viewer', 'guest'];
        sequelize.afterSync(async () => {
          for (const name of ROLE_NAMES) await Role.findOrCreate({ where: { name } });
        });
      `,
    },
    {
      name: 'the first half of an entries() pair is the index, whatever its name',
      filename: 'src/jobs/renumber.ts',
      code: ts`
        import { Model } from 'sequelize';
        class Ticket extends Model {}
        export async function renumber(eventId: string) {
          const rows = await Ticket.findAll({ where: { eventId } });
          for (const [row, ticket] of rows.entries()) await row.update({ position: ticket.position });
        }
      `,
    },
    {
      name: 'Array.prototype methods on a list of rows are not queries',
      filename: 'src/routes/attachments.ts',
      code: ts`
        import { Model } from 'sequelize';
        class Attachment extends Model {}
        app.get('/a', async (req, res) => {
          const rows = await Attachment.findAll();
          res.json(rows.filter((r) => r.size > 10).map((r) => r.get('name')));
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a helper that runs the callback it is handed (a span) still queries where it is called, per item',
      filename: 'src/route-handlers/span.ts',
      code: ts`
        import { prisma } from '../db';
        async function inSpan<T>(name: string, fn: () => Promise<T>): Promise<T> {
          const started = Date.now();
          try {
            return await fn();
          } finally {
            console.debug(name, Date.now() - started);
          }
        }
        export async function countAll(ops: string[]) {
          for (const op of ops) await inSpan(op, async () => prisma.user.count({ where: { op } }));
        }
      `,
      errors: [{ messageId: 'perItem', line: 11 }],
    },
    {
      name: 'Drizzle statements made per item and awaited together (Promise.all): one request each',
      filename: 'src/modules/options/options.repository.ts',
      code: ts`
        import { drizzle } from 'drizzle-orm/libsql';
        import { eq } from 'drizzle-orm';
        import { options } from '../db/schema';
        const db = drizzle(process.env.DATABASE_URL!);
        export async function sync(toUpdate: Array<{ id: string; name: string }>) {
          const queries = toUpdate.map((o) => db.update(options).set({ name: o.name }).where(eq(options.id, o.id))).filter(Boolean);
          await Promise.all(queries);
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'a field resolver that gives up on a parent without an id (`if (!resource.id) return null;`) still queries for every other parent',
      filename: 'src/graphql/resource.resolver.ts',
      code: ts`
        import { Resolver, ResolveField, Parent, Query } from '@nestjs/graphql';
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        class Resource { id: string; ownershipId?: string }
        @Resolver(() => Resource)
        export class ResourceResolver {
          @Query(() => [Resource])
          resources() { return prisma.resource.findMany(); }
          @ResolveField()
          async relations(@Parent() resource: Resource) {
            if (!resource.id) {
              return null;
            }
            return prisma.relation.findMany({ where: { resourceId: resource.id } });
          }
          @ResolveField()
          async owner(@Parent() resource: Resource) {
            if (!resource.ownershipId) return undefined;
            return prisma.ownership.findFirst({ where: { id: resource.ownershipId } });
          }
        }
      `,
      errors: [{ messageId: 'perItem' }, { messageId: 'perItem' }],
    },
    {
      name: 'a helper that always throws, called inside a `try` in the loop: the loop carries on, so it runs once per item',
      filename: 'src/revisions/publish.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function publish(items: Array<{ id: string }>) {
          const reject = async (id: string) => {
            await prisma.audit.create({ data: { reason: id } });
            throw new Error(id);
          };
          for (const item of items) {
            try {
              await reject(item.id);
            } catch {
              continue;
            }
          }
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 10 }],
    },
    {
      name: "a `return` inside a wrapping callback ends the callback, not the loop: still once per item",
      filename: 'src/service/results.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import { withSpan } from './tracing';
        const prisma = new PrismaClient();
        export async function process(results: Array<{ id: string }>) {
          for (const r of results) {
            await withSpan('mark', async () => {
              await prisma.result.update({ where: { id: r.id }, data: { state: 'done' } });
              return;
            });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: 'rows changed one statement per item are still reported next to schema statements (an `UPDATE` is not DDL)',
      filename: 'src/storage/rows.ts',
      code: ts`
        import { Pool } from 'pg';
        const pool = new Pool();
        export async function touch(ids: string[]) {
          for (const id of ids) {
            await pool.query(\`UPDATE docs SET seen = now() WHERE id = $1\`, [id]);
          }
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'a set checked but not filled by the branch (`if (!seen.has(id)) { await insert… }`), and a memo made in the call itself or by the enclosing run (`const seen = new Map()` around the lookup): still one query per distinct item',
      filename: 'src/services/tags.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        const seen = new Set<string>();
        async function track(id: string) {
          if (!seen.has(id)) await db('views').insert({ id });
        }
        async function names(ids: string[]) {
          const memo: Record<string, unknown> = {};
          for (const id of ids) {
            if (!(id in memo)) memo[id] = await db.raw('select name from tags where id = ?', [id]);
          }
          return memo;
        }
        async function titles(ids: string[]) {
          const seen = new Map<string, unknown>();
          const titleOf = async (id: string) => {
            if (!seen.has(id)) seen.set(id, await db.raw('select title from docs where id = ?', [id]));
            return seen.get(id);
          };
          for (const id of ids) await titleOf(id);
        }
        export async function record(ids: string[]) {
          await Promise.all(ids.map((id) => track(id)));
          await titles(ids);
          return names(ids);
        }
      `,
      errors: [{ messageId: 'perItem' }, { messageId: 'perItemViaHelper' }, { messageId: 'perItemViaHelper' }],
    },
    {
      name: 'a field set on each item (`if (!row.owner) row.owner = await …` in a helper given the row) is no memo: another row each time',
      filename: 'src/services/rows.ts',
      code: ts`
        import { prisma } from '../db';
        async function withOwner(row: { ownerId: string; owner?: unknown }) {
          if (!row.owner) row.owner = await prisma.user.findUnique({ where: { id: row.ownerId } });
          return row;
        }
        async function latestOwner(ownerId: string) {
          const found = { user: undefined as unknown };
          found.user ??= await prisma.user.findUnique({ where: { id: ownerId } });
          return found.user;
        }
        export async function owners(rows: Array<{ ownerId: string }>) {
          for (const row of rows) await withOwner(row);
          for (const row of rows) await latestOwner(row.ownerId);
        }
      `,
      errors: [{ messageId: 'perItemViaHelper' }, { messageId: 'perItemViaHelper' }],
    },
    {
      name: "a helper wrapped at module level (const getTeam = cache(async (id) => …)) called per item from a server action made by a wrapper (actionClient.action(async … => …))",
      filename: 'app/teams/actions.ts',
      code: ts`
        'use server';
        import { cache } from 'react';
        import { PrismaClient } from '@prisma/client';
        import { actionClient } from '@/lib/action-client';
        const prisma = new PrismaClient();
        const getTeam = cache(async (teamId: string) => prisma.team.findUnique({ where: { id: teamId } }));
        export const checkTeamsAction = actionClient.action(async ({ parsedInput }: { parsedInput: { teamIds: string[] } }) => {
          for (const teamId of parsedInput.teamIds) {
            if (!(await getTeam(teamId))) throw new Error('no such team');
          }
        });
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 9 }],
    },
    {
      name: 'a helper that returns its query (`return repo.createQueryBuilder(…).cache(…).getOne()`) is not a cache guarding that query',
      filename: 'src/handlers/subscription-expired.ts',
      code: ts`
        import { DataSource } from 'typeorm';
        const db = new DataSource({ type: 'mysql' });
        const users = db.getRepository('User');
        async function findOneByUuid(uuid: string) {
          return users.createQueryBuilder('user').where('user.uuid = :uuid', { uuid }).cache(\`user_\${uuid}\`, 60000).getOne();
        }
        export async function expire(subscriptions: Array<{ userUuid: string }>) {
          for (const s of subscriptions) await findOneByUuid(s.userUuid);
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 8 }],
    },
    {
      name: 'knex.raw with a whole INSERT statement mapped over a list, then awaited with Promise.all: one statement per item, whatever the callback looks like',
      filename: 'src/stores/tokens.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        export async function linkProjects(secret: string, projects: string[]) {
          const tasks = projects.map((project) => db.raw(\`INSERT INTO token_project VALUES (?, ?)\`, [secret, project]));
          await Promise.all(tasks);
        }
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
    {
      name: 'knex.raw with a SELECT mapped straight into Promise.all: each text the callback makes is sent as its own statement',
      filename: 'src/stores/invoices.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        export async function invoicesOf(clientIds: string[]) {
          return Promise.all(clientIds.map((id) => db.raw('select total from invoices where client_id = ?', [id])));
        }
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
    {
      name: "a project's transaction helper handed the client (`inTransaction(db, async (tx) => …)`): `tx` is that client's transaction",
      filename: 'src/stores/tokens.ts',
      code: ts`
        import knex from 'knex';
        import { inTransaction } from './transaction';
        const db = knex({ client: 'pg' });
        export async function linkProjects(secret: string, projects: string[]) {
          await inTransaction(db, async (tx) => {
            for (const project of projects) await tx('token_project').where({ project }).update({ secret });
          });
        }
      `,
      errors: [{ messageId: 'perItemInTransaction', line: 6 }],
    },
    {
      name: 'a listener registered by start-up code runs on every event: its loop is per item, whatever the file is called',
      filename: 'src/plugins/inventory/startup.js',
      code: ts`
        import { MongoClient } from 'mongodb';
        const db = new MongoClient(process.env.MONGO_URL).db();
        export default function inventoryStartup(appEvents) {
          for (const name of ['catalog', 'products']) db.collection(name).createIndex({ shopId: 1 });
          appEvents.on('afterBulkInventoryUpdate', async ({ productIds }) => {
            for (const productId of productIds) {
              await db.collection('catalog').updateOne({ productId }, { $set: { isSoldOut: false } });
            }
          });
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: 'a variable declared in the loop body and assigned there is fresh each iteration: not carried from the one before',
      filename: 'src/modules/wms/lib/import.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function importRows(rows: Array<{ sku: string; lot?: string }>) {
          for (const row of rows) {
            let lot: { id: string } | null = null;
            if (row.lot) lot = await prisma.lot.findFirst({ where: { number: { startsWith: row.lot } } });
            await prisma.balance.findFirst({ where: { sku: row.sku, lotId: lot?.id } });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }, { messageId: 'perItem', line: 7 }],
    },
    {
      name: 'knex.raw with a whole statement, returned by a helper and awaited per item: a query per item',
      filename: 'src/jobs/totals.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        function totalFor(id: string) {
          return db.raw('SELECT sum(amount) FROM payments WHERE account_id = ?', [id]);
        }
        export async function totals(ids: string[]) {
          for (const id of ids) await totalFor(id);
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 7 }],
    },
    {
      name: 'a switch over a field of the item (many items share a type): still once per item',
      filename: 'src/jobs/sync.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function sync(events: Array<{ type: string; id: string }>) {
          for (const event of events) {
            switch (event.type) {
              case 'order':
                await prisma.order.update({ where: { id: event.id }, data: { synced: true } });
                break;
              default:
                break;
            }
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: 'RedBeanNode: R.findOne and R.store once per item (the shared R facade of require)',
      filename: 'server/socket-handlers/monitor-handler.js',
      code: ts`
        const { R } = require('redbean-node');
        async function pauseAll(monitorIDs, userID) {
          for (const id of monitorIDs) {
            const bean = await R.findOne('monitor', ' id = ? AND user_id = ? ', [id, userID]);
            bean.active = false;
            await R.store(bean);
          }
        }
        module.exports = { pauseAll };
      `,
      errors: [{ messageId: 'perItem', line: 4 }, { messageId: 'perItem', line: 6 }],
    },
    {
      name: 'postgres-query-builder: a select sent by .load(pool) and an update by .execute(connection) per item',
      filename: 'src/modules/checkout/services/updateStock.js',
      code: ts`
        import { select, update } from '@evershop/postgres-query-builder';
        import { pool } from '../../../lib/postgres/connection.js';
        export async function updateStock(items, connection) {
          for (const item of items) {
            const product = await select().from('product').where('product_id', '=', item.productId).load(pool);
            await update('product_inventory').given({ qty: product.qty - item.qty }).where('product_id', '=', item.productId).execute(connection);
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }, { messageId: 'perItem', line: 6 }],
    },
    {
      name: 'a write per row while draining a cursor (while (await cursor.hasNext())) is one round trip per row',
      filename: 'src/jobs/backlinks.ts',
      code: ts`
        import { MongoClient } from 'mongodb';
        const client = new MongoClient(process.env.MONGO_URL!);
        export async function rebuild() {
          const cursor = client.db().collection('pages').find({});
          while (await cursor.hasNext()) {
            const page = await cursor.next();
            await client.db().collection('links').insertOne({ from: page!._id });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 7, data: { call: 'client.db(…).collection(…).insertOne', repetition: 'item of \`cursor\` (loop at line 5)' } }],
    },
    {
      name: 'a write per row of a cursor drained by assignment in the test (while ((row = await cursor.next()))): the row is the item, not a value carried from the pass before',
      filename: 'lib/tasks/clear-folder.js',
      code: ts`
        const { MongoClient } = require('mongodb');
        const client = new MongoClient(process.env.MONGO_URL);
        module.exports = async function clearFolder(task) {
          const cursor = client.db().collection('messages').find({ mailbox: task.mailbox });
          let message;
          while ((message = await cursor.next())) {
            await client.db().collection('audit').insertOne({ message: message._id });
          }
        };
      `,
      errors: [{ messageId: 'perItem', line: 7, data: { call: 'client.db(…).collection(…).insertOne', repetition: 'item of \`cursor\` (loop at line 6)' } }],
    },
    {
      name: 'the query builder kept on a model registry (WIKI.models.knex) is Knex: raw per item',
      filename: 'server/core/sync.js',
      code: ts`
        module.exports = async function sync(items) {
          for (const it of items) await WIKI.models.knex.raw('insert into tags (tag) values (?)', [it.tag]);
        };
      `,
      errors: [{ messageId: 'perItem', line: 2, data: { call: 'WIKI.models.knex.raw', repetition: 'item of \`items\` (loop at line 2)' } }],
    },
    {
      name: 'a client handed out by a getter or a method of the same class is still the client',
      filename: 'src/cache/store.ts',
      code: ts`
        import Redis from 'ioredis';
        export class Store {
          constructor(private readonly connection: Redis) {}
          get client() { return this.connection; }
          primary() { return this.connection; }
          async drop(keys: string[]) {
            for (const k of keys) await this.client.del(k);
            for (const k of keys) await this.primary().del(k);
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }, { messageId: 'perItem', line: 8 }],
    },
    {
      name: 'Keyv: a get per token, on an instance and on a store typed by the library; getMany once is the batch',
      filename: 'src/services/links.ts',
      code: ts`
        import Keyv, { type KeyvStoreAdapter } from 'keyv';
        const kv = new Keyv();
        export class Links {
          constructor(private readonly store: KeyvStoreAdapter) {}
          async resolve(tokens: string[]) {
            for (const t of tokens) await kv.get(t);
            await Promise.all(tokens.map((t) => this.store.get(t)));
            return kv.getMany(tokens);
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }, { messageId: 'perItem', line: 7 }],
    },
    {
      name: 'this.helper() inside a method of an exported object literal is the sibling helper: its query repeats',
      filename: 'server/helpers/tree.js',
      code: ts`
        const { Model } = require('objection');
        class Page extends Model {}
        module.exports = {
          async moveAll(items) {
            for (const it of items) await this.movePage(it);
          },
          async movePage(row) {
            await Page.query().patch({ path: row.to }).where('path', row.from);
          },
        };
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 5, data: { call: 'this.movePage', query: 'Page.query(…).patch', queryLine: '8', repetition: 'item of `items` (loop at line 5)' } }],
    },
    {
      name: 'a helper whose first read is served from a request cache, then queries for real: the uncached query repeats',
      filename: 'src/services/stock.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        const requestCache = new Map<string, Promise<unknown>>();
        const remember = (k: string, load: () => Promise<unknown>) => requestCache.get(k) ?? load();
        async function stockFor(id: string) {
          const settings = (await requestCache.get('settings')) ?? prisma.setting.findFirst();
          if (!settings) return 0;
          return prisma.stock.count({ where: { productId: id } });
        }
        export async function totals(ids: string[]) {
          for (const id of ids) await stockFor(id);
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 11, data: { call: 'stockFor', query: 'prisma.stock.count', queryLine: '8', repetition: 'item of `ids` (loop at line 11)' } }],
    },
    {
      name: 'Drizzle builders made per item and awaited together are still one query per item',
      filename: 'src/lib/trpc/routers/keys.ts',
      code: ts`
        import { drizzle } from 'drizzle-orm/node-postgres';
        import { eq } from 'drizzle-orm';
        import { keys } from '../db/schema';
        const db = drizzle(process.env.DATABASE_URL!);
        export async function lookup(ids: string[]) {
          const selects = ids.map((id) => db.select().from(keys).where(eq(keys.id, id)));
          return Promise.all(selects);
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: 'Object.values of a map of rows built at run time is a collection',
      filename: 'src/routes/users.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function touch(usersById: Record<string, { id: string }>) {
          for (const user of Object.values(usersById)) await prisma.user.update({ where: { id: user.id }, data: { seenAt: new Date() } });
        }
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
    {
      name: 'per language of each product variant is still once per variant: the short inner list does not make it a hint',
      filename: 'src/indexer/indexer.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function indexVariants(variants: Array<{ id: string }>, languages: string[]) {
          for (const variant of variants) {
            for (const languageCode of languages) await prisma.searchItem.upsert({ where: { id: variant.id + languageCode }, create: {}, update: {} });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: 'a list named for the data, not for a short noun, stays reported (productIds)',
      filename: 'src/service/products.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function touch(productIds: string[]) {
          for (const id of productIds) await prisma.product.update({ where: { id }, data: { seenAt: new Date() } });
        }
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
    {
      name: 'Slonik: a query method of a pool typed CommonQueryMethods, per item',
      filename: 'src/routes/users.ts',
      code: ts`
        import { sql, type CommonQueryMethods } from 'slonik';
        export async function load(pool: CommonQueryMethods, ids: string[]) {
          for (const id of ids) await pool.maybeOne(sql\`select * from users where id = \${id}\`);
        }
      `,
      errors: [{ messageId: 'perItem', line: 3, data: { call: 'pool.maybeOne', repetition: 'item of `ids` (loop at line 3)' } }],
    },
    {
      name: 'MongoDB collections kept in a registry (context.collections), read directly and destructured',
      filename: 'src/plugins/orders/mutations/cancel.js',
      code: ts`
        export default async function cancelOrders(context, input) {
          const { Orders } = context.collections;
          for (const id of input.orderIds) await Orders.updateOne({ _id: id }, { $set: { status: 'canceled' } });
          for (const id of input.orderIds) await context.collections.Products.updateOne({ _id: id }, { $inc: { sold: -1 } });
        }
      `,
      errors: [
        { messageId: 'perItem', line: 3, data: { call: 'Orders.updateOne', repetition: 'item of `input.orderIds` (loop at line 3)' } },
        { messageId: 'perItem', line: 4, data: { call: 'context.collections.Products.updateOne', repetition: 'item of `input.orderIds` (loop at line 4)' } },
      ],
    },
    {
      name: 'a value the code asserts to be a library type (container.resolve(…) as EntityManager)',
      filename: 'src/modules/sales/commands/orders.ts',
      code: ts`
        import type { EntityManager } from '@mikro-orm/postgresql';
        export async function closeOrders(ctx: { container: { resolve(name: string): unknown } }, ids: string[]) {
          const em = ctx.container.resolve('em') as EntityManager;
          for (const id of ids) await em.nativeUpdate(SalesOrder, { id }, { status: 'closed' });
          const forked = (ctx.container.resolve('em') as EntityManager).fork();
          for (const id of ids) await forked.nativeDelete(SalesOrder, { id });
        }
      `,
      errors: [
        { messageId: 'perItem', line: 4, data: { call: 'em.nativeUpdate', repetition: 'item of `ids` (loop at line 4)' } },
        { messageId: 'perItem', line: 6, data: { call: 'forked.nativeDelete', repetition: 'item of `ids` (loop at line 6)' } },
      ],
    },
    {
      name: 'a break that leaves an inner loop, or an exit in another branch, still lets the call run per item',
      filename: 'src/service/order.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function markSeen(lines: Array<{ id: string; tags: string[] }>) {
          for (const line of lines) {
            await prisma.orderLine.update({ where: { id: line.id }, data: { seen: true } });
            for (const tag of line.tags) if (tag === 'x') break;
            switch (line.id) { case 'a': break; }
          }
          for (const line of lines) {
            if (line.tags.length) await prisma.orderLine.update({ where: { id: line.id }, data: { tagged: true } });
            else return;
          }
        }
      `,
      errors: [
        { messageId: 'perItem', line: 5 },
        { messageId: 'perItem', line: 10 },
      ],
    },
    {
      name: 'a map keyed by user (not by a table or field) is still one query per user, even with the group taken whole',
      filename: 'src/service/orders.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        export async function notify(ordersByUserId: Record<string, string[]>) {
          for (const userId in ordersByUserId) await db('users').where({ id: userId }).first();
          for (const [userId, orderIds] of Object.entries(ordersByUserId)) await db('orders').whereIn('id', orderIds).andWhere({ userId }).update({ notified: true });
        }
      `,
      errors: [
        { messageId: 'perItem', line: 4 },
        { messageId: 'perItem', line: 5 },
      ],
    },
    {
      name: 'entries that are single items, not groups (an array’s entries(), a map of one user per id), and the items of one batch, stay per item',
      filename: 'src/service/users.ts',
      code: ts`
        import knex from 'knex';
        const db = knex({ client: 'pg' });
        export async function save(items: Array<{ id: string }>, userById: Record<string, { id: string }>, batch: string[]) {
          for (const [index, item] of items.entries()) await db('items').insert({ ...item, index });
          for (const [id, user] of Object.entries(userById)) await db('users').insert(user);
          await Promise.all(batch.map((cid) => db('cids').insert({ cid })));
        }
      `,
      errors: [
        { messageId: 'perItem', line: 4, suggestions: [{ messageId: 'batchWrite', data: { call: "db('items').insert" }, output: ts`
            import knex from 'knex';
            const db = knex({ client: 'pg' });
            export async function save(items: Array<{ id: string }>, userById: Record<string, { id: string }>, batch: string[]) {
              const rows = [];
              for (const [index, item] of items.entries()) rows.push({ ...item, index });
              if (rows.length > 0) await db('items').insert(rows);
              for (const [id, user] of Object.entries(userById)) await db('users').insert(user);
              await Promise.all(batch.map((cid) => db('cids').insert({ cid })));
            }
          ` }] },
        { messageId: 'perItem', line: 5, suggestions: [{ messageId: 'batchWrite', data: { call: "db('users').insert" }, output: ts`
            import knex from 'knex';
            const db = knex({ client: 'pg' });
            export async function save(items: Array<{ id: string }>, userById: Record<string, { id: string }>, batch: string[]) {
              for (const [index, item] of items.entries()) await db('items').insert({ ...item, index });
              const rows = [];
              for (const [id, user] of Object.entries(userById)) rows.push(user);
              if (rows.length > 0) await db('users').insert(rows);
              await Promise.all(batch.map((cid) => db('cids').insert({ cid })));
            }
          ` }] },
        { messageId: 'perItem', line: 6, suggestions: [{ messageId: 'batchWrite', data: { call: "db('cids').insert" }, output: ts`
            import knex from 'knex';
            const db = knex({ client: 'pg' });
            export async function save(items: Array<{ id: string }>, userById: Record<string, { id: string }>, batch: string[]) {
              for (const [index, item] of items.entries()) await db('items').insert({ ...item, index });
              for (const [id, user] of Object.entries(userById)) await db('users').insert(user);
              const rows = batch.map((cid) => ({ cid }));
              if (rows.length > 0) await db('cids').insert(rows);
            }
          ` }] },
      ],
    },
    {
      name: 'BullMQ: asking each job of a list for its state is a Redis round trip per job (one job on its own is not)',
      filename: 'src/queues/deployments.ts',
      code: ts`
        import { Queue } from 'bullmq';
        const queue = new Queue('deploy');
        export async function states(id: string) {
          const jobs = await queue.getJobs(['waiting', 'active']);
          for (const job of jobs) console.info(job.id, await job.getState());
          const one = await queue.getJob(id);
          return one?.getState();
        }
      `,
      errors: [{ messageId: 'perItem', line: 5, data: { call: 'job.getState', repetition: 'item of `jobs` (loop at line 5)' } }],
    },
    {
      name: "BullMQ: removing a repeatable job per row read is a Redis round trip each",
      filename: 'src/models/user.js',
      code: ts`
        import { Queue } from 'bullmq';
        import { prisma } from '../db';
        const flowQueue = new Queue('flow');
        export async function deactivate(userId) {
          const flows = await prisma.flow.findMany({ where: { userId, active: true } });
          const repeatableJobs = await flowQueue.getRepeatableJobs();
          for (const flow of flows) {
            const job = repeatableJobs.find((j) => j.id === flow.id);
            if (job) await flowQueue.removeRepeatableByKey(job.key);
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 9, data: { call: 'flowQueue.removeRepeatableByKey', repetition: 'item of `flows` (loop at line 7)' } }],
    },
    {
      name: 'rows that pass through Promise.all destructuring and a spread of lists are still rows',
      filename: 'src/app/admin/queue.service.ts',
      code: ts`
        import { Queue } from 'bull';
        export class QueueService {
          constructor(private readonly a: Queue, private readonly b: Queue) {}
          async jobs() {
            const [aJobs, bJobs] = await Promise.all([this.a.getJobs(['waiting']), this.b.getJobs(['waiting'])]);
            return Promise.all([...aJobs, ...bJobs].slice(0, 10).map(async (job) => ({ id: job.id, state: await job.getState() })));
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: "the same view's filters with report: 'all' (a hint, marked low cost)",
      filename: 'src/features/view/view.service.ts',
      options: [{ report: 'all' }],
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function describeFilters(view: { filters: Array<{ fieldId: string }> }) {
          for (const filter of view.filters) await prisma.record.count({ where: { fieldId: filter.fieldId } });
        }
      `,
      errors: [{ messageId: 'perItem', line: 4, data: { call: 'prisma.record.count', repetition: 'item of `view.filters` (loop at line 4)', cost: 'low' } }],
    },
    {
      name: "a list of view names written out in the code (more than three): a hint with report: 'all', as long as its source; the same loop over rows read is reported",
      filename: 'worker/views.ts',
      options: [{ report: 'all' }],
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        const viewPrefixes = ['agg_registrations', 'agg_rewards', 'agg_payin', 'agg_payout', \`agg_items\`];
        export async function refreshViews(period: string) {
          for (const view of viewPrefixes) await prisma.$executeRawUnsafe(\`SELECT refresh_\${view}_\${period}()\`);
          for (const view of await prisma.view.findMany()) await prisma.$executeRawUnsafe(\`SELECT refresh_\${view.name}_\${period}()\`);
        }
      `,
      errors: [
        { messageId: 'perItem', line: 5, data: { call: 'prisma.$executeRawUnsafe', repetition: 'item of `viewPrefixes` (loop at line 5)', cost: 'low' } },
        { messageId: 'perItem', line: 6 },
      ],
    },
    {
      name: 'a list the code fills (`const stale = []`, then `push`) is no list written out: reported in recommended, where the written-out one is not',
      filename: 'worker/views.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        const viewPrefixes = ['agg_registrations', 'agg_rewards', 'agg_payin', 'agg_payout'];
        export async function refreshStale(period: string) {
          for (const view of viewPrefixes) await prisma.$executeRawUnsafe(\`SELECT refresh_\${view}_\${period}()\`);
          const stale = [];
          for (const view of await prisma.view.findMany()) if (view.stale) stale.push(view.name);
          for (const name of stale) await prisma.view.update({ where: { name }, data: { stale: false } });
        }
      `,
      errors: [{ messageId: 'perItem', line: 8 }],
    },
    {
      name: "per-item writes on the error path (a catch clause, also through an inline callback) are hints with report: 'all'; the same loop on the normal path is reported",
      filename: 'src/jobs/import.ts',
      options: [{ report: 'all' }],
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function importRows(rows: Array<{ id: string }>) {
          try {
            await prisma.row.createMany({ data: rows });
          } catch (err) {
            for (const row of rows) await prisma.importError.create({ data: { rowId: row.id } });
            await Promise.all(rows.map((row) => prisma.row.delete({ where: { id: row.id } })));
            throw err;
          }
          for (const row of rows) await prisma.audit.create({ data: { rowId: row.id } });
        }
      `,
      errors: [
        { messageId: 'perItem', line: 7, data: { call: 'prisma.importError.create', repetition: 'item of `rows` (loop at line 7)', cost: 'low' }, suggestions: [{ messageId: 'batchWrite', data: { call: 'prisma.importError.createMany' }, output: ts`
            import { PrismaClient } from '@prisma/client';
            const prisma = new PrismaClient();
            export async function importRows(rows: Array<{ id: string }>) {
              try {
                await prisma.row.createMany({ data: rows });
              } catch (err) {
                const rows2 = [];
                for (const row of rows) rows2.push({ rowId: row.id });
                if (rows2.length > 0) await prisma.importError.createMany({ data: rows2 });
                await Promise.all(rows.map((row) => prisma.row.delete({ where: { id: row.id } })));
                throw err;
              }
              for (const row of rows) await prisma.audit.create({ data: { rowId: row.id } });
            }
          ` }] },
        { messageId: 'perItem', line: 8, data: { call: 'prisma.row.delete', repetition: 'item of `rows` (`.map` at line 8)', cost: 'low' } },
        { messageId: 'perItem', line: 11, data: { call: 'prisma.audit.create', repetition: 'item of `rows` (loop at line 11)', cost: '' }, suggestions: [{ messageId: 'batchWrite', data: { call: 'prisma.audit.createMany' }, output: ts`
            import { PrismaClient } from '@prisma/client';
            const prisma = new PrismaClient();
            export async function importRows(rows: Array<{ id: string }>) {
              try {
                await prisma.row.createMany({ data: rows });
              } catch (err) {
                for (const row of rows) await prisma.importError.create({ data: { rowId: row.id } });
                await Promise.all(rows.map((row) => prisma.row.delete({ where: { id: row.id } })));
                throw err;
              }
              const rows2 = [];
              for (const row of rows) rows2.push({ rowId: row.id });
              if (rows2.length > 0) await prisma.audit.createMany({ data: rows2 });
            }
          ` }] },
      ],
    },
    {
      name: 'the fields of one table all name that table: SQL built per field is still one statement per item',
      filename: 'src/features/field/field.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import knex from 'knex';
        const prisma = new PrismaClient();
        const q = knex({ client: 'pg' });
        export async function fill(fields: Array<{ dbTableName: string; dbFieldName: string }>, value: string) {
          for (const field of fields) {
            const sql = q(field.dbTableName).update({ [field.dbFieldName]: value }).toQuery();
            await prisma.$executeRawUnsafe(sql);
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 8 }],
    },
    {
      name: 'one API, one request per id in its path: still one request per item (a hint: the list comes from the caller)',
      filename: 'src/services/profiles.ts',
      options: [{ report: 'all' }],
      code: ts`
        import axios from 'axios';
        const API = 'https://api.example.com';
        export async function profiles(ids: string[]) {
          for (const id of ids) await axios.get(\`\${API}/users/\${id}\`);
        }
      `,
      errors: [{ messageId: 'remotePerItem', line: 4 }],
    },
    {
      name: 'the same table every time, its SQL written out with the item interpolated, is still one query per item',
      filename: 'src/routes/users.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function load(ids: string[]) {
          for (const id of ids) await prisma.$queryRawUnsafe(\`SELECT * FROM "user" WHERE id = '\${id}'\`);
        }
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
    {
      name: 'a project class extending the ioredis default export is a client: del per key, also through its static getter',
      filename: 'src/utils/cache.ts',
      code: ts`
        import Redis from 'ioredis';
        class RedisAdapter extends Redis {
          private static client: RedisAdapter;
          static get defaultClient(): RedisAdapter {
            return this.client || (this.client = new this(process.env.REDIS_URL));
          }
        }
        export async function forget(keys: string[]) {
          for (const key of keys) await RedisAdapter.defaultClient.del(key);
        }
      `,
      errors: [{ messageId: 'perItem', line: 9, data: { call: 'RedisAdapter.defaultClient.del', repetition: 'item of `keys` (loop at line 9)' } }],
    },
    {
      name: 'a query per row inside a Transform stream step: transform() runs once per row streamed through',
      filename: 'src/services/rebuild-tree.js',
      code: ts`
        const { Transform, pipeline } = require('node:stream');
        const knex = require('../db');
        module.exports.rebuild = async function (source) {
          await pipeline(
            source,
            new Transform({
              objectMode: true,
              async transform(page, enc, done) {
                const parent = await knex('pages').where({ id: page.parentId }).first();
                done(null, { ...page, parentPath: parent ? parent.path : '' });
              },
            }),
          );
        };
      `,
      errors: [{ messageId: 'perItem', line: 9, data: { call: 'knex(…).where(…).first', repetition: 'item `Transform` streams through (`transform` at line 6)' } }],
    },
    {
      name: 'the same read in every iteration: nothing it reads comes from the item, so run it once before the loop',
      filename: 'src/jobs/send-emails.ts',
      code: ts`
        import { prisma } from '../db';
        export async function sendAll(orgId, recipients) {
          for (const recipient of recipients) {
            const org = await prisma.organisation.findFirst({ where: { id: orgId } });
            await mailer.send(recipient.email, org.name);
          }
        }
      `,
      errors: [{ messageId: 'sameEachTime', line: 4, data: { call: 'prisma.organisation.findFirst', repetition: 'item of `recipients` (loop at line 3)' } }],
    },
    {
      name: 'a database module of the project\'s own (NodeBB-style db): one sorted-set read per user',
      filename: 'src/controllers/admin/users.js',
      code: ts`
        const db = require('../../database');
        module.exports.list = async function (req, res) {
          const uids = await db.getSortedSetRevRange('users:joindate', 0, 49);
          const users = [];
          for (const uid of uids) users.push(await db.getObjectFields('user:' + uid, ['username']));
          res.json(users);
        };
      `,
      errors: [{ messageId: 'perItem', line: 5, data: { call: 'db.getObjectFields', repetition: 'item of `uids` (loop at line 5)' } }],
    },
    {
      name: 'stopping at the first match over rows a query returned still sends one count per row until then',
      filename: 'src/teams/team.service.ts',
      code: ts`
        import { prisma } from '../db';
        export async function isSoleOwnerSomewhere(uid) {
          const owned = await prisma.teamMember.findMany({ where: { userUid: uid, role: 'OWNER' } });
          for (const m of owned) {
            const owners = await prisma.teamMember.count({ where: { teamId: m.teamId, role: 'OWNER' } });
            if (owners === 1) return true;
          }
          return false;
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: 'a tree walk whose query is in a helper: one finding, on the recursive call, not also on the helper call',
      filename: 'src/services/collections.ts',
      code: ts`
        import { prisma } from '../db';
        export class CollectionService {
          async get(id) {
            return prisma.collection.findFirst({ where: { id } });
          }
          async exportTree(id) {
            const node = await this.get(id);
            const children = await prisma.collection.findMany({ where: { parentId: id } });
            for (const child of children) node.children.push(await this.exportTree(child.id));
            return node;
          }
        }
      `,
      errors: [{ messageId: 'perItemRecursive', line: 9, data: { call: 'exportTree', query: 'prisma.collection.findMany', queryLine: '8', repetition: 'item of `children` (loop at line 9)' } }],
    },
    {
      name: 'a handler that answers 404 when an item is missing is not a search: one read per cart item (Response.json, res.status, a returned `{ status: 401 }`)',
      filename: 'src/endpoints/checkout.ts',
      code: ts`
        import { prisma } from '../db';
        export const checkout = async (req) => {
          const cart = await req.payload.findByID({ collection: 'carts', id: req.data.cartID });
          for (const item of cart.items) {
            const product = await req.payload.findByID({ collection: 'products', id: item.product });
            if (!product) {
              req.payload.logger.warn(item.product);
              return Response.json({ message: 'Product ' + item.product + ' not found' }, { status: 404 });
            }
          }
          return Response.json({ ok: true });
        };
        export async function reserve(req, res) {
          for (const id of req.body.seatIds) {
            const free = await prisma.seat.count({ where: { id, heldBy: null } });
            if (!free) return res.status(409).json({ error: 'seat ' + id + ' is taken' });
          }
          res.json({ ok: true });
        }
        export async function removeLinks(userId, linkIds) {
          for (const linkId of linkIds) {
            const collection = await prisma.collection.findFirst({ where: { links: { some: { id: linkId } } } });
            if (!(collection?.ownerId === userId)) {
              return { response: 'Collection is not accessible.', status: 401 };
            }
          }
          return prisma.link.deleteMany({ where: { id: { in: linkIds } } });
        }
      `,
      errors: [
        { messageId: 'perItem', line: 5, data: { call: 'req.payload.findByID', repetition: 'item of `cart.items` (loop at line 4)' } },
        { messageId: 'perItem', line: 15, data: { call: 'prisma.seat.count', repetition: 'item of `req.body.seatIds` (loop at line 14)' } },
        { messageId: 'perItem', line: 22, data: { call: 'prisma.collection.findFirst', repetition: 'item of `linkIds` (loop at line 21)' } },
      ],
    },
    {
      name: 'a loop that gives up on the first failure (return E.left / throw) is not a search: one query per child',
      filename: 'src/collections/export.ts',
      code: ts`
        import { prisma } from '../db';
        export async function exportAll(ids) {
          const out = [];
          for (const id of ids) {
            const result = await prisma.collection.findFirst({ where: { id } });
            if (!result) return E.left('NOT_FOUND');
            out.push(result);
          }
          return E.right(out);
        }
      `,
      errors: [
        {
          messageId: 'perItem',
          line: 5,
          suggestions: [
            {
              messageId: 'batchReadBeforeLoop',
              data: { call: 'prisma.collection.findMany' },
              output: ts`
                import { prisma } from '../db';
                export async function exportAll(ids) {
                  const out = [];
                  const byKey = await prisma.collection.findMany({ where: { id: { in: ids } } }).then((rows) => new Map(rows.map((row) => [String(row.id), row] as const)));
                  for (const id of ids) {
                    const result = byKey.get(String(id)) ?? null;
                    if (!result) return E.left('NOT_FOUND');
                    out.push(result);
                  }
                  return E.right(out);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a helper passed by name to .map runs once per id (point-free callback), reported on the name',
      filename: 'src/routes/users.ts',
      code: ts`
        import { prisma } from '../db';
        async function loadUser(id) {
          return prisma.user.findFirst({ where: { id } });
        }
        app.post('/users', async (req, res) => {
          res.json(await Promise.all(req.body.ids.map(loadUser)));
        });
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 6, column: 47, data: { call: 'loadUser', query: 'prisma.user.findFirst', queryLine: '3', repetition: 'item of `req.body.ids` (`.map` at line 6)' } }],
    },
    {
      name: 'cache-manager injected into a NestJS service: one get per symbol (mget reads them together)',
      filename: 'src/quotes/quotes.service.ts',
      code: ts`
        import { Inject, Injectable } from '@nestjs/common';
        import { CACHE_MANAGER } from '@nestjs/cache-manager';
        import type { Cache } from 'cache-manager';
        @Injectable()
        export class QuotesService {
          constructor(@Inject(CACHE_MANAGER) private readonly cache: Cache) {}
          async quotes(symbols: string[]) {
            return Promise.all(symbols.map((symbol) => this.cache.get(\`quote:\${symbol}\`)));
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 8, data: { call: 'this.cache.get', repetition: 'item of `symbols` (`.map` at line 8)' } }],
    },
    {
      name: 'models reached through a registry object (WIKI.models.pages): one findById per page id',
      filename: 'server/graph/resolvers/page.js',
      code: ts`
        module.exports = {
          async pagesById(ids) {
            const out = [];
            for (const id of ids) out.push(await WIKI.models.pages.query().findById(id));
            return out;
          },
        };
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
    {
      name: 'a query per row of a database stream: stream.on(\'data\') runs once per row',
      filename: 'src/services/rebuild.ts',
      code: ts`
        import knex from '../db';
        export async function rebuildTree() {
          const stream = knex('pages').select('id', 'path').stream();
          stream.on('data', async (page) => {
            await knex('pageTree').insert({ id: page.id, path: page.path });
          });
        }
      `,
      errors: [{ messageId: 'perItem', line: 5, data: { call: 'knex(…).insert', repetition: "item `stream` streams through (`on('data')` at line 4)" } }],
    },
    {
      name: 'Objection: one Model.query().findById per id, and one $relatedQuery per row a query returned',
      filename: 'src/routes/pages.ts',
      code: ts`
        import { Model } from 'objection';
        class Page extends Model { static tableName = 'pages'; }
        app.post('/pages', async (req, res) => {
          for (const id of req.body.ids) res.write(await Page.query().findById(id));
          const pages = await Page.query();
          for (const page of pages) await page.$relatedQuery('tags');
          res.end();
        });
      `,
      errors: [
        { messageId: 'perItem', line: 4, data: { call: 'Page.query(…).findById', repetition: 'item of `req.body.ids` (loop at line 4)' } },
        { messageId: 'perItem', line: 6, data: { call: 'page.$relatedQuery', repetition: 'item of `pages` (loop at line 6)' } },
      ],
    },
    {
      name: 'Kysely: one executeTakeFirst per id, and one insert per person inside transaction().execute',
      filename: 'src/routes/people.ts',
      code: ts`
        import { Kysely, PostgresDialect } from 'kysely';
        const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
        app.post('/people', async (req, res) => {
          for (const id of req.body.ids) res.write(await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst());
          await db.transaction().execute(async (trx) => {
            for (const p of req.body.people) await trx.insertInto('person').values(p).execute();
          });
          res.end();
        });
      `,
      errors: [
        { messageId: 'perItem', line: 4 },
        { messageId: 'perItemInTransaction', line: 6 },
      ],
    },
    {
      name: 'BullMQ: one queue.add per e-mail (addBulk sends them together), also for a queue injected with @InjectQueue',
      filename: 'src/invites/invites.service.ts',
      code: ts`
        import { Queue } from 'bullmq';
        import { InjectQueue } from '@nestjs/bullmq';
        export class InvitesService {
          constructor(@InjectQueue('mail') private readonly mail: Queue) {}
          async invite(emails: string[]) {
            for (const email of emails) await this.mail.add('invite', { email });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 6, data: { call: 'this.mail.add', repetition: 'item of `emails` (loop at line 6)' } }],
    },
    {
      name: 'a factory whose declared return type is the library client: its result queries',
      filename: 'src/services/reports.ts',
      code: ts`
        import { Sequelize } from 'sequelize';
        function createDatabase(url: string): Sequelize {
          let instance;
          try {
            instance = new Sequelize(url);
          } catch (err) {
            throw new Error('bad config');
          }
          return instance;
        }
        const db = createDatabase(process.env.DATABASE_URL);
        export async function counts(ids) {
          return Promise.all(ids.map((id) => db.query('SELECT count(*) FROM docs WHERE owner = ?', { replacements: [id] })));
        }
      `,
      errors: [{ messageId: 'perItem', line: 13 }],
    },
    {
      name: 'rows kept through a sort helper and .filter are still rows: save per row',
      filename: 'src/services/indexing.ts',
      code: ts`
        import { Model } from 'sequelize';
        import sortBy from 'lodash/sortBy';
        class Collection extends Model {}
        export async function fixIndexes(teamId) {
          const collections = await Collection.findAll({ where: { teamId } });
          for (const collection of sortBy(collections, 'name')) await collection.save();
          for (const c of collections.filter((x) => x.index === null)) await c.save();
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }, { messageId: 'perItem', line: 7 }],
    },
    {
      name: 'the row half of `for (const [i, row] of rows.entries())` writes itself once per item',
      filename: 'src/jobs/renumber.ts',
      code: ts`
        import { Model } from 'sequelize';
        class Ticket extends Model {}
        export async function renumber(eventId: string) {
          const rows = await Ticket.findAll({ where: { eventId } });
          for (const [i, row] of rows.entries()) await row.update({ position: i + 1 });
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: 'pMap with a concurrency limit still sends one query per item to the database',
      filename: 'src/routes/orders.ts',
      code: ts`
        import pMap from 'p-map';
        import { prisma } from '../db';
        app.post('/orders', async (req, res) => {
          const rows = await pMap(req.body.ids, (id) => prisma.order.findFirst({ where: { id } }), { concurrency: 4 });
          res.json(rows);
        });
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
    {
      name: 'per configured webhook with report: all: a low-cost finding (a hint in the editor)',
      filename: 'src/routes/deploys.ts',
      options: [{ report: 'all' }],
      code: ts`
        import axios from 'axios';
        app.post('/deploys', async (req, res) => {
          const hooks = await db.webhook.findMany({ where: { projectId: req.body.projectId } });
          for (const hook of hooks) await axios.post(hook.url, { event: 'deployed' });
          res.end();
        });
      `,
      errors: [{ messageId: 'remotePerItem', line: 4, data: { call: 'axios.post', repetition: 'item of `hooks` (loop at line 4)', cost: 'low' } }],
    },
    {
      name: 'Prisma interactive transaction: one stock update per line through tx is a round trip each',
      filename: 'src/routes/checkout.ts',
      code: ts`
        import { prisma } from '../db';
        app.post('/checkout', async (req, res) => {
          await prisma.$transaction(async (tx) => {
            for (const line of req.body.lines) {
              await tx.product.update({ where: { id: line.productId }, data: { stock: { decrement: line.qty } } });
            }
          });
          res.sendStatus(204);
        });
      `,
      errors: [{ messageId: 'perItemInTransaction', line: 5, column: 13, data: { call: 'tx.product.update', repetition: 'item of `req.body.lines` (loop at line 4)' } }],
    },
    {
      name: 'Mongoose session: one updateOne per move inside withTransaction (bulkWrite sends them together)',
      filename: 'src/routes/transfer.ts',
      code: ts`
        import mongoose from 'mongoose';
        import { Account } from '../models';
        app.post('/transfer', async (req, res) => {
          const session = await mongoose.startSession();
          await session.withTransaction(async () => {
            for (const move of req.body.moves) {
              await Account.updateOne({ _id: move.id }, { $inc: { balance: move.amount } }, { session });
            }
          });
          res.end();
        });
      `,
      errors: [{ messageId: 'perItemInTransaction', line: 7, column: 13, data: { call: 'Account.updateOne', repetition: 'item of `req.body.moves` (loop at line 6)' } }],
    },
    {
      name: 'TypeORM transaction: one save per line through the EntityManager (save takes an array)',
      filename: 'src/routes/orders.ts',
      code: ts`
        import { dataSource } from '../data-source';
        app.post('/orders', async (req, res) => {
          await dataSource.transaction(async (manager) => {
            for (const line of req.body.lines) await manager.save(OrderLine, line);
          });
          res.end();
        });
      `,
      errors: [{ messageId: 'perItemInTransaction', line: 4, column: 46, data: { call: 'manager.save', repetition: 'item of `req.body.lines` (loop at line 4)' } }],
    },
    {
      name: 'writes per question on a trx parameter: one delete and one insert per question, each a round trip',
      filename: 'src/services/tier-checkout-config/service.js',
      code: ts`
        export class TierCheckoutConfigService {
          async replaceQuestions(trx, productId, questions) {
            for (const [index, question] of questions.entries()) {
              await trx('questions').where('key', question.key).del();
              await trx('questions').insert({ key: question.key, product_id: productId, sort_order: index });
            }
          }
        }
      `,
      errors: [{ messageId: 'perItemInTransaction', line: 4, column: 13 }, { messageId: 'perItem', line: 5, column: 13 }],
    },
    {
      name: 'knex transaction: one insert per ledger entry through trx is still one round trip each (insert([...]) sends them together)',
      filename: 'src/routes/ledger.ts',
      code: ts`
        import knex from '../knex';
        router.post('/transfer', async (ctx) => {
          await knex.transaction(async (trx) => {
            for (const entry of ctx.request.body.entries) {
              await trx('ledger').insert(entry);
            }
          });
          ctx.status = 204;
        });
      `,
      errors: [{ messageId: 'perItem', line: 5, suggestions: [{ messageId: 'batchWrite', data: { call: "trx('ledger').insert" }, output: ts`
            import knex from '../knex';
            router.post('/transfer', async (ctx) => {
              await knex.transaction(async (trx) => {
                const rows = [];
                for (const entry of ctx.request.body.entries) {
                  rows.push(entry);
                }
                if (rows.length > 0) await trx('ledger').insert(rows);
              });
              ctx.status = 204;
            });
          ` }] }],
    },
    {
      name: 'Sequelize transaction: one create per line, even with { transaction: t }, is one round trip each (bulkCreate)',
      filename: 'src/routes/orders.ts',
      code: ts`
        import { sequelize, OrderLine } from '../models';
        app.post('/orders', async (req, res) => {
          const t = await sequelize.transaction();
          for (const line of req.body.lines) {
            await OrderLine.create(line, { transaction: t });
          }
          await t.commit();
          res.sendStatus(201);
        });
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: 'Model.create with the row\'s fields, per item, is one INSERT per item',
      filename: 'src/services/audit.js',
      code: ts`
        const { AuditEntry } = require('../models');
        exports.record = async (events) => {
          for (const e of events) await AuditEntry.create({ type: e.type, at: e.at });
        };
      `,
      errors: [{ messageId: 'perItem', line: 3 }],
    },
    {
      name: 'a loop item named tx (a payment transaction) is data, not a database transaction',
      filename: 'src/services/payments.ts',
      code: ts`
        import { knex } from '../db';
        export async function settle(payments) {
          for (const tx of payments) {
            await knex('ledger').insert({ payment_id: tx.id, amount: tx.amount });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 4, suggestions: [{ messageId: 'batchWrite', data: { call: "knex('ledger').insert" }, output: ts`
            import { knex } from '../db';
            export async function settle(payments) {
              const rows = [];
              for (const tx of payments) {
                rows.push({ payment_id: tx.id, amount: tx.amount });
              }
              if (rows.length > 0) await knex('ledger').insert(rows);
            }
          ` }] }],
    },
    {
      name: 'the same table for every item is still one query per item, whatever the item holds',
      filename: 'src/services/tags.ts',
      code: ts`
        import knex from '../db';
        export async function tagsFor(posts) {
          for (const post of posts) {
            post.tags = await knex('tags').where({ post_id: post.id });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
    {
      name: 'fetch with a URL taken from the item is one request per item',
      filename: 'src/routes/previews.ts',
      code: ts`
        app.get('/previews', async (req, res) => {
          const out = [];
          for (const link of req.body.links) out.push(await fetch(link.url));
          res.json(out.length);
        });
      `,
      errors: [{ messageId: 'remotePerItem', line: 3 }],
    },
    {
      name: 'passing an options object is not a transaction by itself: one insert per subscription',
      filename: 'src/repositories/member-repository.js',
      code: ts`
        import { knex } from '../db';
        class MemberRepository {
          async linkSubscription(data, options) {
            await knex('subscriptions').insert(data).timeout(options.timeout);
          }
          async setComplimentary(member, options = {}) {
            for (const subscription of member.subscriptions) {
              await this.linkSubscription({ id: member.id, subscription }, options);
            }
          }
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 8 }],
    },
    {
      name: 'a Knex query run with .then inside forEach is sent once per item',
      filename: 'src/services/audit.ts',
      code: ts`
        export function touchAll(ids, { knex }) {
          ids.forEach((id) => {
            knex('items').where({ id }).update({ touched_at: new Date() }).then(() => undefined);
          });
        }
      `,
      errors: [{ messageId: 'perItem', line: 3 }],
    },
    {
      name: 'a query started on the client getDatabase() hands back is still one query per item',
      filename: 'src/services/tags.ts',
      code: ts`
        import getDatabase from '../database/index.js';
        export async function tagsOf(posts) {
          for (const post of posts) {
            post.tags = await getDatabase()('tags').where({ post_id: post.id });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 4, column: 23 }],
    },
    {
      name: 'a loop item named session is not a transaction: one DEL per expired session',
      filename: 'src/routes/sessions.ts',
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        app.post('/sessions/expire', async (req, res) => {
          for (const session of req.body.expired) await redis.del(session);
          res.end();
        });
      `,
      errors: [{ messageId: 'perItem', line: 4, column: 49 }],
    },
    {
      name: 'Express + Prisma: customer looked up inside for-of over orders',
      filename: 'src/routes/orders.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        router.get('/orders', async (req, res) => {
          const orders = await prisma.order.findMany();
          for (const order of orders) {
            order.customer = await prisma.customer.findUnique({ where: { id: order.customerId } });
          }
          res.json(orders);
        });
      `,
      errors: [
        {
          messageId: 'perItem',
          line: 6,
          column: 28,
          data: { call: 'prisma.customer.findUnique', repetition: 'item of `orders` (loop at line 5)' },
          suggestions: [
            {
              messageId: 'batchReadBeforeLoop',
              data: { call: 'prisma.customer.findMany' },
              output: ts`
                import { PrismaClient } from '@prisma/client';
                const prisma = new PrismaClient();
                router.get('/orders', async (req, res) => {
                  const orders = await prisma.order.findMany();
                  const byKey = await prisma.customer.findMany({ where: { id: { in: orders.map((order) => order.customerId) } } }).then((rows) => new Map(rows.map((row) => [String(row.id), row] as const)));
                  for (const order of orders) {
                    order.customer = byKey.get(String(order.customerId)) ?? null;
                  }
                  res.json(orders);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'no findMany suggestion for findUniqueOrThrow (findMany would not throw on a missing id)',
      filename: 'src/routes/users.ts',
      code: ts`
        import { prisma } from '../db';
        app.post('/users/batch', async (req, res) => {
          res.json(await Promise.all(req.body.ids.map((id) => prisma.user.findUniqueOrThrow({ where: { id } }))));
        });
      `,
      errors: [{ messageId: 'perItem', line: 3, column: 55, suggestions: [] }],
    },
    {
      name: 'Prisma reads gathered into $transaction([...]) are still one query per id',
      filename: 'src/routes/users.ts',
      code: ts`
        import { prisma } from '../db';
        app.post('/users/batch', async (req, res) => {
          res.json(await prisma.$transaction(req.body.ids.map((id) => prisma.user.findUnique({ where: { id } }))));
        });
      `,
      errors: [{ messageId: 'perItem', line: 3, column: 63, suggestions: [] }],
    },
    {
      name: 'NestJS: constructor-injected TypeORM repository queried per order',
      filename: 'src/orders/orders.service.ts',
      code: ts`
        import { Injectable } from '@nestjs/common';
        import { InjectRepository } from '@nestjs/typeorm';
        import { Repository } from 'typeorm';
        import { Order } from './order.entity';
        import { Customer } from './customer.entity';

        @Injectable()
        export class OrdersService {
          constructor(
            @InjectRepository(Order) private readonly orders: Repository<Order>,
            @InjectRepository(Customer) private readonly customers: Repository<Customer>,
          ) {}

          async withCustomers() {
            const list = await this.orders.find();
            for (const order of list) {
              order.customer = await this.customers.findOneBy({ id: order.customerId });
            }
            return list;
          }
        }
      `,
      errors: [{
          messageId: 'perItem',
          line: 17,
          column: 30,
          data: { call: 'this.customers.findOneBy', repetition: 'item of `list` (loop at line 16)' },
          suggestions: [
            {
              messageId: 'batchReadBeforeLoop',
              data: { call: 'this.customers.findBy' },
              output: ts`
                import { Injectable } from '@nestjs/common';
                import { InjectRepository } from '@nestjs/typeorm';
                import { Repository, In } from 'typeorm';
                import { Order } from './order.entity';
                import { Customer } from './customer.entity';

                @Injectable()
                export class OrdersService {
                  constructor(
                    @InjectRepository(Order) private readonly orders: Repository<Order>,
                    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
                  ) {}

                  async withCustomers() {
                    const list = await this.orders.find();
                    const byKey = await this.customers.findBy({ id: In(list.map((order) => order.customerId)) }).then((rows) => new Map(rows.map((row) => [String(row.id), row] as const)));
                    for (const order of list) {
                      order.customer = byKey.get(String(order.customerId)) ?? null;
                    }
                    return list;
                  }
                }
              `,
            },
          ],
        }],
    },
    {
      name: 'NestJS: repository known by its conventional name, one findBy per group',
      filename: 'src/groups/groups.service.ts',
      code: ts`
        import { Repository } from 'typeorm';
        export class GroupsService {
          constructor(private readonly userRepository: Repository<User>) {}
          async withUsers(groups) {
            for (const g of groups) g.users = await this.userRepository.findBy({ groupId: g.id });
            return groups;
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 5, column: 45 }],
    },
    {
      name: 'Sequelize models from ../models: posts loaded per user',
      filename: 'src/routes/users.ts',
      code: ts`
        import { User, Post } from '../models';
        app.get('/users', async (req, res) => {
          const users = await User.findAll();
          for (const u of users) {
            u.posts = await Post.findAll({ where: { userId: u.id } });
          }
          res.json(users);
        });
      `,
      errors: [{ messageId: 'perItem', line: 5, column: 21, data: { call: 'Post.findAll', repetition: 'item of `users` (loop at line 4)' } }],
    },
    {
      name: 'Sequelize model class (extends Model): findOrCreate in forEach, no suggestion',
      filename: 'src/routes/tags.ts',
      code: ts`
        import { Model } from 'sequelize';
        class Tag extends Model {}
        app.post('/tags', async (req, res) => {
          const tags = [];
          req.body.names.forEach(async (name) => { tags.push(await Tag.findOrCreate({ where: { name } })); });
          res.json(tags);
        });
      `,
      errors: [{ messageId: 'perItem', line: 5, column: 60, data: { call: 'Tag.findOrCreate', repetition: 'item of `req.body.names` (`.forEach` at line 5)' }, suggestions: [] }],
    },
    {
      name: 'Sequelize: reduce over ids that awaits findByPk each step',
      filename: 'src/routes/users.ts',
      code: ts`
        import { User } from '../models';
        app.post('/users/batch', async (req, res) => {
          const users = await req.body.ids.reduce(async (accP, id) => {
            const acc = await accP;
            acc.push(await User.findByPk(id));
            return acc;
          }, Promise.resolve([]));
          res.json(users);
        });
      `,
      errors: [{ messageId: 'perItem', line: 5, column: 20, data: { call: 'User.findByPk', repetition: 'item of `req.body.ids` (`.reduce` at line 3)' } }],
    },
    {
      name: 'Mongoose model imported from ../models/book: countDocuments per author in Promise.all',
      filename: 'src/controllers/authors.ts',
      code: ts`
        import Author from '../models/author';
        import Book from '../models/book';
        export async function list(req, res) {
          const authors = await Author.find();
          const withCounts = await Promise.all(authors.map(async (a) => ({ ...a, books: await Book.countDocuments({ author: a._id }) })));
          res.json(withCounts);
        }
      `,
      errors: [{ messageId: 'perItem', line: 5, column: 87, data: { call: 'Book.countDocuments', repetition: 'item of `authors` (`.map` at line 5)' }, suggestions: [] }],
    },
    {
      name: 'Mongoose model defined in the file with mongoose.model',
      filename: 'src/routes/posts.ts',
      code: ts`
        import mongoose from 'mongoose';
        const Comment = mongoose.model('Comment', new mongoose.Schema({ body: String }));
        app.get('/posts', async (req, res) => {
          const posts = req.body.posts;
          for (const p of posts) p.comments = await Comment.find({ post: p._id });
          res.json(posts);
        });
      `,
      errors: [{ messageId: 'perItem', line: 5, column: 45, data: { call: 'Comment.find', repetition: 'item of `posts` (loop at line 5)' } }],
    },
    {
      name: 'Mongoose: .limit(3) on the query is not a rate limit',
      filename: 'src/routes/authors.ts',
      code: ts`
        import { Post } from '../models';
        app.get('/authors', async (req, res) => {
          for (const a of req.body.authors) {
            a.recent = await Post.find({ author: a._id }).sort({ createdAt: -1 }).limit(3);
          }
          res.json(req.body.authors);
        });
      `,
      errors: [{ messageId: 'perItem', line: 4, column: 22, data: { call: 'Post.find', repetition: 'item of `req.body.authors` (loop at line 3)' } }],
    },
    {
      name: 'Fastify + knex through a local db module: indexed for over users',
      filename: 'src/handlers/report.ts',
      code: ts`
        import { db } from './db';
        fastify.get('/report', async (request, reply) => {
          const users = await db('users').select('id');
          for (let i = 0; i < users.length; i++) {
            users[i].total = await db('orders').where({ user_id: users[i].id }).sum('amount').first();
          }
          return users;
        });
      `,
      errors: [{ messageId: 'perItem', line: 5, column: 28, data: { call: 'db(…).where(…).sum(…).first', repetition: 'item of `users` (loop at line 4)' } }],
    },
    {
      name: 'Koa + knex: one query per id in Promise.all, the batched whereIn offered',
      filename: 'src/routes/users.ts',
      code: ts`
        import { knex } from '../db';
        router.get('/users', async (ctx) => {
          const ids = ctx.query.ids.split(',');
          ctx.body = await Promise.all(ids.map((id) => knex('users').where({ id }).first()));
        });
      `,
      errors: [
        {
          messageId: 'perItem',
          line: 4,
          column: 48,
          suggestions: [
            {
              messageId: 'batchRead',
              data: { call: "knex('users').whereIn" },
              output: ts`
                import { knex } from '../db';
                router.get('/users', async (ctx) => {
                  const ids = ctx.query.ids.split(',');
                  ctx.body = await knex('users').whereIn('id', ids).then((rows) => {
                    const byKey = new Map(rows.map((row) => [String(row.id), row] as const));
                    return ids.map((id) => byKey.get(String(id)));
                  });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'knex: a set query per user is still one query per user',
      filename: 'src/routes/friends.ts',
      code: ts`
        import { db } from '../db';
        app.get('/friends', async (req, res) => {
          for (const user of req.body.users) {
            user.friends = await db('users').whereIn('id', user.friendIds);
          }
          res.json(req.body.users);
        });
      `,
      errors: [{ messageId: 'perItem', line: 4, column: 26 }],
    },
    {
      name: 'tRPC + Drizzle: select chain in Promise.all(map) and db.query findFirst in for-of',
      filename: 'src/server/routers/feed.ts',
      code: ts`
        import { drizzle } from 'drizzle-orm/node-postgres';
        import { eq } from 'drizzle-orm';
        import { posts, users } from './schema';
        const db = drizzle(process.env.DATABASE_URL!);
        export const appRouter = t.router({
          feed: t.procedure.query(async () => {
            const rows = await db.select().from(posts);
            return Promise.all(rows.map(async (p) => ({ ...p, author: await db.select().from(users).where(eq(users.id, p.authorId)) })));
          }),
          feed2: publicProcedure.query(async () => {
            const rows = await db.query.posts.findMany();
            for (const p of rows) p.author = await db.query.users.findFirst({ where: eq(users.id, p.authorId) });
            return rows;
          }),
        });
      `,
      errors: [
        { messageId: 'perItem', line: 8, column: 69, data: { call: 'db.select', repetition: 'item of `rows` (`.map` at line 8)' } },
        {
          messageId: 'perItem',
          line: 12,
          column: 44,
          data: { call: 'db.query.users.findFirst', repetition: 'item of `rows` (loop at line 12)' },
          suggestions: [
            {
              messageId: 'batchReadBeforeLoop',
              data: { call: 'db.query.users.findMany' },
              output: ts`
                import { drizzle } from 'drizzle-orm/node-postgres';
                import { eq, inArray } from 'drizzle-orm';
                import { posts, users } from './schema';
                const db = drizzle(process.env.DATABASE_URL!);
                export const appRouter = t.router({
                  feed: t.procedure.query(async () => {
                    const rows = await db.select().from(posts);
                    return Promise.all(rows.map(async (p) => ({ ...p, author: await db.select().from(users).where(eq(users.id, p.authorId)) })));
                  }),
                  feed2: publicProcedure.query(async () => {
                    const rows = await db.query.posts.findMany();
                    const byKey = await db.query.users.findMany({ where: inArray(users.id, rows.map((p) => p.authorId)) }).then((rows2) => new Map(rows2.map((row) => [String(row.id), row] as const)));
                    for (const p of rows) p.author = byKey.get(String(p.authorId));
                    return rows;
                  }),
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'tRPC: the client on ctx.db, queried per post',
      filename: 'src/server/routers/post.ts',
      code: ts`
        export const postRouter = createTRPCRouter({
          withAuthors: publicProcedure.query(async ({ ctx }) => {
            const posts = await ctx.db.post.findMany();
            for (const p of posts) p.author = await ctx.db.user.findUnique({ where: { id: p.authorId } });
            return posts;
          }),
        });
      `,
      errors: [{ messageId: 'perItem', line: 4, column: 45, data: { call: 'ctx.db.user.findUnique', repetition: 'item of `posts` (loop at line 4)' } }],
    },
    {
      name: 'Lambda + pg: one insert per SQS record',
      filename: 'src/lambda/ingest.ts',
      code: ts`
        import { Pool } from 'pg';
        const pool = new Pool();
        export const handler = async (event) => {
          for (const record of event.Records) {
            const body = JSON.parse(record.body);
            await pool.query('insert into events (id, payload) values ($1, $2)', [body.id, body]);
          }
        };
      `,
      errors: [{ messageId: 'perItem', line: 6, column: 11, data: { call: 'pool.query', repetition: 'item of `event.Records` (loop at line 4)' } }],
    },
    {
      name: 'Koa + mysql2 pool: product row fetched per cart item',
      filename: 'src/server.ts',
      code: ts`
        import mysql from 'mysql2/promise';
        const pool = mysql.createPool({ uri: process.env.DB_URL });
        router.get('/carts/:id', async (ctx) => {
          const [items] = await pool.query('select * from cart_items where cart_id = ?', [ctx.params.id]);
          for (const item of items) {
            const [[product]] = await pool.execute('select * from products where id = ?', [item.product_id]);
            item.product = product;
          }
          ctx.body = items;
        });
      `,
      errors: [{ messageId: 'perItem', line: 6, column: 31, data: { call: 'pool.execute', repetition: 'item of `items` (loop at line 5)' } }],
    },
    {
      name: 'MongoDB driver: findOne per post inside Promise.all(map)',
      filename: 'src/routes/feed.ts',
      code: ts`
        import { MongoClient } from 'mongodb';
        const client = new MongoClient(process.env.MONGO_URL);
        const db = client.db('app');
        app.get('/feed', async (req, res) => {
          const posts = await db.collection('posts').find().toArray();
          const out = [];
          await Promise.all(posts.map(async (post) => {
            out.push({ ...post, author: await db.collection('users').findOne({ _id: post.authorId }) });
          }));
          res.json(out);
        });
      `,
      errors: [{ messageId: 'perItem', line: 8, column: 39, data: { call: 'db.collection(…).findOne', repetition: 'item of `posts` (`.map` at line 7)' } }],
    },
    {
      name: 'ioredis: GET per query-string key in for-in',
      filename: 'src/routes/flags.ts',
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        app.get('/flags', async (req, res) => {
          const out = {};
          for (const name in req.query) {
            out[name] = await redis.get('flag:' + name);
          }
          res.json(out);
        });
      `,
      errors: [{ messageId: 'perItem', line: 6, column: 23, data: { call: 'redis.get', repetition: 'item of `req.query` (loop at line 5)' } }],
    },
    {
      name: 'BullMQ worker + axios: one CRM request per contact id',
      filename: 'src/workers/sync.ts',
      code: ts`
        import axios from 'axios';
        import { Worker } from 'bullmq';
        new Worker('sync', async (job) => {
          for (const id of job.data.ids) {
            const { data } = await axios.get(\`https://crm.example.com/contacts/\${id}\`);
            await save(data);
          }
        });
      `,
      errors: [{ messageId: 'remotePerItem', line: 5, column: 28, data: { call: 'axios.get', repetition: 'item of `job.data.ids` (loop at line 4)' } }],
    },
    {
      name: 'a provider method that onModuleInit calls, and a request handler too, still runs per request',
      filename: 'src/infra-config/infra-config.service.ts',
      code: ts`
        import { Injectable, OnModuleInit } from '@nestjs/common';
        import { PrismaService } from '../prisma/prisma.service';
        @Injectable()
        export class InfraConfigService implements OnModuleInit {
          constructor(private readonly prisma: PrismaService) {}
          async onModuleInit() {
            await this.syncDefaults();
          }
          async reset() {
            await this.syncDefaults();
          }
          async syncDefaults() {
            const rows = await this.prisma.infraConfig.findMany();
            await Promise.all(rows.map((row) => this.prisma.infraConfig.update({ where: { id: row.id }, data: { value: row.value.trim() } })));
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 14 }],
    },
    {
      name: "mongoose.connection's raw collections (mongoose.connection.db.collection(…), .collection(…)) query like the driver's",
      filename: 'src/services/users.ts',
      code: ts`
        import mongoose from 'mongoose';
        export async function emails(ids: string[]) {
          const events = mongoose.connection.collection('events');
          for (const id of ids) {
            await mongoose.connection.db.collection('users').findOne({ id });
            await events.updateOne({ id }, { $set: { seen: true } });
          }
        }
      `,
      errors: [
        { messageId: 'perItem', line: 5 },
        { messageId: 'perItem', line: 6 },
      ],
    },
    {
      name: "Agenda: agenda.now(…) and a created job's save() write one document each",
      filename: 'src/jobs/queue.ts',
      code: ts`
        import Agenda from 'agenda';
        export async function queueAll(agenda: Agenda, reportIds: string[]) {
          for (const reportId of reportIds) {
            await agenda.now('refresh', { reportId });
            const job = agenda.create('refresh-one', { reportId });
            job.unique({ reportId });
            job.schedule(new Date());
            await job.save();
          }
        }
      `,
      errors: [
        { messageId: 'perItem', line: 4 },
        { messageId: 'perItem', line: 8 },
      ],
    },
    {
      name: 'a slice at a time, but a query per item of each slice: still per item',
      filename: 'src/services/files.ts',
      code: ts`
        import { MongoClient } from 'mongodb';
        const files = new MongoClient(process.env.MONGO_URL!).db().collection('files');
        export async function touchAll(ids: string[]) {
          for (let i = 0; i < ids.length; i += 50) {
            for (const id of ids.slice(i, i + 50)) await files.updateOne({ _id: id }, { $set: { t: 1 } });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: 'an indexed loop two at a time without slicing is still per item',
      filename: 'src/services/pairs.ts',
      code: ts`
        import { MongoClient } from 'mongodb';
        const pairs = new MongoClient(process.env.MONGO_URL!).db().collection('pairs');
        export async function savePairs(values: string[]) {
          for (let i = 0; i < values.length; i += 2) await pairs.insertOne({ a: values[i], b: values[i + 1] });
        }
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
    {
      name: 'rows a query returned, handled by their status (row.status === "active" / "archived"), are still rows: one write per row',
      filename: 'src/jobs/sync-accounts.ts',
      code: ts`
        import { prisma } from '../db';
        export async function syncAccounts() {
          const accounts = await prisma.account.findMany();
          for (const account of accounts) {
            if (account.status === 'active') await prisma.account.update({ where: { id: account.id }, data: { syncedAt: new Date() } });
            else if (account.status === 'archived') await prisma.account.delete({ where: { id: account.id } });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }, { messageId: 'perItem', line: 6 }],
    },
    {
      name: "a model of a registry handed in as `models` (a parameter typed by the app's interface, a GraphQL context's { models }) queried per item",
      filename: 'src/modules/contacts/utils.ts',
      code: ts`
        import type { IContext, IModels } from '../../connectionResolvers';
        export async function countByTag(models: IModels, tagIds: string[]) {
          const counts: Record<string, number> = {};
          for (const tagId of tagIds) counts[tagId] = await models.Customers.countDocuments({ tagIds: tagId });
          return counts;
        }
        export const resolvers = {
          Query: {
            async boardCounts(_root: unknown, { boardIds }: { boardIds: string[] }, { models }: IContext) {
              return Promise.all(boardIds.map((boardId) => models.Pipelines.find({ boardId }).countDocuments()));
            },
          },
        };
      `,
      errors: [{ messageId: 'perItem', line: 4 }, { messageId: 'perItem', line: 10 }],
    },
    {
      name: "items of a library handled by their type (item.Type === 'Movie' / 'Series') are still rows, whatever the list's source",
      filename: 'src/lib/scanner.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function processItems(items: Array<{ Id: string; Type: string }>) {
          await Promise.all(
            items.map(async (item) => {
              if (item.Type === 'Movie') await prisma.media.upsert({ where: { externalId: item.Id }, create: { externalId: item.Id, kind: 'movie' }, update: {} });
              else if (item.Type === 'Series') await prisma.media.upsert({ where: { externalId: item.Id }, create: { externalId: item.Id, kind: 'tv' }, update: {} });
            }),
          );
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }, { messageId: 'perItem', line: 7 }],
    },
    {
      name: 'a concurrency-limited map of the project (promiseMapWithLimit(5, users, fn)) and async.mapLimit(ids, 10, fn): a limit caps how many run at once, each item still queries',
      filename: 'src/features/institutions/manager.ts',
      code: ts`
        import async from 'async';
        import { promiseMapWithLimit } from '../util/promises';
        import { User } from '../models/User';
        export async function refreshAll(userIds: string[]) {
          await promiseMapWithLimit(5, userIds, async (userId) => User.updateOne({ _id: userId }, { $set: { refreshedAt: new Date() } }));
          return new Promise((resolve) => async.mapLimit(userIds, 10, (userId: string, cb: (e: unknown, u?: unknown) => void) => { User.findById(userId).then((u) => cb(null, u)); }, resolve));
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }, { messageId: 'perItem', line: 6 }],
    },
    {
      name: "a project's own awaiting map kept in a utilities module (asyncMap(rows, fn, { concurrency: 5 }), asyncForEach, mapAsync): each item still queries",
      filename: 'src/server/userSubscription/queries.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import { asyncForEach, asyncMap } from 'utils/async';
        import { mapAsync } from '../lib/promise';
        const prisma = new PrismaClient();
        export async function touch(ids: string[]) {
          await asyncMap(ids, async (id) => prisma.user.update({ where: { id }, data: { seenAt: new Date() } }), { concurrency: 5 });
          await asyncForEach(ids, async (id) => { await prisma.user.delete({ where: { id } }); });
          await mapAsync(ids, (id) => prisma.session.deleteMany({ where: { userId: id } }));
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }, { messageId: 'perItem', line: 7 }, { messageId: 'perItem', line: 8 }],
    },
    {
      name: "an ORM's lifecycle hook registered at load (Sequelize's Model.afterCreate, addHook, Mongoose's schema.post('save')) runs on every write, not once",
      filename: 'src/server/scopeSummary/hooks.ts',
      code: ts`
        import { Model } from 'sequelize';
        import mongoose from 'mongoose';
        class Discussion extends Model {}
        class CollectionPub extends Model {}
        class Collection extends Model {}
        const Notification = mongoose.model('Notification', new mongoose.Schema({ userId: String }));
        Discussion.afterCreate(async ({ pubId }) => {
          const links = await CollectionPub.findAll({ where: { pubId } });
          for (const link of links) await Collection.increment('discussions', { where: { id: link.collectionId } });
        });
        CollectionPub.addHook('afterDestroy', 'recount', async ({ pubId }) => {
          const links = await CollectionPub.findAll({ where: { pubId } });
          for (const link of links) await Collection.decrement('pubs', { where: { id: link.collectionId } });
        });
        export const postSchema = new mongoose.Schema({ followerIds: [String] });
        postSchema.post('save', async function (doc) {
          for (const userId of doc.followerIds) await Notification.create({ userId });
        });
      `,
      errors: [{ messageId: 'perItem', line: 9 }, { messageId: 'perItem', line: 13 }, { messageId: 'perItem', line: 17 }],
    },
    {
      name: "pg-promise: the handle a transaction's callback gets (db.tx(async (t) => …)) is a client; an UPDATE per row through it is a round trip each",
      filename: 'src/api/cast-vote.ts',
      code: ts`
        import pgPromise from 'pg-promise';
        const pg = pgPromise()(process.env.DATABASE_URL!);
        export async function castVote(userId: string, optionIds: string[]) {
          await pg.tx(async (t) => {
            for (const optionId of optionIds) await t.none('insert into votes(option_id, user_id) values ($1, $2)', [optionId, userId]);
          });
        }
      `,
      errors: [{ messageId: 'perItemInTransaction', line: 5 }],
    },
    {
      name: "a project's own transaction helper named like executeTx(db, async (trx) => …): an insert per page through the transaction handle",
      filename: 'src/import/file-import.service.ts',
      code: ts`
        import { Kysely } from 'kysely';
        import { executeTx } from '../db/utils';
        export class FileImportService {
          constructor(private readonly db: Kysely<any>) {}
          async importPages(pages: Array<{ id: string; title: string }>) {
            await executeTx(this.db, async (trx) => {
              for (const page of pages) {
                await trx.insertInto('pages').values(page).execute();
              }
            });
          }
        }
      `,
      errors: [{ messageId: 'perItemInTransaction', line: 8 }],
    },
    {
      name: "a job queue known by its name only (FeedQueue from a workspace package, this.emailQueue): one job per item where the queue takes many at once",
      filename: 'src/workers/feed.ts',
      code: ts`
        import { FeedQueue } from '@acme/shared-server';
        import { prisma } from '../db';
        export class FeedScheduler {
          constructor(private readonly emailQueue: unknown) {}
          async scheduleAll() {
            const feeds = await prisma.feed.findMany({ where: { enabled: true } });
            for (const feed of feeds) {
              await FeedQueue.enqueue({ feedId: feed.id });
            }
            await Promise.all(feeds.map((feed) => (this as any).emailQueue.add('digest', { feedId: feed.id })));
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 8 }, { messageId: 'perItem', line: 10 }],
    },
    {
      name: 'a Drizzle builder kept in a variable, extended, then awaited per item: one round trip per item',
      filename: 'src/find/per-field.ts',
      code: ts`
        import { drizzle } from 'drizzle-orm/node-postgres';
        const db = drizzle(process.env.DATABASE_URL!);
        export async function countsPerField(fields, tables) {
          const out = {};
          for (const field of fields) {
            let query = db.select().from(tables[field.name]).$dynamic();
            if (field.where) query = query.where(field.where);
            out[field.name] = (await query).length;
          }
          return out;
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: 'the same helper asked to fetch the document (fetchData: true) per item: one query per item',
      filename: 'src/auth/doc-access.ts',
      code: ts`
        import { prisma } from '../db';
        async function entityPermissions({ id, fetchData }) {
          const doc = fetchData ? await prisma.document.findUnique({ where: { id } }) : undefined;
          return { read: !!doc };
        }
        export async function docAccess(ids: string[]) {
          const out = [];
          for (const id of ids) out.push(await entityPermissions({ id, fetchData: true }));
          return out;
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 8 }],
    },
    {
      name: 'a background worker of the project known by its name (alertsWorker from another module): one job per error group read',
      filename: 'app/v3/services/errorAlerts.server.ts',
      code: ts`
        import { alertsWorker } from '~/v3/alertsWorker.server';
        import { prisma } from '~/db.server';
        export async function evaluate(projectId: string) {
          const groups = await prisma.errorGroup.findMany({ where: { projectId, alerting: true } });
          for (const group of groups) {
            await alertsWorker.enqueue({ job: 'deliver', payload: { groupId: group.id } });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: 'Stripe: one invoice retrieve per charge a listing returned, awaited in turn',
      filename: 'src/services/billing.service.ts',
      code: ts`
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_KEY!);
        export async function invoicePdfs(customer: string) {
          const charges = await stripe.charges.list({ customer, limit: 100 });
          const pdfs: Record<string, string | null> = {};
          for (const charge of charges.data) {
            const invoice = await stripe.invoices.retrieve(charge.invoice as string);
            pdfs[invoice.id] = invoice.invoice_pdf ?? null;
          }
          return pdfs;
        }
      `,
      errors: [{ messageId: 'remotePerItem', line: 7, data: { call: 'stripe.invoices.retrieve', repetition: 'item of `charges.data` (loop at line 6)' } }],
    },
    {
      name: 'Stripe: a retrieve per invoice id taken from the charges a listing returned (charges.data.map(…).filter(…))',
      filename: 'src/services/billing.service.ts',
      code: ts`
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_KEY!);
        export async function invoiceLinks(customer: string) {
          const charges = await stripe.charges.list({ customer, limit: 100 });
          const invoiceIds = charges.data.map((c) => c.invoice).filter((id): id is string => typeof id === 'string');
          const links: string[] = [];
          for (const invoiceId of invoiceIds) {
            const invoice = await stripe.invoices.retrieve(invoiceId);
            if (invoice.invoice_pdf) links.push(invoice.invoice_pdf);
          }
          return links;
        }
      `,
      errors: [{ messageId: 'remotePerItem', line: 8 }],
    },
    {
      name: 'requests awaited in turn over what an async generator pages through (for await … of this.pages(50)): the list grows with the table',
      filename: 'src/lib/availability-sync.ts',
      code: ts`
        import axios from 'axios';
        import { prisma } from '../db';
        export class AvailabilitySync {
          async run() {
            for await (const media of this.pages(50)) {
              await axios.get(\`https://radarr.local/api/v3/movie/\${media.externalId}\`);
            }
          }
          private async *pages(size: number) {
            for (let skip = 0; ; skip += size) {
              const rows = await prisma.media.findMany({ skip, take: size });
              if (!rows.length) return;
              yield* rows;
            }
          }
        }
      `,
      errors: [{ messageId: 'remotePerItem', line: 6 }],
    },
    {
      name: 'requests awaited in turn over rows a query returned: the wait grows with the table',
      filename: 'src/jobs/push-contacts.ts',
      code: ts`
        import axios from 'axios';
        import { prisma } from '../db';
        export async function pushContacts() {
          const users = await prisma.user.findMany({ where: { synced: false } });
          for (const user of users) await axios.post('https://crm.example.com/contacts', { email: user.email });
        }
      `,
      errors: [{ messageId: 'remotePerItem', line: 5, data: { call: 'axios.post', repetition: 'item of `users` (loop at line 5)' } }],
    },
    {
      name: 'requests awaited in turn over the rows of a listing call',
      filename: 'src/services/vault.ts',
      code: ts`
        export async function readAll(base: string) {
          const out = {};
          for (const key of await fetch(base + '/keys').then((r) => r.json())) {
            out[key] = await fetch(base + '/secrets/' + key).then((r) => r.json());
          }
          return out;
        }
      `,
      errors: [{ messageId: 'remotePerItem', line: 4 }],
    },
    {
      name: 'fetch per symbol in a Next.js route: a hint (sent all at once), a few at a time offered',
      filename: 'app/api/prices/route.ts',
      options: [{ report: 'all' }],
      code: ts`
        export async function GET(request: Request) {
          const symbols = new URL(request.url).searchParams.getAll('symbol');
          const prices = await Promise.all(symbols.map((s) => fetch('https://quotes.example.com/' + s).then((r) => r.json())));
          return Response.json(prices);
        }
      `,
      errors: [
        {
          messageId: 'remotePerItem',
          line: 3,
          column: 55,
          data: { call: 'fetch', repetition: 'item of `symbols` (`.map` at line 3)' },
          suggestions: [
            {
              messageId: 'fewAtATime',
              data: { size: '8' },
              output: ts`
                export async function GET(request: Request) {
                  const symbols = new URL(request.url).searchParams.getAll('symbol');
                  const prices = await (async () => {
                    const items = symbols;
                    const results = [];
                    for (let i = 0; i < items.length; i += 8) {
                      results.push(...(await Promise.all(items.slice(i, i + 8).map((s) => fetch('https://quotes.example.com/' + s).then((r) => r.json())))));
                    }
                    return results;
                  })();
                  return Response.json(prices);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: "a pause inside lodash's each (not Bluebird's) paces nothing: every callback starts at once",
      filename: 'server/lib/device/device.purge.js',
      code: ts`
        const _ = require('lodash');
        const { PrismaClient } = require('@prisma/client');
        const prisma = new PrismaClient();
        async function purge(featureIds) {
          _.each(featureIds, async (id) => {
            await prisma.state.deleteMany({ where: { featureId: id } });
            await delay(100);
          });
        }
        module.exports = { purge };
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'a sleep inside forEach(async …) paces nothing: every callback starts at once (a hint)',
      filename: 'src/routes/notify.ts',
      options: [{ report: 'all' }],
      code: ts`
        import axios from 'axios';
        app.post('/notify', async (req, res) => {
          req.body.users.forEach(async (u) => {
            await axios.post('https://push.example.com/send', { to: u.token });
            await sleep(100);
          });
          res.end();
        });
      `,
      errors: [{ messageId: 'remotePerItem', line: 4, column: 11, data: { call: 'axios.post', repetition: 'item of `req.body.users` (`.forEach` at line 3)' } }],
    },
    {
      name: 'GraphQL resolver map: the User.posts field resolver runs once per user',
      filename: 'src/graphql/resolvers.ts',
      code: ts`
        import { prisma } from '../db';
        export const resolvers = {
          Query: {
            users: () => prisma.user.findMany(),
          },
          User: {
            posts: (user) => prisma.post.findMany({ where: { authorId: user.id } }),
          },
        };
      `,
      errors: [{ messageId: 'perItem', line: 7, column: 22, data: { call: 'prisma.post.findMany', repetition: '`User` the parent query returns (GraphQL field resolver, line 7)' } }],
    },
    {
      name: 'a local helper that queries, called per order',
      filename: 'src/routes/orders.ts',
      code: ts`
        import { prisma } from '../db';
        async function loadCustomer(id: string) {
          return prisma.customer.findUnique({ where: { id } });
        }
        app.get('/orders', async (req, res) => {
          const orders = await prisma.order.findMany();
          for (const o of orders) o.customer = await loadCustomer(o.customerId);
          res.json(orders);
        });
      `,
      errors: [
        {
          messageId: 'perItemViaHelper',
          line: 7,
          column: 46,
          data: { call: 'loadCustomer', query: 'prisma.customer.findUnique', queryLine: '3', repetition: 'item of `orders` (loop at line 7)' },
          suggestions: [],
        },
      ],
    },
    {
      name: 'a method of the same NestJS service that queries, called per post',
      filename: 'src/posts/posts.service.ts',
      code: ts`
        import { Injectable } from '@nestjs/common';
        import { InjectModel } from '@nestjs/mongoose';
        import { Model } from 'mongoose';
        @Injectable()
        export class PostsService {
          constructor(@InjectModel('User') private userModel: Model<User>, @InjectModel('Post') private postModel: Model<Post>) {}
          private authorOf(post) {
            return this.userModel.findById(post.authorId).lean();
          }
          async feed() {
            const posts = await this.postModel.find().lean();
            return Promise.all(posts.map((p) => this.authorOf(p)));
          }
        }
      `,
      errors: [
        {
          messageId: 'perItemViaHelper',
          line: 12,
          column: 41,
          data: { call: 'this.authorOf', query: 'this.userModel.findById', queryLine: '8', repetition: 'item of `posts` (`.map` at line 12)' },
        },
      ],
    },
    {
      name: 'recursion over children: one findMany per category node',
      filename: 'src/services/categories.ts',
      code: ts`
        import { prisma } from '../db';
        export async function loadTree(node) {
          const children = await prisma.category.findMany({ where: { parentId: node.id } });
          node.children = children;
          for (const child of children) {
            await loadTree(child);
          }
          return node;
        }
      `,
      errors: [{ messageId: 'perItemRecursive', line: 6, column: 11, data: { call: 'loadTree', query: 'prisma.category.findMany', queryLine: '3', repetition: 'item of `children` (loop at line 5)' } }],
    },
    {
      name: 'recursion through a method and a .map callback: one finding, on the call that repeats',
      filename: 'src/services/folders.ts',
      code: ts`
        import { Folder } from '../models';
        export class FolderService {
          async subtree(id) {
            const folder = await Folder.findByPk(id);
            const kids = await Folder.findAll({ where: { parentId: id } });
            return { folder, kids: await Promise.all(kids.map((k) => this.subtree(k.id))) };
          }
        }
      `,
      errors: [{ messageId: 'perItemRecursive', line: 6, column: 62, data: { call: 'subtree', query: 'Folder.findByPk', queryLine: '4', repetition: 'item of `kids` (`.map` at line 6)' } }],
    },
    {
      name: 'for await over an upload stream: one upsert per row',
      filename: 'src/routes/import.ts',
      code: ts`
        import { prisma } from '../db';
        app.post('/import', async (req, res) => {
          for await (const row of parseCsv(req)) {
            await prisma.product.upsert({ where: { sku: row.sku }, create: row, update: row });
          }
          res.end();
        });
      `,
      errors: [{ messageId: 'perItem', line: 4, column: 11, data: { call: 'prisma.product.upsert', repetition: 'item of `parseCsv(req)` (`for await` at line 3)' } }],
    },
    {
      name: 'nested loops: reported once, against the inner loop',
      filename: 'src/routes/teams.ts',
      code: ts`
        import { prisma } from '../db';
        app.get('/teams', async (req, res) => {
          const teams = await prisma.team.findMany();
          for (const team of teams) {
            for (const memberId of team.memberIds) {
              team.members.push(await prisma.user.findUnique({ where: { id: memberId } }));
            }
          }
          res.json(teams);
        });
      `,
      errors: [{ messageId: 'perItem', line: 6, column: 31, data: { call: 'prisma.user.findUnique', repetition: 'item of `team.memberIds` (loop at line 5)' } }],
    },
    {
      name: 'p-map over ids with a local database module',
      filename: 'src/routes/rows.ts',
      code: ts`
        import pMap from 'p-map';
        import { db } from '../db';
        app.post('/rows', async (req, res) => {
          const rows = await pMap(req.body.ids, (id) => db.query('select * from t where id = $1', [id]), { concurrency: 4 });
          res.json(rows);
        });
      `,
      errors: [{ messageId: 'perItem', line: 4, column: 49 }],
    },
    {
      name: 'Sequelize rows: destroy() on each row a findAll returned',
      filename: 'src/tasks/cleanup.ts',
      code: ts`
        import { Model } from 'sequelize';
        class Attachment extends Model {}
        export async function cleanup() {
          const attachments = await Attachment.findAll({ where: { expired: true } });
          await Promise.all(attachments.map((attachment) => attachment.destroy()));
        }
      `,
      errors: [{ messageId: 'perItem', line: 5, data: { call: 'attachment.destroy', repetition: 'item of `attachments` (`.map` at line 5)' } }],
    },
    {
      name: 'Sequelize association accessor per row: user.getPosts() in a loop',
      filename: 'src/routes/users.ts',
      code: ts`
        import { Model } from 'sequelize';
        class User extends Model {}
        app.get('/users', async (req, res) => {
          const users = await User.findAll();
          const out = [];
          for (const user of users) out.push({ user, posts: await user.getPosts() });
          res.json(out);
        });
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: 'a client built once by a memoising helper (remember) is still queried once per item',
      filename: 'src/routes/recipients.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import { remember } from './utils/remember';
        const prisma = remember('prisma', () => new PrismaClient());
        app.post('/remind', async (req, res) => {
          await Promise.all(req.body.ids.map((id) => prisma.recipient.update({ where: { id }, data: { remindedAt: new Date() } })));
          res.end();
        });
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: "a counter's step in the call (order: order++) is known before the loop runs: the updates are still one per row",
      filename: 'src/playlists/reorder.ts',
      code: ts`
        import { PlaylistItem } from '../models';
        export async function reorder(req: Request) {
          const items = await PlaylistItem.findAll({ where: { playlistId: req.params.id }, order: [['order', 'ASC']] });
          let order = 1;
          for (const item of items) {
            await item.update({ order: order++ });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
  ],
});

/**
 * Honest cases the rule gets wrong because of the shared analysis (src/analysis/) or shared message
 * helpers, which this suite does not change. Kept out of the tester so the suite stays green; move
 * each one into \`valid\`/\`invalid\` above once the analysis handles it.
 */
const analysisCases: { valid: ValidTestCase<Options>[]; invalid: InvalidTestCase<MessageIds, Options>[] } = {
  valid: [
    {
      // file-analysis.ts isRetryOrSearch: only `break` counts as leaving a search loop, not `return`.
      name: 'search loop that returns the first free slug',
      filename: 'src/services/slugs.ts',
      code: ts`
        import { prisma } from '../db';
        export async function firstFreeSlug(candidates) {
          for (const slug of candidates) {
            const taken = await prisma.post.findUnique({ where: { slug } });
            if (!taken) return slug;
          }
          return null;
        }
      `,
    },
    {
      name: 'search loop that returns the first cache hit',
      filename: 'src/services/cache.ts',
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function findCached(id) {
          for (const region of ['eu', 'us', 'ap']) {
            const hit = await redis.get(region + ':' + id);
            if (hit) return hit;
          }
          return null;
        }
      `,
    },
  ],
  invalid: [
    {
      // origins.ts fromModule: a lower-case default/namespace import of a models folder is not seen
      // as the sequelize-cli models object, so `db.Post` is unknown (`import * as models` likewise).
      name: 'sequelize-cli models object: db.Post.findAll per user',
      filename: 'src/routes/users.js',
      code: ts`
        const db = require('../models');
        app.get('/users', async (req, res) => {
          const users = await db.User.findAll();
          for (const u of users) u.posts = await db.Post.findAll({ where: { userId: u.id } });
          res.json(users);
        });
      `,
      errors: [{ messageId: 'perItem', line: 4, column: 42, data: { call: 'db.Post.findAll', repetition: 'item of `users` (loop at line 4)' } }],
    },
    {
      // origins.ts fromModule: an upper-case name from a database module (`AppDataSource`, TypeORM's
      // documented name) is taken for a model and dropped.
      name: 'TypeORM AppDataSource.getRepository(User).findOneBy per id',
      filename: 'src/routes/users.ts',
      code: ts`
        import { AppDataSource } from '../data-source';
        app.post('/users/batch', async (req, res) => {
          for (const id of req.body.ids) await AppDataSource.getRepository(User).findOneBy({ id });
          res.end();
        });
      `,
      errors: [{ messageId: 'perItem', line: 3, column: 40, data: { call: 'AppDataSource.getRepository(…).findOneBy', repetition: 'item of `req.body.ids` (loop at line 3)' } }],
    },
    {
      // request-path.ts isFieldResolver: only nested `{ Query, User: { … } }` maps count, not a
      // per-type resolver module merged elsewhere.
      name: 'per-type resolver module: User.posts field resolver in resolvers/User.ts',
      filename: 'src/graphql/resolvers/User.ts',
      code: ts`
        import { prisma } from '../../db';
        export const User = {
          posts: (user) => prisma.post.findMany({ where: { authorId: user.id } }),
        };
      `,
      errors: [{ messageId: 'perItem', line: 3, column: 20, data: { call: 'prisma.post.findMany', repetition: '`User` the parent query returns (GraphQL field resolver, line 3)' } }],
    },
    {
      // rules/util/phrases.ts prints every callback repetition as a method (`.pMap`), also for
      // plain function helpers like p-map and async.mapLimit.
      name: 'p-map helper is named as a function call in the message',
      filename: 'src/routes/rows.ts',
      code: ts`
        import pMap from 'p-map';
        import { db } from '../db';
        app.post('/rows', async (req, res) => {
          const rows = await pMap(req.body.ids, (id) => db.query('select * from t where id = $1', [id]), { concurrency: 4 });
          res.json(rows);
        });
      `,
      errors: [{ messageId: 'perItem', line: 4, column: 49, data: { call: 'db.query', repetition: 'item of `req.body.ids` (`pMap` at line 4)' } }],
    },
  ],
};

ruleTester.run('no-n-plus-one (shared-analysis cases)', rule, analysisCases);
