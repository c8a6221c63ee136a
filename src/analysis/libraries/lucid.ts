import type { LibraryTable } from './types';

const reads = ['query', 'find', 'findOrFail', 'findBy', 'findByOrFail', 'findMany', 'findManyBy', 'first', 'firstOrFail', 'all', 'paginate', 'pluck', 'from', 'rawQuery', 'knexQuery'];

/**
 * AdonisJS's Lucid: models extend `BaseModel` (also through `compose(BaseModel, Mixin)`) and query
 * through statics (`User.query()`, `User.findBy('email', e)`, `Post.create(…)`), builders that run when
 * awaited; a row saves, deletes, reloads and loads its relations itself (`post.merge(d).save()`,
 * `user.related('posts').query()`). The `db` service (`@adonisjs/lucid/services/db`, v5's
 * `@ioc:Adonis/Lucid/Database`) runs queries of its own (`db.from('posts')`, `db.rawQuery(sql)`).
 */
export const lucid: LibraryTable = {
  id: 'lucid',
  configuredDialect: true,
  name: 'Lucid',
  modules: ['@adonisjs/lucid', '@ioc:Adonis/Lucid/Orm', '@ioc:Adonis/Lucid/Database'],
  modulePrefixes: ['@adonisjs/lucid/'],
  kind: 'orm',
  lazyBuilder: true,
  clientExports: ['default'],
  queryMethods: [...reads, 'create', 'createMany', 'createQuietly', 'updateOrCreate', 'updateOrCreateMany', 'firstOrCreate', 'fetchOrCreateMany', 'insertQuery', 'table', 'truncate'],
  readMethods: reads,
  transactionMethods: ['transaction'],
  baseClasses: ['BaseModel'],
  rowMethods: ['save', 'delete', 'refresh', 'load', 'loadCount', 'loadAggregate', 'related', 'forceDelete', 'restore'],
  listReads: ['query', 'findMany', 'findManyBy', 'all'],
};
