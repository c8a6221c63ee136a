import { auditLog } from '@acme/db/src/schema';
import type { DB } from './context';

export async function writeAudit(tx: DB, entry: { action: string; entityId: number }): Promise<void> {
  await tx.insert(auditLog).values(entry).run();
}
