import type { LibraryTable } from './types';

const reads = ['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy', '$queryRaw', '$queryRawUnsafe'];

export const prisma: LibraryTable = {
  id: 'prisma',
  lazyPromise: true,
  name: 'Prisma',
  modules: ['@prisma/client', '.prisma/client'],
  // Prisma 6+ generates the client into the project (`output = "../src/generated/prisma"`); checkouts rarely hold it.
  modulePattern: /(^|\/)(generated\/prisma|prisma\/generated|prisma-client)(\/client|\/index(\.[cm]?[jt]s)?)?$/,
  generatedBy: ['@prisma/client', 'prisma'],
  kind: 'orm',
  queryMethods: [...reads, 'create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany', '$executeRaw', '$executeRawUnsafe', '$runCommandRaw'],
  readMethods: reads,
  // `findUnique` in a `.map` is gathered by Prisma itself (not reported); in a loop it is not.
  batchReads: {
    findFirst: { keyIn: 'where', batch: '.findMany({ where: { {key}: { in: {keys} } }{rest} })', missing: 'null', options: { include: 'carry', select: 'selection' } },
    findUnique: { keyIn: 'where', batch: '.findMany({ where: { {key}: { in: {keys} } }{rest} })', missing: 'null', unique: true, options: { include: 'carry', select: 'selection' } },
  },
  // `createMany` takes plain rows (no nested `connect` or `create`) and returns a count: only for a create whose result is dropped.
  batchWrites: {
    create: { rowIn: 'data', batch: '.createMany({ data: {rows} })', nestedWrites: ['create', 'createMany', 'connect', 'connectOrCreate', 'upsert', 'set'] },
  },
  transactionMethods: ['$transaction'],
  closeMethods: ['$disconnect'],
  factories: [{ export: 'PrismaClient', creates: 'pool' }],
  typeNames: ['PrismaClient', 'PrismaService'],
  declaredTypes: [
    // The generated client lives in `.prisma/client` (or the project, see modulePattern); `@prisma/client` re-exports it.
    { packages: ['@prisma/client', '.prisma/client'], types: ['PrismaClient', 'DynamicClientExtensionThis', '*Delegate'] },
    { packages: ['@prisma/client', '.prisma/client'], types: ['Prisma.TransactionClient'], value: 'transaction' },
  ],
  // `prisma`, `prismaClient`, and a client named for its role: `globalPrismaClient`, `readOnlyPrisma`, `tenantPrismaService`.
  conventionalNames: /^(prisma|[a-z]\w*Prisma)(Client|Service)?$/,
  // `async function sync(tx: EnvTransaction, …) { await tx.variable.findMany(…) }` with the transaction's
  // type written out by hand: in a package that depends on Prisma, the interactive transaction's client.
  parameterNamesWhereDependedOn: /^(tx|trx|prismaTx|txClient)$/,
};
