import type { Request, Response } from 'express';
import Review from '../review/review.model.js';
import { Product } from './product.model.js';
import { productService } from './product.service.js';

export async function listWithRatings(req: Request, res: Response) {
  const products = await Product.find({ status: 'published' }).limit(50).lean();
  const counts = await Promise.all(products.map((p) => Review.countDocuments({ product: p._id }))); // expect: perf-coach/no-n-plus-one
  res.json(products.map((p, i) => ({ ...p, reviews: counts[i] })));
}

export async function listWithRatingsAggregated(req: Request, res: Response) {
  const products = await Product.find({ status: 'published' }).limit(50).lean();
  const stats = await Review.aggregate([
    { $match: { product: { $in: products.map((p) => p._id) } } }, // ok: one aggregate with $in
    { $group: { _id: '$product', reviews: { $sum: 1 } } },
  ]);
  res.json({ products, stats });
}

export async function importProducts(req: Request, res: Response) {
  const valid = (req.body.products as Array<{ name?: string; priceCents?: number }>).filter((p) => productService.validateProduct(p)); // ok: validator, no query
  const created = await Product.insertMany(valid);
  res.status(201).json(created);
}

export async function statusCounts(req: Request, res: Response) {
  const out: Record<string, number> = {};
  for (const status of ['draft', 'published']) {
    out[status] = await Product.countDocuments({ status }); // ok: fixed list of two statuses
  }
  res.json(out);
}
