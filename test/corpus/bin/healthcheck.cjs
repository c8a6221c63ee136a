#!/usr/bin/env node
// trap: perf-coach/no-blocking-io — a container health-check command that runs once and exits
// trap: perf-coach/no-sync-logging — command output
'use strict';

const { execSync } = require('node:child_process');
const http = require('node:http');

function diskUsagePercent(mount) {
  const last = execSync(`df -P ${mount}`, { encoding: 'utf8' }).trim().split('\n').pop();
  return Number(last.split(/\s+/)[4].replace('%', ''));
}

const usage = diskUsagePercent(process.env.DATA_DIR || '/data');
if (usage > 95) {
  console.log(`disk ${usage}% full`);
  process.exit(1);
}

const req = http.get({ host: '127.0.0.1', port: process.env.PORT || 3000, path: '/healthz', timeout: 2000 }, (res) => {
  console.log(`healthz ${res.statusCode}`);
  process.exit(res.statusCode === 200 ? 0 : 1);
});
req.on('timeout', () => {
  req.destroy();
  console.log('healthz timed out');
  process.exit(1);
});
req.on('error', (err) => {
  console.log(`healthz error: ${err.message}`);
  process.exit(1);
});
