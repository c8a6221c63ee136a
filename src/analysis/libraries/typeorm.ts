import type { LibraryTable } from './types';

const reads = ['find', 'findBy', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'findAndCountBy', 'findByIds', 'count', 'countBy', 'exists', 'existsBy', 'sum', 'average', 'minimum', 'maximum', 'getMany', 'getOne', 'getOneOrFail', 'getRawMany', 'getRawOne', 'getCount', 'getManyAndCount', 'getExists', 'loadMany', 'loadOne'];
/** The relation query builder's statements: `createQueryBuilder().relation(Post, 'tags').of(post).add(tag)`. */
const relationWrites = ['add', 'addAndRemove'];

export const typeorm: LibraryTable = {
  id: 'typeorm',
  configuredDialect: true,
  name: 'TypeORM',
  modules: ['typeorm', '@nestjs/typeorm'],
  kind: 'orm',
  queryMethods: [...reads, ...relationWrites, 'save', 'insert', 'update', 'upsert', 'delete', 'remove', 'softDelete', 'softRemove', 'restore', 'increment', 'decrement', 'query', 'execute', 'preload', 'clear'],
  readMethods: reads,
  batchReads: {
    findOneBy: { keyIn: 'filter', batch: '.findBy({ {key}: {helper}({keys}) })', missing: 'null', needs: { name: 'In', from: 'typeorm' } },
    findOne: { keyIn: 'where', batch: '.find({ where: { {key}: {helper}({keys}) }{rest} })', missing: 'null', needs: { name: 'In', from: 'typeorm' }, options: { relations: 'carry', withDeleted: 'carry', select: 'selection' } },
  },
  // `save` and `insert` take a list as they take one entity (`save` still runs each entity's listeners).
  batchWrites: {
    save: { rowIn: 'arg', batch: '.save({rows})' },
    insert: { rowIn: 'arg', batch: '.insert({rows})' },
  },
  transactionMethods: ['transaction'],
  closeMethods: ['destroy'],
  factories: [
    { export: 'DataSource', creates: 'pool' },
    { export: 'createConnection', creates: 'pool' },
  ],
  typeNames: ['Repository', 'DataSource', 'EntityManager', 'MongoRepository', 'TreeRepository'],
  declaredTypes: [
    { packages: ['typeorm'], types: ['Repository', 'MongoRepository', 'TreeRepository', 'EntityManager', 'MongoEntityManager', 'DataSource', 'Connection', 'QueryRunner'] },
    // `class User extends BaseEntity`: `User.find()` queries.
    { packages: ['typeorm'], types: ['BaseEntity'], value: 'row', classValue: 'client' },
  ],
  conventionalNames: /^(\w+Repository|\w+Repo|dataSource|entityManager)$/,
  // Active Record entities (`extends BaseEntity`) save and remove themselves; a Data Mapper entity has
  // no such methods, so on one read back these names are always the row's own statements.
  rowMethods: ['save', 'remove', 'softRemove', 'recover', 'reload'],
  listReads: ['find', 'findBy', 'findByIds', 'getMany'],
};
