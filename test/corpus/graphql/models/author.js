const mongoose = require('mongoose');

const authorSchema = new mongoose.Schema(
  {
    name: { type: String, required: true, trim: true },
    bio: String,
    born: Date,
  },
  { timestamps: true },
);

authorSchema.index({ name: 1 });

module.exports = mongoose.model('Author', authorSchema);
