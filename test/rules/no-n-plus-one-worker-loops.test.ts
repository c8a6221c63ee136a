import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * Workers started once at boot: the start-up call runs once, the loop it starts runs until the
 * process stops. What that loop calls is recurring work, however cold its caller is; a loop that
 * ends (a retry until the database answers, a backlog drained once) is still start-up code.
 */
const ruleTester = createRuleTester();

const prisma = ts`
  import { PrismaClient } from '@prisma/client';
  const prisma = new PrismaClient();
  const delay = (s: number) => new Promise((r) => setTimeout(r, s * 1000));
`;

ruleTester.run('no-n-plus-one (worker loops)', rule, {
  valid: [
    {
      name: 'a retry loop at start-up ends once the call succeeds: what it calls runs once',
      filename: 'src/worker/tags.ts',
      code: ts`
        ${prisma}
        async function seedDefaultTags(names: string[]) {
          for (const name of names) await prisma.tag.upsert({ where: { name }, create: { name }, update: {} });
        }
        async function init() {
          while (true) {
            try {
              await seedDefaultTags(process.env.TAGS!.split(','));
              break;
            } catch {
              await delay(2);
            }
          }
        }
        init();
      `,
    },
    {
      name: 'a backlog drained once at start-up: the loop returns when nothing is left',
      filename: 'src/worker/cleanup.ts',
      code: ts`
        ${prisma}
        async function initCleanup() {
          while (true) {
            const users = await prisma.user.findMany({ where: { deletedAt: { not: null } }, take: 100 });
            if (!users.length) return;
            for (const user of users) await prisma.user.delete({ where: { id: user.id } });
          }
        }
        initCleanup();
      `,
    },
    {
      name: 'a loop with a counted test (five attempts) is not endless',
      filename: 'src/worker/warmup.ts',
      code: ts`
        ${prisma}
        async function warmCaches(ids: number[]) {
          for (const id of ids) await prisma.page.findUnique({ where: { id } });
        }
        async function bootstrap() {
          let attempts = 0;
          while (attempts < 5) {
            attempts++;
            await warmCaches(await prisma.page.findMany({ select: { id: true } }).then((r) => r.map((p) => p.id)));
            await delay(1);
          }
        }
        bootstrap();
      `,
    },
  ],
  invalid: [
    {
      name: 'a poll loop (`for (;;)`) in a function only start-up calls: each pass updates every due feed',
      filename: 'src/worker/feeds.ts',
      code: ts`
        ${prisma}
        async function pollFeeds(interval: number) {
          for (;;) {
            const feeds = await prisma.feed.findMany({ where: { due: { lte: new Date() } } });
            for (const feed of feeds) await prisma.feed.update({ where: { id: feed.id }, data: { polledAt: new Date() } });
            await delay(interval);
          }
        }
        async function init() {
          pollFeeds(60);
        }
        init();
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'a helper called from a `while (true)` loop of a start-up function: the per-item query in the helper recurs',
      filename: 'src/worker/archive.ts',
      code: ts`
        ${prisma}
        async function archiveBatch(links: Array<{ id: number }>) {
          await Promise.all(links.map((link) => prisma.link.update({ where: { id: link.id }, data: { archivedAt: new Date() } })));
        }
        async function initArchiving(interval: number) {
          while (true) {
            const links = await prisma.link.findMany({ where: { archivedAt: null }, take: 20 });
            await Promise.all([archiveBatch(links), delay(interval)]);
          }
        }
        initArchiving(10);
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'a class whose run loop stops on a flag (`while (!this.stopped)`), started from a constructor',
      filename: 'src/worker/indexer.ts',
      code: ts`
        ${prisma}
        class Indexer {
          private stopped = false;
          constructor() {
            void this.run();
          }
          async run() {
            while (!this.stopped) {
              const items = await prisma.item.findMany({ where: { indexedAt: null }, take: 50 });
              await this.indexItems(items);
              await delay(5);
            }
          }
          stop() {
            this.stopped = true;
          }
          private async indexItems(items: Array<{ id: number }>) {
            for (const item of items) await prisma.item.update({ where: { id: item.id }, data: { indexedAt: new Date() } });
          }
        }
        export const indexer = new Indexer();
      `,
      errors: [{ messageId: 'perItem' }],
    },
  ],
});
