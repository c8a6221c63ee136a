const fs = require('fs');
const path = require('path');

const logPath = process.env.ACCESS_LOG || path.join(__dirname, '../../logs/access.log');
fs.mkdirSync(path.dirname(logPath), { recursive: true });
const fd = fs.openSync(logPath, 'a');

function logLine(entry) {
  fs.writeSync(fd, `${JSON.stringify(entry)}\n`); // expect: perf-coach/no-sync-logging
}

module.exports = function accessLog() {
  return async (ctx, next) => {
    const start = Date.now();
    try {
      await next();
    } finally {
      logLine({
        t: new Date().toISOString(),
        method: ctx.method,
        path: ctx.path,
        status: ctx.status,
        ms: Date.now() - start,
      });
    }
  };
};
