import type { RouterInitArgs } from '#src/routes/types.js';
import { formatRoleHeading } from '#src/utils/roles.js';

export default function userRoleRoutes(...[router, { queries }]: RouterInitArgs) {
  const {
    roles: { findRoleById, findRolesByRoleIds, deleteUserRoleByRoleId },
  } = queries;

  router.post('/users/:userId/roles', async (ctx) => {
    const { roleIds } = ctx.request.body as { roleIds: string[] };
    await Promise.all(roleIds.map(async (roleId) => findRoleById(roleId))); // expect: perf-coach/no-n-plus-one
    const roles = await findRolesByRoleIds(roleIds); // ok: one query for all ids
    ctx.body = roles.map((role) => formatRoleHeading(role)); // ok: a formatter of the project's own
  });

  router.put('/users/:userId/roles', async (ctx) => {
    const { userId } = ctx.params as { userId: string };
    const { remove } = ctx.request.body as { remove: string[] };
    for (const roleId of remove) {
      await deleteUserRoleByRoleId(userId, roleId); // expect: perf-coach/no-n-plus-one
    }
    ctx.status = 204;
  });

  router.get('/roles/labels', async (ctx) => {
    const { names } = ctx.query as { names: string[] };
    const helpers = ctx.state.helpers as { describeRoleLabel: (role: { name: string }) => string };
    // The formatter of utils/roles.ts; a query method has the same name, so the name alone says nothing.
    ctx.body = names.map((name) => helpers.describeRoleLabel({ name })); // ok: two definitions of that name, one a formatter
  });

  /** A helper of this file whose query is in another module. */
  const loadUser = (userId: string) => queries.users.findUserById(userId);

  router.post('/roles/:id/owners', async (ctx) => {
    const { userIds } = ctx.request.body as { userIds: string[] };
    ctx.body = await Promise.all(userIds.map((userId) => loadUser(userId))); // expect: perf-coach/no-n-plus-one
  });

  router.post('/roles/:id/users', async (ctx) => {
    const { userIds } = ctx.request.body as { userIds: string[] };
    for (const userId of userIds) {
      await queries.users.findUserById(userId); // expect: perf-coach/no-n-plus-one
    }
    ctx.status = 201;
  });
}
