const users = require('../data/users');
const articles = require('../data/articles');

async function withAuthors(list) {
  for (const article of list) {
    article.author = await users.getUser(article.author_id); // expect: perf-coach/no-n-plus-one
  }
  return list;
}

async function withAuthorsBatched(list) {
  const authors = await users.getUsersByIds([...new Set(list.map((a) => a.author_id))]); // ok: one whereIn query
  const byId = new Map(authors.map((u) => [u.id, u]));
  return list.map((a) => ({ ...a, author: users.toProfile(byId.get(a.author_id), false) })); // ok: toProfile only shapes data
}

async function withTags(list) {
  return Promise.all(
    list.map(async (article) => ({
      ...article,
      tagList: await articles.tagsFor(article.id), // expect: perf-coach/no-n-plus-one
    })),
  );
}

module.exports = { withAuthors, withAuthorsBatched, withTags };
