export * from 'drizzle-orm';
export { SQLiteTransaction } from 'drizzle-orm/sqlite-core';
export * from './db';
