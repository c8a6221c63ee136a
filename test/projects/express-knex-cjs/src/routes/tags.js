const { Router } = require('express');
const db = require('../db');
const { tagsForMany } = require('../data/articles');

const router = Router();

router.post('/tags/for-articles', async (req, res) => {
  const rows = await tagsForMany(req.body.ids); // ok: one whereIn query
  const byArticle = {};
  rows.forEach((r) => {
    (byArticle[r.article_id] ??= []).push(r.name); // ok: grouping in memory
  });
  res.json(byArticle);
});

router.get('/tags/popular', async (req, res) => {
  const counts = {};
  for (const period of ['day', 'week', 'month']) {
    counts[period] = await db('tag_stats').where({ period }).orderBy('uses', 'desc').limit(10); // ok: fixed list of three periods
  }
  res.json(counts);
});

module.exports = router;
