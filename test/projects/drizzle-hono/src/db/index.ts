import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

const queryClient = postgres(process.env.DATABASE_URL!, { max: 10 });

export const db = drizzle(queryClient, { schema });
// The drizzle-orm operators (eq, and, inArray, …) pass through this module, as many apps do.
export * from 'drizzle-orm';
