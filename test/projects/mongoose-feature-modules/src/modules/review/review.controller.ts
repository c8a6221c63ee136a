import type { Request, Response } from 'express';
import Review from './review.model.js';
import { User } from '../user/user.model.js';

export async function recentWithAuthors(req: Request, res: Response) {
  const reviews = await Review.find({ product: req.params.productId }).sort({ _id: -1 }).limit(20).lean();
  for (const r of reviews) {
    (r as Record<string, unknown>).author = await User.findById(r.user).select('name').lean(); // expect: perf-coach/no-n-plus-one
  }
  res.json(reviews);
}

export async function recentWithAuthorsPopulated(req: Request, res: Response) {
  const reviews = await Review.find({ product: req.params.productId }).populate('user', 'name').limit(20).lean(); // ok: populate batches with one $in
  res.json(reviews);
}
