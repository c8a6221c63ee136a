// trap: perf-coach/no-blocking-io — package.json is read once at module top level
// trap: perf-coach/no-sync-logging — console output in the listen callback and in start-up error handling
// trap: perf-coach/prefer-connection-pool — one Sequelize instance (it keeps its own pool) for the process
const fs = require('fs');
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const { Sequelize } = require('sequelize');

const { version } = JSON.parse(fs.readFileSync(require.resolve('../package.json'), 'utf8'));

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false, pool: { max: 10, idle: 10000 } });

const app = new Koa();
app.context.db = sequelize;
app.use(bodyParser());
app.use(async (ctx, next) => {
  ctx.set('X-App-Version', version);
  await next();
});
app.use(require('./routes/articles').routes());

if (require.main === module) {
  const port = Number(process.env.PORT) || 4000;
  sequelize
    .authenticate()
    .then(() => {
      app.listen(port, () => console.log(`koa app v${version} listening on :${port}`));
    })
    .catch((err) => {
      console.error('database unavailable', err);
      process.exit(1);
    });
}

module.exports = app;
