import type { CommonQueryMethods } from '@silverhand/slonik';
import { sql } from '@silverhand/slonik';
import { buildFindEntityById } from '#src/database/find-entity-by-id.js';

const Roles = { name: 'roles' };

export const createRolesQueries = (pool: CommonQueryMethods) => {
  const findRoleById = buildFindEntityById(pool)<{ id: string; name: string }>(Roles);

  const findRolesByRoleIds = async (ids: readonly string[]) =>
    pool.any<{ id: string; name: string }>(sql`select * from roles where id = any(${sql.array(ids, 'varchar')})`);

  const deleteUserRoleByRoleId = async (userId: string, roleId: string) => {
    await pool.query(sql`delete from users_roles where user_id = ${userId} and role_id = ${roleId}`);
  };

  return { findRoleById, findRolesByRoleIds, deleteUserRoleByRoleId };
};
