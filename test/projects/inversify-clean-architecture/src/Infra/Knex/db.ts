import type { Knex } from 'knex';

// Stores are handed either the knex instance or a transaction of it.
export type Db = Knex | Knex.Transaction;
