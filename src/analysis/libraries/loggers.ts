import type { LibraryTable } from './types';

export const pino: LibraryTable = {
  id: 'pino',
  name: 'pino',
  modules: ['pino', 'nestjs-pino', 'pino-http'],
  kind: 'logger',
  factories: [
    { export: 'default', creates: 'instance' },
    { export: 'pino', creates: 'instance' },
  ],
  logMethods: ['trace', 'debug', 'info', 'warn', 'error', 'fatal'],
  typeNames: ['Logger', 'PinoLogger'],
};

export const winston: LibraryTable = {
  id: 'winston',
  name: 'winston',
  modules: ['winston'],
  kind: 'logger',
  factories: [{ export: 'createLogger', creates: 'instance' }],
  logMethods: ['debug', 'info', 'warn', 'error', 'verbose', 'silly', 'log'],
};

export const bunyan: LibraryTable = {
  id: 'bunyan',
  name: 'bunyan',
  modules: ['bunyan'],
  kind: 'logger',
  factories: [{ export: 'createLogger', creates: 'instance' }],
  logMethods: ['trace', 'debug', 'info', 'warn', 'error', 'fatal'],
};
