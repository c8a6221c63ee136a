import pino from 'pino';
import { config } from './config';

// Lines are buffered and written to stdout in 4 KiB chunks off the request path.
// pino flushes the buffer synchronously when the process exits, so lines written
// just before a crash are not lost.
const destination = pino.destination({ dest: 1, minLength: 4096, sync: false });

export const logger = pino({ level: config.logLevel, base: { service: 'orders-api' } }, destination);
