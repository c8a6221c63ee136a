import type { CommonQueryMethods } from '@silverhand/slonik';
import { sql } from '@silverhand/slonik';

export class UserQueries {
  constructor(private readonly pool: CommonQueryMethods) {}

  async findUserById(id: string) {
    return this.pool.one<{ id: string; name: string }>(sql`select * from users where id = ${id}`);
  }

  /** Same name as a formatter in utils/roles.ts: which one a caller means cannot be told. */
  describeRoleLabel(role: { name: string }) {
    return this.pool.one(sql`select label from role_labels where name = ${role.name}`);
  }
}
