import fs from 'node:fs';
import path from 'node:path';
import { config } from '../config';
import { logger } from '../logger';

export interface AuditEvent {
  type: 'user.created' | 'user.deleted' | 'order.refunded';
  subjectId: string;
  actorId?: string;
}

// Compliance wants an append-only JSON-lines file, separate from the application log.
const AUDIT_LOG_PATH = path.join(config.dataDir, 'audit.log');

function toLine(event: AuditEvent): string {
  return `${JSON.stringify({ ...event, at: new Date().toISOString() })}\n`;
}

/** Appends one line to the audit log. */
export function logAuditEvent(event: AuditEvent): void {
  fs.appendFileSync(AUDIT_LOG_PATH, toLine(event));
}

// One stream for the life of the process: writes are queued in order and
// flushed by libuv's thread pool, so callers never wait on the disk.
const auditStream = fs.createWriteStream(AUDIT_LOG_PATH, { flags: 'a' });
auditStream.on('error', (err) => logger.error({ err }, 'audit log write failed'));

/** Same line as `logAuditEvent`, written through the shared append stream. */
export function logAuditEventStreamed(event: AuditEvent): void {
  auditStream.write(toLine(event));
}

/** Flushes pending audit lines; call it during graceful shutdown. */
export function closeAuditLog(): Promise<void> {
  return new Promise((resolve) => auditStream.end(resolve));
}
