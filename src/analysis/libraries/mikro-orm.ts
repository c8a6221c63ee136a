import type { LibraryTable } from './types';

const reads = ['find', 'findOne', 'findOneOrFail', 'findAll', 'findAndCount', 'count'];

export const mikroOrm: LibraryTable = {
  id: 'mikro-orm',
  configuredDialect: true,
  name: 'MikroORM',
  modules: ['@mikro-orm/core', '@mikro-orm/knex', '@mikro-orm/postgresql', '@mikro-orm/mysql', '@mikro-orm/mariadb', '@mikro-orm/sqlite', '@mikro-orm/mongodb', '@mikro-orm/nestjs'],
  // Medusa re-exports MikroORM's packages from its framework.
  modulePrefixes: ['@medusajs/framework/mikro-orm/'],
  kind: 'orm',
  queryMethods: [...reads, 'persistAndFlush', 'removeAndFlush', 'flush', 'nativeInsert', 'nativeUpdate', 'nativeDelete', 'insert', 'insertMany', 'upsert', 'execute', 'populate'],
  readMethods: reads,
  transactionMethods: ['transactional'],
  closeMethods: ['close'],
  factories: [{ export: 'init', creates: 'pool' }],
  typeNames: ['EntityManager', 'EntityRepository', 'MikroORM', 'SqlEntityManager'],
  declaredTypes: [
    {
      packages: ['@mikro-orm/core', '@mikro-orm/knex', '@mikro-orm/postgresql', '@mikro-orm/mysql', '@mikro-orm/mariadb', '@mikro-orm/sqlite', '@mikro-orm/mongodb'],
      types: ['EntityManager', 'SqlEntityManager', 'EntityRepository', 'MikroORM'],
    },
  ],
  // `em.getKnex()`, `repository.getKnex()`: the Knex instance under an SQL driver's entity manager.
  handleMethods: { getKnex: 'knex' },
  conventionalNames: /^em$/,
  // The packages also declare entities' helpers (`Collection<T>`, `Ref<T>`, `Loaded<T>`): data, not clients.
  clientTypes: /^(EntityManager|SqlEntityManager|EntityRepository|SqlEntityRepository|MikroORM|Knex)$/,
};
