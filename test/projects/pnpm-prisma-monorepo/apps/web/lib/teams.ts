import { cache } from 'react';
import { prisma } from '@acme/db';

// React's cache() only de-duplicates calls with the same arguments within one render or request.
export const getTeam = cache(async (teamId: string) => {
  return prisma.team.findUnique({ where: { id: teamId } });
});

export const getTeams = cache(async (teamIds: string[]) => {
  return prisma.team.findMany({ where: { id: { in: teamIds } } });
});

export const addMembers = async (teamId: string, userIds: string[]) => {
  return prisma.teamUser.createMany({ data: userIds.map((userId) => ({ teamId, userId })) });
};

export const addMembersWithRoles = async (teamId: string, members: Array<{ userId: string; role: string }>) => {
  await prisma.$transaction(async (tx) => {
    await tx.team.update({ where: { id: teamId }, data: { updatedAt: new Date() } });
    await Promise.all(members.map((m) => tx.teamUser.create({ data: { teamId, userId: m.userId, role: m.role } }))); // expect: perf-coach/no-n-plus-one
  });
};
