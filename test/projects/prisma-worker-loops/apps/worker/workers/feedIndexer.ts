import { prisma } from '@bookmarks/lib';
import { delay } from '../delay';

export class FeedIndexer {
  private stopped = false;

  async run() {
    while (!this.stopped) {
      const items = await prisma.feedItem.findMany({ where: { indexedAt: null }, take: 50 });
      await this.indexItems(items);
      await delay(5);
    }
  }

  stop() {
    this.stopped = true;
  }

  private async indexItems(items: Array<{ id: number }>) {
    for (const item of items) {
      await prisma.feedItem.update({ where: { id: item.id }, data: { indexedAt: new Date() } }); // expect: perf-coach/no-n-plus-one
    }
  }
}
