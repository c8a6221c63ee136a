import DataLoader from 'dataloader';
import { findByIds } from '~/repositories/user-repo';

/** One per request: batches every `load(id)` of a tick into one `inArray` query. */
export function createUserLoader() {
  return new DataLoader(async (ids: readonly number[]) => {
    const rows = await findByIds([...ids]);
    const byId = new Map(rows.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
