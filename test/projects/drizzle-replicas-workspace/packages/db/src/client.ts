import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { withReplicas } from './replicas';
import * as schema from './schema';

const primary = drizzle(new Pool({ connectionString: process.env.DATABASE_PRIMARY_URL }), { schema });
const replica = drizzle(new Pool({ connectionString: process.env.DATABASE_REPLICA_URL }), { schema });

export const db = withReplicas(primary, [replica]);

export const connectDb = async () => db;

// The type every query function takes: nothing names Drizzle's own types here.
export type Database = Awaited<ReturnType<typeof connectDb>>;
