import { getDbConnection } from '@insights/database';

/** Registered by name with a cron expression in ../index.ts; also run once by hand from scripts/. */
export async function archiveStaleMembers() {
  const db = getDbConnection(process.env.DATABASE_URL ?? '');
  const stale = await db.manyOrNone<{ id: string }>('SELECT id FROM members WHERE "seenAt" < now() - interval \'1 year\'');
  await db.tx(async (t) => {
    for (const member of stale) {
      await t.none('UPDATE members SET "archivedAt" = now() WHERE id = $1', [member.id]); // expect: perf-coach/no-n-plus-one
    }
  });
}

export async function archiveMembersAtOnce(memberIds: string[]) {
  const db = getDbConnection(process.env.DATABASE_URL ?? '');
  // ok: one statement inside the transaction, whatever the number of members
  await db.tx(async (t) => {
    await t.none('UPDATE members SET "archivedAt" = now() WHERE id IN ($1:csv)', [memberIds]);
    await t.none('INSERT INTO audit (action) VALUES ($1)', ['archive']);
  });
}
