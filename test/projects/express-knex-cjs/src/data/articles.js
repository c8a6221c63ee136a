const knex = require('../db');

exports.findBySlug = (slug) => knex('articles').where({ slug }).first();

exports.tagsFor = (articleId) =>
  knex('tags').join('article_tags', 'tags.id', 'article_tags.tag_id').where('article_tags.article_id', articleId).pluck('tags.name');

exports.tagsForMany = (articleIds) =>
  knex('article_tags').join('tags', 'tags.id', 'article_tags.tag_id').whereIn('article_tags.article_id', articleIds).select('article_tags.article_id', 'tags.name');
