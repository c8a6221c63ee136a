const db = require('../db');

class Comment {
  static findById(id) {
    return db('comments').where({ id }).first();
  }

  static forArticle(articleId) {
    return db('comments').where({ article_id: articleId }).orderBy('created_at', 'desc');
  }

  static render(comment) {
    return { id: comment.id, body: comment.body, createdAt: comment.created_at };
  }
}

module.exports = Comment;
