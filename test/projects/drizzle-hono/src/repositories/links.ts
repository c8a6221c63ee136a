import { count, eq } from 'drizzle-orm';
import { db } from '~/db';
import { clicks, links } from '~/db/schema';

export async function findLinkById(id: number) {
  return db.query.links.findFirst({ where: eq(links.id, id) });
}

export async function clickCount(linkId: number) {
  const [row] = await db.select({ n: count() }).from(clicks).where(eq(clicks.linkId, linkId));
  return row.n;
}
