// The HTTP driver of libSQL: every statement is one request to the database server.
import { drizzle } from 'drizzle-orm/libsql/http';
import * as schema from './schema';

export const db = drizzle({
  connection: { url: process.env.DATABASE_URL ?? '', authToken: process.env.DATABASE_AUTH_TOKEN },
  schema,
});
