// Calls that repeat once per chunk of items, or once per item of a short list written out in the
// code, are not N+1: the loop already batches, or cannot grow with the data.
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (per chunk, written-out lists)', rule, {
  valid: [
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
  ],
  invalid: [
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
