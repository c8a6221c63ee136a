// Clients a helper hands out (a TypeORM repository asked of a data source nothing places, a BullMQ
// queue a static getter returns), and a table's own description, which is no query.
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
  ],
});
