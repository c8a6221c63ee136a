import type { JobHelpers } from 'graphile-worker';
import { prisma } from '../lib/db.js';

async function queueMentionEmail(helpers: JobHelpers, authId: string, runAt: Date) {
  return helpers.addJob('mentionEmail', { authId }, { jobKey: `mention-${authId}`, runAt, jobKeyMode: 'preserve_run_at' });
}

/** A graphile-worker task: one e-mail job per member of the channel mentioned with @channel. */
export async function processChannelMention(payload: { channelId: string; authorId: string }, helpers: JobHelpers) {
  const members = await prisma.membership.findMany({ where: { channelId: payload.channelId, NOT: { authId: payload.authorId } } });
  const runAt = new Date(Date.now() + 5 * 60_000);
  for (const member of members) {
    await queueMentionEmail(helpers, member.authId, runAt); // expect: perf-coach/no-n-plus-one
  }
}

/** The same for a direct mention: one job for the one person named. */
export async function processDirectMention(payload: { authId: string }, helpers: JobHelpers) {
  await queueMentionEmail(helpers, payload.authId, new Date()); // ok: one job
}
