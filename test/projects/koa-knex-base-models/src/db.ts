import knex, { Knex } from 'knex';

// The connection every model receives: an alias of Knex, exported for the models' signatures.
export type DbConnection = Knex;

export function connectDb(): DbConnection {
  return knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 2, max: 10 } });
}
