import postgres from 'postgres';
import { neon } from '@neondatabase/serverless';

const sql = postgres(process.env.DATABASE_URL!);
const edge = neon(process.env.EDGE_DATABASE_URL!);

export async function POST(req: Request) {
  const { feedIds, tags, after }: { feedIds: string[]; tags: string[]; after?: string } = await req.json();

  // A fragment per tag written into one statement: one round trip.
  const items = await sql`
    select * from feed_items
    where feed_id in ${sql(feedIds)}
    ${after ? sql`and published_at > ${after}` : sql``}
    and (${tags.map((t, i) => (i ? sql`or ${t} = any(tags)` : sql`${t} = any(tags)`))})
  `; // ok: fragments of one statement

  for (const id of feedIds) {
    await sql`update feeds set last_read_at = now() where id = ${id}`; // expect: perf-coach/no-n-plus-one
  }

  const owners = await Promise.all(feedIds.map((id) => edge`select owner_id from feeds where id = ${id}`)); // expect: perf-coach/no-n-plus-one

  return Response.json({ items, owners });
}
