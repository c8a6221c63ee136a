import express from 'express';
import mongoose from 'mongoose';
import * as products from './modules/product/product.controller.js';
import * as reviews from './modules/review/review.controller.js';

const app = express();
app.use(express.json());
app.get('/products', products.listWithRatings);
app.get('/products/aggregated', products.listWithRatingsAggregated);
app.post('/products/import', products.importProducts);
app.get('/products/status-counts', products.statusCounts);
app.get('/products/:productId/reviews', reviews.recentWithAuthors);
app.get('/products/:productId/reviews/populated', reviews.recentWithAuthorsPopulated);

await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost/store');
app.listen(3000);
