import type { LibraryTable } from './types';

const reads = ['find', 'findBy', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'findAndCountBy', 'findByIds', 'count', 'countBy', 'exists', 'existsBy', 'sum', 'average', 'minimum', 'maximum', 'getMany', 'getOne', 'getOneOrFail', 'getRawMany', 'getRawOne', 'getCount', 'getManyAndCount', 'getExists'];

export const typeorm: LibraryTable = {
  id: 'typeorm',
  name: 'TypeORM',
  modules: ['typeorm', '@nestjs/typeorm'],
  kind: 'orm',
  queryMethods: [...reads, 'save', 'insert', 'update', 'upsert', 'delete', 'remove', 'softDelete', 'softRemove', 'restore', 'increment', 'decrement', 'query', 'execute', 'preload', 'clear'],
  readMethods: reads,
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
};
