import type { QueryExecutor } from '@insights/database';

export async function findMemberById(qx: QueryExecutor, memberId: string) {
  return qx.selectOneOrNone('SELECT id, "displayName" FROM members WHERE id = $(memberId)', { memberId });
}

export async function findMembersByIds(qx: QueryExecutor, memberIds: string[]) {
  return qx.select('SELECT id, "displayName" FROM members WHERE id IN ($(memberIds:csv))', { memberIds });
}

export async function markMemberChecked(qx: QueryExecutor, memberId: string) {
  return qx.result('UPDATE members SET "checkedAt" = now() WHERE id = $(memberId)', { memberId });
}
