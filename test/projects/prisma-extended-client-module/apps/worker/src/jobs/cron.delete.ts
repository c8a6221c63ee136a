import { Worker } from 'bullmq';
import { db, deleteOrganization, deleteProjects } from '@acme/db';

export const cronWorker = new Worker('cron', async () => {
  const organizations = await db.organization.findMany({ where: { deleteAt: { lte: new Date() } } });
  await deleteProjects(organizations.flatMap((o) => o.projectIds)); // ok: its loop is reported where it runs
  for (const organization of organizations) {
    await deleteOrganization(organization.id); // expect: perf-coach/no-n-plus-one
  }
});
