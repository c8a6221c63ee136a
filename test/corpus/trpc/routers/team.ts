// trap: perf-coach/no-sequential-await — awaits inside a $transaction callback, and a membership check that guards the query after it
import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const teamRouter = createTRPCRouter({
  create: protectedProcedure
    .input(z.object({ name: z.string().min(2).max(64), invite: z.array(z.string().email()).max(20) }))
    .mutation(async ({ ctx, input }) => {
      return ctx.db.$transaction(async (tx) => {
        const team = await tx.team.create({ data: { name: input.name, ownerId: ctx.session.user.id } });
        await tx.membership.create({ data: { teamId: team.id, userId: ctx.session.user.id, role: 'OWNER' } });
        for (const email of input.invite) {
          await tx.invitation.create({ data: { teamId: team.id, email, invitedById: ctx.session.user.id } }); // expect: perf-coach/no-n-plus-one (one insert per invitee: createMany sends them together)
        }
        return team;
      });
    }),

  members: protectedProcedure.input(z.object({ teamId: z.string() })).query(async ({ ctx, input }) => {
    const membership = await ctx.db.membership.findFirst({
      where: { teamId: input.teamId, userId: ctx.session.user.id },
    });
    if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
    return ctx.db.membership.findMany({
      where: { teamId: input.teamId },
      include: { user: { select: { id: true, name: true, image: true } } },
    });
  }),
});
