import type { Prisma, PrismaClient } from '@prisma/client';

// Services take either the client or the handle of a transaction they are part of.
export type PrismaClientOrTransaction = PrismaClient | Prisma.TransactionClient;

// What a system of the app is handed: the writer and a read replica.
export type DbResources = { writer: PrismaClientOrTransaction; replica: PrismaClient };
