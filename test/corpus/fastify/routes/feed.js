'use strict';

const { MongoClient, ObjectId } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL, { maxPoolSize: 20 });
const db = client.db('social');

module.exports = async function feedRoutes(fastify) {
  fastify.get('/feed/:userId', async (request) => {
    const userId = new ObjectId(request.params.userId);
    const [following, muted] = await Promise.all([
      await db.collection('follows').find({ follower: userId }).toArray(), // expect: perf-coach/no-sequential-await
      await db.collection('mutes').find({ owner: userId }).toArray(), // expect: perf-coach/no-sequential-await
    ]);
    const mutedIds = new Set(muted.map((m) => String(m.target)));
    const authors = following.map((f) => f.followee).filter((id) => !mutedIds.has(String(id)));

    const posts = await db
      .collection('posts')
      .find({ author: { $in: authors } })
      .sort({ createdAt: -1 })
      .limit(50)
      .toArray();

    return Promise.all(
      posts.map(async (post) => ({
        ...post,
        author: await db.collection('users').findOne({ _id: post.author }, { projection: { name: 1, avatar: 1 } }), // expect: perf-coach/no-n-plus-one
      })),
    );
  });
};
