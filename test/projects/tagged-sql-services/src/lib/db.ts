import postgres from 'postgres';

// One pool for the process.
export const sql = postgres(process.env.DATABASE_URL!, { max: 10 });
export default sql;
