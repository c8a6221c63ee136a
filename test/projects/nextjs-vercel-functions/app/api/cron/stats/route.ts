import { prisma } from '../../../../lib/prisma';

// Runs hourly as a Vercel function: one invocation, one instance, stdout is the platform's log.
export async function GET() {
  const links = await prisma.link.findMany({ where: { clicksChanged: true }, take: 500 });
  for (const link of links) {
    console.log(`updating clicks of ${link.id}`); // expect: perf-coach/no-sync-logging (a hint: a function instance per request)
    await prisma.link.update({ where: { id: link.id }, data: { clicksChanged: false } }); // expect: perf-coach/no-n-plus-one
  }
  console.table(links.map((l) => ({ id: l.id, clicks: l.clicks }))); // expect: perf-coach/no-sync-logging (a hint: a function instance per request)
  return Response.json({ updated: links.length });
}
