const fs = require('fs');
const path = require('path');

const LOG_FILE = path.join(process.cwd(), 'logs', 'access.log');

function log(level, message, meta = {}) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...meta });
  fs.appendFileSync(LOG_FILE, line + '\n'); // expect: perf-coach/no-sync-logging
}

function requestLogger(req, res, next) {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log('info', 'request', {
      method: req.method,
      url: req.originalUrl,
      status: res.statusCode,
      ms: Math.round(ms * 10) / 10,
    });
  });
  next();
}

module.exports = { log, requestLogger };
