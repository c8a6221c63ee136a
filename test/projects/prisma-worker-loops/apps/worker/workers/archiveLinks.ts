import { getLinkBatchFairly, prisma } from '@bookmarks/lib';
import { delay } from '../delay';

async function archiveBatch(links: Array<{ id: number; url: string }>) {
  await Promise.all(
    links.map(async (link) => {
      const res = await fetch(link.url); // expect: perf-coach/no-n-plus-one (a hint: each link is another web site, no batch form)
      await prisma.link.update({ where: { id: link.id }, data: { archivedAt: new Date(), status: res.status } }); // expect: perf-coach/no-n-plus-one
    }),
  );
}

// Started once by the worker's entry; runs until the process stops.
export async function archiveLinks(interval: number) {
  while (true) {
    const links = await getLinkBatchFairly(20);
    if (links.length) await archiveBatch(links);
    await delay(interval);
  }
}
