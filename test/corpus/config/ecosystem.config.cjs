// trap: perf-coach/no-blocking-io — pm2 reads this file once when it starts the apps
// trap: perf-coach/no-sync-logging — configuration-time output
const fs = require('fs');
const path = require('path');

const envFile = path.join(__dirname, '..', '.env.production');
const fileEnv = fs.existsSync(envFile)
  ? Object.fromEntries(
      fs
        .readFileSync(envFile, 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('#'))
        .map((line) => line.split(/=(.*)/s).slice(0, 2)),
    )
  : {};

if (!fileEnv.DATABASE_URL) console.log('[pm2] .env.production has no DATABASE_URL');

module.exports = {
  apps: [
    { name: 'api', script: 'dist/main.js', instances: 'max', exec_mode: 'cluster', env: { NODE_ENV: 'production', ...fileEnv } },
    { name: 'workers', script: 'dist/workers/index.js', instances: 2, env: { NODE_ENV: 'production', ...fileEnv } },
  ],
};
