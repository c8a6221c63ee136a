import { prisma } from '@bookmarks/lib';
import { delay } from '../delay';

export async function pollFeeds(interval: number) {
  for (;;) {
    const feeds = await prisma.feed.findMany({ where: { due: { lte: new Date() } } });
    for (const feed of feeds) {
      await prisma.feed.update({ where: { id: feed.id }, data: { lastPolledAt: new Date() } }); // expect: perf-coach/no-n-plus-one
    }
    await delay(interval);
  }
}
