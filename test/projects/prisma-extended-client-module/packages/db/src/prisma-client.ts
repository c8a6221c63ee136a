// The client is generated into src/generated/prisma (not checked in); this module is the project's own.
import { PrismaClient } from './generated/prisma/client';

export * from './generated/prisma/client';

const getPrismaClient = () => {
  const prisma = new PrismaClient({ log: ['error'] }).$extends({
    result: {
      organization: {
        isActive: {
          needs: { deletedAt: true },
          compute(org) {
            return org.deletedAt === null;
          },
        },
      },
    },
  });
  return prisma;
};

const globalForPrisma = globalThis as unknown as { prisma: ReturnType<typeof getPrismaClient> };

export const db = globalForPrisma.prisma ?? getPrismaClient();

if (process.env.NODE_ENV !== 'production') {
  globalForPrisma.prisma = db;
}
