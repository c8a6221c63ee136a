// trap: perf-coach/no-sync-logging — an asynchronous pino destination, a winston file transport and an async append in a log helper
import { appendFile } from 'node:fs/promises';
import pino from 'pino';
import winston from 'winston';

export const logger = pino(
  { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
  pino.destination({ dest: process.env.LOG_FILE ?? 1, sync: false, minLength: 4096 }),
);

export const auditLogger = winston.createLogger({
  level: 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.File({ filename: 'logs/audit.log' })],
});

export async function logSecurityEvent(event: Record<string, unknown>): Promise<void> {
  await appendFile('logs/security.ndjson', `${JSON.stringify({ at: new Date().toISOString(), ...event })}\n`);
}
