const Router = require('@koa/router');
const { Article, Tag } = require('../models');

const router = new Router({ prefix: '/articles' });

router.get('/', async (ctx) => {
  const limit = Math.min(Number(ctx.query.limit) || 20, 100);
  console.log('GET /articles', ctx.query); // expect: perf-coach/no-sync-logging
  const articles = await Article.findAll({
    where: { published: true },
    order: [['publishedAt', 'DESC']],
    limit,
  });
  for (const article of articles) {
    article.setDataValue('tags', await Tag.findAll({ where: { articleId: article.id }, attributes: ['name'] })); // expect: perf-coach/no-n-plus-one
  }
  ctx.body = articles;
});

router.get('/:slug', async (ctx) => {
  const article = await Article.findOne({ where: { slug: ctx.params.slug }, include: [{ model: Tag, attributes: ['name'] }] });
  ctx.assert(article, 404, 'Article not found');
  ctx.body = article;
});

module.exports = router;
