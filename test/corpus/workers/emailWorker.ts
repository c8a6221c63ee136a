import { Worker, type Job } from 'bullmq';
import { PrismaClient } from '@prisma/client';
import { connection } from './connection';
import { sendBatch } from '../lib/mailer';

const prisma = new PrismaClient();

type AnnouncementJob = { announcementId: string; userIds: string[] };

export const announcementWorker = new Worker<AnnouncementJob>(
  'announcements',
  async (job: Job<AnnouncementJob>) => {
    console.log(`job ${job.id}: ${job.data.userIds.length} recipients`); // expect: perf-coach/no-sync-logging
    const announcement = await prisma.announcement.findUniqueOrThrow({ where: { id: job.data.announcementId } });
    const messages: { to: string; locale: string }[] = [];
    for (const userId of job.data.userIds) {
      const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true, locale: true } }); // expect: perf-coach/no-n-plus-one
      if (user) messages.push({ to: user.email, locale: user.locale });
    }
    await sendBatch('announcement', messages, { title: announcement.title, body: announcement.body });
    return { sent: messages.length };
  },
  { connection, concurrency: 5 },
);
