import { prisma } from './prisma';

// Checks each link of one owner again. Called by the jobs worker, and once by a maintenance script.
export async function refreshOwnerLinks(ownerId: number) {
  const links = await prisma.link.findMany({ where: { ownerId } });
  for (const link of links) {
    await prisma.link.update({ where: { id: link.id }, data: { checkedAt: new Date() } }); // expect: perf-coach/no-n-plus-one
  }
}
