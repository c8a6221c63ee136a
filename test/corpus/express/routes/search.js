// trap: perf-coach/no-sequential-await — each await needs the result of the one before it
// trap: perf-coach/no-n-plus-one — the loop retries one request with back-off; `posts.find` is Array.prototype.find
const express = require('express');
const axios = require('axios');
const User = require('../models/User');
const Post = require('../models/Post');

const router = express.Router();

async function fetchWithRetry(url, params, attempts = 3) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const { data } = await axios.get(url, { params, timeout: 3000 });
      return data;
    } catch (err) {
      const status = err.response ? err.response.status : 0;
      if (attempt === attempts || (status >= 400 && status < 500)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
  return null;
}

router.get('/users/:handle/feed', async (req, res, next) => {
  try {
    const user = await User.findOne({ handle: req.params.handle }).lean();
    if (!user) return res.sendStatus(404);
    const posts = await Post.find({ author: user._id }).sort({ createdAt: -1 }).limit(20).lean();
    const ranking = await fetchWithRetry(`${process.env.RANKER_URL}/rank`, {
      ids: posts.map((p) => String(p._id)).join(','),
    });
    const ordered = ranking.order.map((id) => posts.find((p) => String(p._id) === id)).filter(Boolean);
    res.json({ user: { handle: user.handle, name: user.name }, posts: ordered });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
