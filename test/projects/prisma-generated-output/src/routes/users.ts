import express from 'express';
import prisma from '@acme/prisma';

export const router = express.Router();

router.get('/users', async (req, res) => {
  const ids = String(req.query.ids ?? '').split(',').map(Number);
  // ok: findUnique calls made in the same tick are gathered by Prisma into one query
  const users = await Promise.all(ids.map((id) => prisma.user.findUnique({ where: { id } })));
  res.json(users);
});
