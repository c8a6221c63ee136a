import mongoose from 'mongoose';
import Review from '../modules/review/review.model.js';
import { Product } from '../modules/product/product.model.js';

// One-off maintenance script run by hand: `npm run reindex`.
async function main() {
  await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost/store');
  const products = await Product.find().select('_id').lean();
  for (const p of products) {
    const n = await Review.countDocuments({ product: p._id }); // ok: CLI script run once by hand
    await Product.updateOne({ _id: p._id }, { $set: { reviewCount: n } }); // ok: CLI script run once by hand
  }
  await mongoose.disconnect();
}

main();
