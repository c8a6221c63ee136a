export { PrismaClient, Prisma } from '@prisma/client';
export * from './prisma.service';
