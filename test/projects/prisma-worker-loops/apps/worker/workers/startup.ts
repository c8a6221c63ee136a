import { prisma } from '@bookmarks/lib';
import { delay } from '../delay';

const DEFAULT_TAGS = process.env.DEFAULT_TAGS?.split(',') ?? [];

async function seedDefaultTags() {
  for (const name of DEFAULT_TAGS) {
    await prisma.tag.upsert({ where: { name }, create: { name }, update: {} }); // expect: perf-coach/no-n-plus-one (a hint: once at start-up, in a retry loop that ends)
  }
}

// Tries until the database answers, then stops: a retry loop, not a worker loop.
export async function connectWithRetry() {
  while (true) {
    try {
      await seedDefaultTags();
      break;
    } catch {
      await delay(2);
    }
  }
}

// Empties a backlog once at start-up: the loop ends when nothing is left.
export async function drainDeletedUsers() {
  while (true) {
    const users = await prisma.user.findMany({ where: { deletedAt: { not: null } }, take: 100 });
    if (!users.length) return;
    for (const user of users) {
      await prisma.user.delete({ where: { id: user.id } }); // expect: perf-coach/no-n-plus-one (a hint: once at start-up, in a drain loop that ends)
    }
  }
}
