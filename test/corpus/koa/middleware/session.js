const { createClient } = require('redis');

module.exports = function session({ cookieName = 'sid' } = {}) {
  return async function sessionMiddleware(ctx, next) {
    const sid = ctx.cookies.get(cookieName, { signed: true });
    const client = createClient({ url: process.env.REDIS_URL }); // expect: perf-coach/prefer-connection-pool
    await client.connect();
    try {
      const raw = sid ? await client.get(`sess:${sid}`) : null;
      ctx.state.session = raw ? JSON.parse(raw) : null;
      await next();
    } finally {
      await client.quit();
    }
  };
};
