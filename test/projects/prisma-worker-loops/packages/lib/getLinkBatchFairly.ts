import { prisma } from './prisma';

/** How many unarchived links each owner has, to take a fair share of each. */
export async function getLinkBatchFairly(max: number) {
  const owners = await prisma.user.findMany({ where: { links: { some: { archivedAt: null } } }, select: { id: true }, take: max });
  const counts = new Map<number, number>();
  for (const owner of owners) {
    const links = await prisma.link.findMany({ where: { ownerId: owner.id, archivedAt: null }, take: max, select: { id: true } }); // expect: perf-coach/no-n-plus-one
    counts.set(owner.id, links.length);
  }
  const share = Math.max(1, Math.floor(max / Math.max(1, counts.size)));
  return prisma.link.findMany({ where: { ownerId: { in: [...counts.keys()] }, archivedAt: null }, take: share * counts.size });
}
