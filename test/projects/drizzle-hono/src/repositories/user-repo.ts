import { eq, inArray } from 'drizzle-orm';
import { db } from '~/db';
import { users } from '~/db/schema';

export async function findById(id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export function findByIds(ids: number[]) {
  return db.select().from(users).where(inArray(users.id, ids));
}

export function displayHandle(user: { handle: string }) {
  return `@${user.handle}`;
}
