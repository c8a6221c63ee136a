import type { CommonQueryMethods } from '@silverhand/slonik';
import { createRolesQueries } from '#src/queries/roles.js';
import { UserQueries } from '#src/queries/users.js';

/** Every query module of a tenant, built once and handed to each route as `queries`. */
export default class Queries {
  roles = createRolesQueries(this.pool);
  users = new UserQueries(this.pool);

  constructor(public readonly pool: CommonQueryMethods) {}
}
