export * from './client';
export * from './transaction';
export { getPrisma } from './get-prisma';
export type { Prisma, Order, User, Invoice } from '@prisma/client';
