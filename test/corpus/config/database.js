// trap: perf-coach/no-blocking-io — configuration read once when the process loads it
// trap: perf-coach/no-sync-logging — configuration-time output
const fs = require('fs');
const path = require('path');
require('dotenv').config();

const ca = process.env.DB_CA_PATH ? fs.readFileSync(path.resolve(process.env.DB_CA_PATH), 'utf8') : undefined;

if (process.env.DEBUG_DB_CONFIG) {
  console.log('database config', { url: process.env.DATABASE_URL ? '<set>' : '<unset>', ssl: Boolean(ca) });
}

module.exports = {
  development: {
    url: process.env.DATABASE_URL || 'postgres://postgres:postgres@localhost:5432/app_dev',
    dialect: 'postgres',
    logging: false,
  },
  test: {
    url: process.env.TEST_DATABASE_URL || 'postgres://postgres:postgres@localhost:5432/app_test',
    dialect: 'postgres',
    logging: false,
  },
  production: {
    url: process.env.DATABASE_URL,
    dialect: 'postgres',
    dialectOptions: { ssl: { require: true, ca } },
    pool: { max: 20, min: 2, idle: 10000 },
    logging: false,
  },
};
