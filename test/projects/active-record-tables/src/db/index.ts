// The database module: its query functions come from a driver chosen by the configuration at start-up
// (PostgreSQL or SQLite), spread into the exported object. No reader can see `insert` or `select` here.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);

const driverName = process.env.DB_DRIVER ?? '@forms/postgres';
const driver = require(driverName);
driver.init(process.env.DATABASE_URL);

const db = {
  isSQLite: driverName.includes('sqlite'),
  ...driver,
  sqlsanitize: (s: string) => s.replace(/[^\w]/g, ''),
};
export default db;
