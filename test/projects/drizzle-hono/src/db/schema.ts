import { integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  handle: text('handle').notNull().unique(),
  name: text('name'),
});

export const links = pgTable('links', {
  id: serial('id').primaryKey(),
  ownerId: integer('owner_id').notNull().references(() => users.id),
  url: text('url').notNull(),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const clicks = pgTable('clicks', {
  id: serial('id').primaryKey(),
  linkId: integer('link_id').notNull().references(() => links.id),
  at: timestamp('at').defaultNow().notNull(),
});
