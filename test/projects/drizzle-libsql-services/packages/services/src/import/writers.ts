import { and, eq } from '@acme/db';
import { monitor } from '@acme/db/src/schema';
import type { DB, ServiceContext } from '../context';

export type WriterContext = {
  ctx: ServiceContext;
  tx: DB;
};

/** Import from another status-page provider: one lookup and one insert per imported monitor. */
export async function writeMonitors(wc: WriterContext, rows: Array<{ name: string }>) {
  const { ctx, tx } = wc;
  for (const row of rows) {
    const existing = await tx.select().from(monitor).where(and(eq(monitor.name, row.name), eq(monitor.workspaceId, ctx.workspaceId))).get(); // expect: perf-coach/no-n-plus-one
    if (existing) continue;
    await tx.insert(monitor).values({ workspaceId: ctx.workspaceId, name: row.name }).run(); // expect: perf-coach/no-n-plus-one
  }
}
