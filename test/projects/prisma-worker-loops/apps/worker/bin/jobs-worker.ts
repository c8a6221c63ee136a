#!/usr/bin/env node
// A command-line tool that runs one job and exits, or polls for jobs until it is stopped (`--loop`).
import { prisma, refreshOwnerLinks } from '@bookmarks/lib';
import { delay } from '../delay';

async function processJob(): Promise<boolean> {
  const job = await prisma.job.findFirst({ where: { status: 'queued' } });
  if (!job) return false;
  await refreshOwnerLinks(job.ownerId);
  await prisma.job.update({ where: { id: job.id }, data: { status: 'done' } });
  return true;
}

async function workerLoop() {
  while (true) {
    const processed = await processJob();
    if (!processed) await delay(2000);
  }
}

if (process.argv.includes('--loop')) void workerLoop();
else void processJob();
