import { and, eq, inArray } from '@acme/db';
import { tag } from '@acme/db/src/schema';
import { writeAudit } from '../audit';
import { type ServiceContext, withBusyRetry, withTransaction } from '../context';

type TagInput = { id?: number; name: string; color: string };

/** Makes the workspace's tags match the list the client sent. */
export async function syncTags(args: { ctx: ServiceContext; tags: TagInput[] }) {
  const { ctx, tags } = args;
  return withTransaction(ctx, async (tx) => {
    const existing = await tx.select().from(tag).where(eq(tag.workspaceId, ctx.workspaceId));
    const keep = new Set(tags.map((t) => t.id));
    const removed = existing.filter((t) => !keep.has(t.id));
    if (removed.length) {
      await tx.delete(tag).where(inArray(tag.id, removed.map((t) => t.id))).run(); // ok: one delete for all removed tags
    }
    for (const input of tags) {
      if (input.id === undefined) continue;
      await tx.update(tag).set({ name: input.name, color: input.color }).where(and(eq(tag.id, input.id), eq(tag.workspaceId, ctx.workspaceId))).run(); // expect: perf-coach/no-n-plus-one
      await writeAudit(tx, { action: 'tag.update', entityId: input.id }); // expect: perf-coach/no-n-plus-one
    }
    const added = tags.filter((t) => t.id === undefined);
    if (added.length) {
      await tx.insert(tag).values(added.map((t) => ({ workspaceId: ctx.workspaceId, name: t.name, color: t.color }))).run(); // ok: one multi-row insert
    }
  });
}

/** Renames a few tags; the retry helper hands its callback an attempt number, not a client. */
export async function renameTags(names: string[]) {
  return withBusyRetry(async (attempt) => {
    const out: string[] = [];
    for (const name of names) out.push(`${name}-${attempt}`); // ok: no query, `attempt` is a number
    return out;
  });
}
