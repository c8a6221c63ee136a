import mongoose from 'mongoose';
import Review from '../modules/review/review.model.js';
import { Product } from '../modules/product/product.model.js';

// Maintenance script run by hand (`npm run reindex`). Not a migration or a seed: it walks the whole
// catalogue with two round trips per product, hours on a large catalogue where one `$group`
// aggregate and one `bulkWrite` take seconds. Worth flagging even off the request path.
async function main() {
  await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost/store');
  const products = await Product.find().select('_id').lean();
  for (const p of products) {
    const n = await Review.countDocuments({ product: p._id }); // expect: perf-coach/no-n-plus-one
    await Product.updateOne({ _id: p._id }, { $set: { reviewCount: n } }); // expect: perf-coach/no-n-plus-one
  }
  await mongoose.disconnect();
}

main();
