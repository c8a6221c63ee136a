const express = require('express');
const { getUser } = require('../data/users');
const { findBySlug } = require('../data/articles');
const Comment = require('../models/Comment');
const feed = require('../services/feed');

const router = express.Router();

router.get('/articles/feed', async (req, res, next) => {
  try {
    const list = await feed.withAuthors(req.body.articles);
    res.json({ articles: await feed.withTags(list) });
  } catch (err) {
    next(err);
  }
});

router.post('/articles/by-slugs', async (req, res) => {
  const found = await Promise.all(req.body.slugs.map((slug) => findBySlug(slug))); // expect: perf-coach/no-n-plus-one
  res.json({ articles: found });
});

router.get('/articles/:slug/comments', async (req, res) => {
  const article = await findBySlug(req.params.slug);
  const comments = await Comment.forArticle(article.id);
  const out = [];
  for (const c of comments) {
    const author = await getUser(c.author_id); // expect: perf-coach/no-n-plus-one
    out.push({ ...Comment.render(c), author }); // ok: static method that only shapes data
  }
  res.json({ comments: out });
});

router.post('/comments/lookup', async (req, res) => {
  const comments = [];
  for (const id of req.body.ids) {
    comments.push(await Comment.findById(id)); // expect: perf-coach/no-n-plus-one
  }
  res.json({ comments });
});

module.exports = router;
