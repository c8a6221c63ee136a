import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const projectRouter = createTRPCRouter({
  list: protectedProcedure.query(async ({ ctx }) => {
    const projects = await ctx.db.project.findMany({
      where: { members: { some: { userId: ctx.session.user.id } } },
      orderBy: { updatedAt: 'desc' },
    });
    return Promise.all(
      projects.map(async (project) => ({
        ...project,
        openTasks: await ctx.db.task.count({ where: { projectId: project.id, done: false } }), // expect: perf-coach/no-n-plus-one
      })),
    );
  }),

  byId: protectedProcedure.input(z.object({ id: z.string().cuid() })).query(async ({ ctx, input }) => {
    const project = await ctx.db.project.findUnique({ where: { id: input.id } });
    const labels = await ctx.db.label.findMany({ where: { workspaceId: ctx.session.workspaceId } }); // expect: perf-coach/no-sequential-await
    if (!project) throw new TRPCError({ code: 'NOT_FOUND' });
    return { ...project, labels };
  }),
});
