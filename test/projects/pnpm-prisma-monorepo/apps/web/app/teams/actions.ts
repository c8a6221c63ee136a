'use server';

import { z } from 'zod';
import { prisma } from '@acme/db';
import { actionClient } from '@/lib/action-client';
import { addMembers, addMembersWithRoles, getTeam, getTeams } from '@/lib/teams';

const ZInvite = z.object({ teamIds: z.array(z.string()), userIds: z.array(z.string()) });

export const inviteToTeamsAction = actionClient.inputSchema(ZInvite).action(async ({ parsedInput }) => {
  for (const teamId of parsedInput.teamIds) {
    const team = await getTeam(teamId); // expect: perf-coach/no-n-plus-one
    if (!team) throw new Error('no such team');
  }
  await Promise.all(parsedInput.teamIds.map((teamId) => addMembers(teamId, parsedInput.userIds))); // expect: perf-coach/no-n-plus-one
  return getTeams(parsedInput.teamIds); // ok: one query for the list
});

export const addAdminsAction = actionClient.inputSchema(ZInvite).action(async ({ parsedInput }) => {
  await addMembersWithRoles(parsedInput.teamIds[0], parsedInput.userIds.map((userId) => ({ userId, role: 'admin' })));
});

export const renameTeamsAction = actionClient.inputSchema(ZInvite).action(async ({ parsedInput }) => {
  for (const teamId of parsedInput.teamIds) {
    await prisma.team.update({ where: { id: teamId }, data: { renamedAt: new Date() } }); // expect: perf-coach/no-n-plus-one
  }
});

// Runs once, when the module loads: a handful of default teams.
export const defaultTeams = Promise.all(['ops', 'sales'].map((slug) => prisma.team.upsert({ where: { slug }, create: { slug }, update: {} }))); // ok: module scope, a fixed list of two
