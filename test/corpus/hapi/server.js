// trap: perf-coach/no-sequential-await — plugins must be registered before routes, and the server started last
// trap: perf-coach/no-sync-logging — console output from the start-up function and the process-level crash handler
// trap: perf-coach/prefer-connection-pool — one MongoClient, created during start-up and shared through server.app
'use strict';

const Hapi = require('@hapi/hapi');
const { MongoClient } = require('mongodb');

const init = async () => {
  const server = Hapi.server({
    port: process.env.PORT || 3000,
    host: '0.0.0.0',
    routes: { cors: true },
  });

  const mongo = new MongoClient(process.env.MONGO_URL, { maxPoolSize: 25 });
  await mongo.connect();
  server.app.mongo = mongo.db(process.env.MONGO_DB || 'app');

  await server.register(require('@hapi/cookie'));
  await server.register(require('./plugins/auth'));
  server.route(require('./routes/reports'));
  server.events.on('stop', () => mongo.close());

  await server.start();
  console.log('Server running on %s', server.info.uri);
};

process.on('unhandledRejection', (err) => {
  console.error(err);
  process.exit(1);
});

init();
