const mongoose = require('mongoose');

const bookSchema = new mongoose.Schema(
  {
    title: { type: String, required: true },
    authorId: { type: mongoose.Schema.Types.ObjectId, ref: 'Author', index: true },
    isbn: { type: String, unique: true, sparse: true },
    publishedAt: Date,
  },
  { timestamps: true },
);

module.exports = mongoose.model('Book', bookSchema);
