const Author = require('../models/author');
const Book = require('../models/book');

module.exports = {
  Query: {
    authors: (_parent, { first = 20 }) => Author.find().sort({ name: 1 }).limit(Math.min(first, 100)),
    author: (_parent, { id }) => Author.findById(id),
  },
  Mutation: {
    addBook: (_parent, { input }) => Book.create(input),
  },
  Author: {
    books: (author) => Book.find({ authorId: author.id }).sort({ publishedAt: -1 }), // expect: perf-coach/no-n-plus-one
  },
  Book: {
    author: async (book) => Author.findById(book.authorId), // expect: perf-coach/no-n-plus-one
  },
};
