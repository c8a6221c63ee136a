import pino from 'pino';
import { config } from './config';

// Synchronous so that the last lines before a crash always make it to stdout.
export const logger = pino(
  { level: config.logLevel, base: { service: 'orders-api' } },
  pino.destination({ dest: 1, sync: true }),
);
