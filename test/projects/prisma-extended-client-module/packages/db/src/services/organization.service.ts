import { db } from '../prisma-client';

export async function deleteOrganization(id: string) {
  return db.organization.delete({ where: { id } });
}

export async function deleteProjects(projectIds: string[]) {
  await db.project.deleteMany({ where: { id: { in: projectIds } } }); // ok: one statement
  for (const id of projectIds) {
    await db.event.deleteMany({ where: { projectId: id } }); // expect: perf-coach/no-n-plus-one
  }
}
