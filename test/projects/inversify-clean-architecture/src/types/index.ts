export type { Db } from '../Infra/Knex/db';
export type { Item } from '../Domain/Item/Item';
