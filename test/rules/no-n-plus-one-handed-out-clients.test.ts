// Clients a helper hands out (a TypeORM repository asked of a data source nothing places, a BullMQ
// queue a static getter returns, a memoising getter whose client is made inside an `if` (also one that checks the configuration first), a getter
// typed with a local alias or a default-imported client class), and a table's own description,
// which is no query.
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (clients handed out by helpers)', rule, {
  valid: [
    {
      name: "a table's own description (getFields, getColumns) known by name only: kept in memory, not a query",
      filename: 'src/models/relations.ts',
      code: ts`
        export async function relationFields(table: TableLike) {
          const relations = await table.getRelationData();
          return Promise.all(relations.map(async (rel) => (await rel.relationTable.getFields()).length));
        }
      `,
    },
    {
      name: "Prisma's findUnique per item of a .map with nothing in between: gathered into one query in that tick",
      filename: 'src/canvas/canvas.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function loadCanvases(canvasIds: string[]) {
          return Promise.all(canvasIds.map((canvasId) => prisma.canvas.findUnique({ where: { canvasId } })));
        }
      `,
    },
  ],
  invalid: [
    {
      name: "TypeORM's getRepository(Entity) on a data source held by something nothing places (a running app): its find and delete query",
      filename: 'src/services/chat-messages/index.ts',
      code: ts`
        import { getRunningExpressApp } from '../../utils/getRunningExpressApp';
        import { ChatMessageFeedback } from '../../database/entities/ChatMessageFeedback';
        export async function removeFeedback(chatflowId: string) {
          const appServer = getRunningExpressApp();
          const messages = await appServer.AppDataSource.getRepository(ChatMessageFeedback).find({ where: { chatflowId } });
          for (const message of messages) {
            await appServer.AppDataSource.getRepository(ChatMessageFeedback).delete({ chatId: message.chatId });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 7, data: { call: 'appServer.AppDataSource.getRepository(…).delete', repetition: 'item of `messages` (loop at line 6)' } }],
    },
    {
      name: 'a BullMQ queue a getter hands out (declared `Queue<T> | null`): one Redis round trip per job added',
      filename: 'src/features/batch/handleBatch.ts',
      code: ts`
        import { Queue } from 'bullmq';
        import { prisma } from '../../db';
        function evalQueue(): Queue<EvalJob> | null {
          return queues.get('create-eval') ?? null;
        }
        export async function createEvals(projectId: string) {
          const traces = await prisma.trace.findMany({ where: { projectId } });
          const queue = evalQueue();
          for (const trace of traces) {
            await queue.add('create-eval', { traceId: trace.id });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 10, data: { call: 'queue.add', repetition: 'item of `traces` (loop at line 9)' } }],
    },
    {
      name: 'a memoising getter that makes its Drizzle client inside `if (!DB)` and keeps it in a global: the client, for a helper that inserts',
      filename: 'src/db.ts',
      code: ts`
        import { drizzle } from 'drizzle-orm/node-postgres';
        export function db() {
          if (!globalThis.DB) {
            const d = drizzle({ client: pool() });
            globalThis.DB = d;
            return d;
          }
          return globalThis.DB;
        }
        export async function copyRows(rows: Row[]) {
          await Promise.all(rows.map((row) => db().insert(userProperty).values(row)));
        }
      `,
      errors: [{ messageId: 'perItem', line: 11, data: { call: 'db(…).insert', repetition: 'item of `rows` (`.map` at line 11)' }, suggestions: [{ messageId: 'batchWrite', data: { call: 'db().insert(userProperty).values' }, output: ts`
            import { drizzle } from 'drizzle-orm/node-postgres';
            export function db() {
              if (!globalThis.DB) {
                const d = drizzle({ client: pool() });
                globalThis.DB = d;
                return d;
              }
              return globalThis.DB;
            }
            export async function copyRows(rows: Row[]) {
              if (rows.length > 0) await db().insert(userProperty).values(rows);
            }
          ` }] }],
    },
    {
      name: 'a singleton getter that returns its module-level client inside a check of the configuration and throws otherwise',
      filename: 'src/jobs/stints.ts',
      code: ts`
        import { createClient } from 'redis';
        let client;
        export const getRedisClient = async (config) => {
          if (config.host) {
            if (client) return client;
            client = createClient({ url: config.host });
            await client.connect();
            return client;
          }
          throw new Error('Redis is not configured');
        };
        export async function stints(config, memberIds: string[]) {
          const redis = await getRedisClient(config);
          for (const memberId of memberIds) {
            await redis.sMembers(\`stints:\${memberId}\`);
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 15 }],
    },
    {
      name: 'a getter typed with a type alias of this module (`db(): Db`, `type Db = NodePgDatabase<Schema>`)',
      filename: 'src/db.ts',
      code: ts`
        import { NodePgDatabase } from 'drizzle-orm/node-postgres';
        export type Db = NodePgDatabase<Schema>;
        export function db(): Db {
          return globalThis.DB;
        }
        export async function removeAll(ids: string[]) {
          for (const id of ids) await db().delete(journey).where(eq(journey.id, id));
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: 'a getter typed with the default-imported client class (`import Redis from "ioredis"`, `getClient(): Redis`)',
      filename: 'src/billing/billing.service.ts',
      code: ts`
        import Redis from 'ioredis';
        export class BillingService {
          private client: unknown;
          getClient(): Redis {
            return this.client as never;
          }
          async snapshot(keys: string[]) {
            const client = this.getClient();
            for (const key of keys) {
              const remainder = await client.get(key);
              if (remainder) console.info(remainder);
            }
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 10, data: { call: 'client.get', repetition: 'item of `keys` (loop at line 9)' } }],
    },
    {
      name: "Prisma's findUnique inside a limiter (`limit(async () => …)`): a few at a time, never gathered into one tick",
      filename: 'src/canvas/canvas.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import pLimit from 'p-limit';
        const prisma = new PrismaClient();
        export async function loadCanvases(canvasIds: string[]) {
          const limit = pLimit(3);
          return Promise.all(canvasIds.map((canvasId) => limit(() => prisma.canvas.findUnique({ where: { canvasId } }))));
        }
      `,
      errors: [{ messageId: 'perItem', line: 6, data: { call: 'prisma.canvas.findUnique', repetition: 'item of `canvasIds` (`.map` at line 6)' } }],
    },
  ],
});
