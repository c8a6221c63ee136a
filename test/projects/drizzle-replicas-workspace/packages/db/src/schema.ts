import { pgTable, text, numeric, timestamp } from 'drizzle-orm/pg-core';

export const transactions = pgTable('transactions', { id: text('id').primaryKey(), teamId: text('team_id'), amount: numeric('amount'), category: text('category') });
export const customers = pgTable('customers', { id: text('id').primaryKey(), name: text('name') });
export const syncRecords = pgTable('sync_records', { transactionId: text('transaction_id').primaryKey(), syncedAt: timestamp('synced_at') });
