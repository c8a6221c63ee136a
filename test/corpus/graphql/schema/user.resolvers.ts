import type { PrismaClient } from '@prisma/client';

interface Context {
  prisma: PrismaClient;
  userId?: string;
  requestId: string;
}

export const resolvers = {
  Query: {
    viewer: async (_parent: unknown, _args: unknown, ctx: Context) => {
      if (!ctx.userId) return null;
      console.log('viewer query', ctx.userId, ctx.requestId); // expect: perf-coach/no-sync-logging
      const user = await ctx.prisma.user.findUnique({ where: { id: ctx.userId } });
      const flags = await ctx.prisma.featureFlag.findMany({ where: { enabled: true } }); // expect: perf-coach/no-sequential-await
      return user && { ...user, flags: flags.map((f) => f.key) };
    },
  },
  Mutation: {
    updateProfile: async (_parent: unknown, { input }: { input: { name?: string; bio?: string } }, ctx: Context) => {
      if (!ctx.userId) throw new Error('UNAUTHENTICATED');
      return ctx.prisma.user.update({ where: { id: ctx.userId }, data: { name: input.name, bio: input.bio } });
    },
  },
};
