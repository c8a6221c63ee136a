import { getDbConnection, pgpQx } from '@insights/database';
import { findMemberById, findMembersByIds, markMemberChecked } from '@insights/data-access';

export async function checkMembers(memberIds: string[]) {
  const qx = pgpQx(getDbConnection(process.env.DATABASE_URL ?? ''));
  for (const memberId of memberIds) {
    const member = await findMemberById(qx, memberId); // expect: perf-coach/no-n-plus-one
    if (member) await markMemberChecked(qx, memberId); // expect: perf-coach/no-n-plus-one
  }
  // ok: one statement reads every member
  return findMembersByIds(qx, memberIds);
}
