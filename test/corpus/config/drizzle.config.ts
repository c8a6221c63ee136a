// trap: perf-coach/no-blocking-io — drizzle-kit configuration, read by the CLI
import { readFileSync } from 'node:fs';
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  schema: './src/db/schema.ts',
  out: './drizzle',
  dialect: 'postgresql',
  dbCredentials: {
    url: process.env.DATABASE_URL ?? 'postgres://postgres:postgres@localhost:5432/app_dev',
    ssl: process.env.DB_CA_PATH ? { ca: readFileSync(process.env.DB_CA_PATH, 'utf8') } : undefined,
  },
});
