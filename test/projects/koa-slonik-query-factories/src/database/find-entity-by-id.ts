import type { CommonQueryMethods } from '@silverhand/slonik';
import { sql, NotFoundError } from '@silverhand/slonik';

/** A finder per table, made once per pool: `buildFindEntityById(pool)(Roles)`. */
export const buildFindEntityById =
  (pool: CommonQueryMethods) =>
  <Row>(table: { name: string }) => {
    const name = table.name;
    return async (id: string): Promise<Row> => {
      try {
        return await pool.one<Row>(sql`select * from ${sql.identifier([name])} where id = ${id}`);
      } catch (error: unknown) {
        if (error instanceof NotFoundError) throw new Error(`${name} ${id} not found`);
        throw error;
      }
    };
  };
