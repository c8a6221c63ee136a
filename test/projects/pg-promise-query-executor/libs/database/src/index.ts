export * from './types';
export * from './queryExecutor';
export * from './connection';
