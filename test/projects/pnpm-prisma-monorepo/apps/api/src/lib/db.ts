import { prisma, type PrismaClientOrTransaction } from '@acme/db';

// The app's one door to the database: the shared client, and the type services are handed.
export { prisma };
export type { PrismaClientOrTransaction };
