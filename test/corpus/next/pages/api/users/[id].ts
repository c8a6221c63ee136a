import type { NextApiRequest, NextApiResponse } from 'next';
import mongoose, { Schema } from 'mongoose';

const userSchema = new Schema(
  { name: String, email: { type: String, index: true }, plan: String },
  { timestamps: true },
);
const activitySchema = new Schema({ userId: Schema.Types.ObjectId, kind: String, at: Date });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') return res.status(405).end();
  const conn = await mongoose.createConnection(process.env.MONGODB_URI as string).asPromise(); // expect: perf-coach/prefer-connection-pool
  try {
    const User = conn.model('User', userSchema);
    const Activity = conn.model('Activity', activitySchema);
    const user = await User.findById(req.query.id).lean();
    const recent = await Activity.find({ userId: req.query.id }).sort({ at: -1 }).limit(10).lean(); // expect: perf-coach/no-sequential-await
    if (!user) return res.status(404).json({ error: 'Not found' });
    res.status(200).json({ user, recent });
  } finally {
    await conn.close();
  }
}
