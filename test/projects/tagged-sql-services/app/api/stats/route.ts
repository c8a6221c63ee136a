import { sql } from '@vercel/postgres';

export async function POST(req: Request) {
  const events: Array<{ name: string; at: string }> = await req.json();
  for (const e of events) {
    await sql`insert into events (name, at) values (${e.name}, ${e.at})`; // expect: perf-coach/no-n-plus-one
  }
  const { rows } = await sql`select name, count(*) from events group by name`; // ok: once per request
  return Response.json(rows);
}
