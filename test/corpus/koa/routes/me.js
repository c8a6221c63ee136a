const Router = require('@koa/router');
const { Profile, Badge } = require('../models');
const { getQuote } = require('../services/pricing');

const router = new Router({ prefix: '/me' });

function currentSeason(now = new Date()) {
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

router.get('/', async (ctx) => {
  const profile = await Profile.findOne({ where: { userId: ctx.state.user.id } });
  const badges = await Badge.findAll({ where: { season: currentSeason() }, order: [['rank', 'ASC']] }); // expect: perf-coach/no-sequential-await
  ctx.body = { profile, badges };
});

router.post('/quotes', async (ctx) => {
  const { skus = [] } = ctx.request.body;
  const quotes = [];
  for (const sku of skus.slice(0, 50)) {
    quotes.push(await getQuote(sku, ctx.state.currency)); // expect: perf-coach/no-sequential-await
  }
  ctx.body = quotes;
});

module.exports = router;
