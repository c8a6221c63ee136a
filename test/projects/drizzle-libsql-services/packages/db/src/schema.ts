import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const monitor = sqliteTable('monitor', {
  id: integer('id').primaryKey(),
  workspaceId: integer('workspace_id').notNull(),
  name: text('name').notNull(),
});

export const tag = sqliteTable('tag', {
  id: integer('id').primaryKey(),
  workspaceId: integer('workspace_id').notNull(),
  name: text('name').notNull(),
  color: text('color').notNull(),
});

export const notificationToMonitor = sqliteTable('notification_to_monitor', {
  notificationId: integer('notification_id').notNull(),
  monitorId: integer('monitor_id').notNull(),
});

export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey(),
  action: text('action').notNull(),
  entityId: integer('entity_id').notNull(),
});
