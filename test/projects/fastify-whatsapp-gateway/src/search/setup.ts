import { prisma } from '../lib/db.js';

async function createSearchKey(accountId: string, userId: string) {
  const key = `${accountId}:${userId}:${Date.now().toString(36)}`;
  return prisma.user.update({ where: { id: userId }, data: { searchKey: key } });
}

/** Sets an account's search up: run by the `searchSetup` job, once per account that turns search on. */
export async function setup({ accountId }: { accountId: string }) {
  const users = await prisma.user.findMany({ where: { accountId, authId: { not: null } } });
  for (const user of users) {
    await createSearchKey(accountId, user.id); // expect: perf-coach/no-n-plus-one
  }
}
