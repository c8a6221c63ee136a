// One SQLite file next to the app; the process opens it itself.
module.exports = require('knex')({
  client: 'better-sqlite3',
  connection: { filename: process.env.NOTES_DB || './notes.db' },
  useNullAsDefault: true,
});
