export { PrismaClient, Prisma } from '@prisma/client';
export * from './prisma.service';
export * from './prisma.repository';
