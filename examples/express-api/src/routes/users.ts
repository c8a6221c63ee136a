import fs from 'node:fs';
import path from 'node:path';
import { Prisma } from '@prisma/client';
import bcrypt from 'bcrypt';
import { Router } from 'express';
import { config } from '../config';
import { prisma } from '../db';
import { logAuditEvent } from '../services/audit';

// Cost 12 is about 250 ms of CPU per hash on our production machines.
const BCRYPT_COST = 12;

interface SignUpBody {
  email: string;
  name: string;
  password: string;
}

export const usersRouter = Router();

// POST /users — sign up. The unique index on email rejects duplicates.
usersRouter.post('/', async (req, res) => {
  const { email, name, password } = req.body as SignUpBody;
  const passwordHash = bcrypt.hashSync(password, BCRYPT_COST);
  try {
    const user = await prisma.user.create({
      data: { email, name, passwordHash },
      select: { id: true, email: true, name: true },
    });
    logAuditEvent({ type: 'user.created', subjectId: user.id });
    res.status(201).json(user);
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      res.status(409).json({ error: 'Email already registered' });
      return;
    }
    throw err;
  }
});

// GET /users/:id/avatar — profile picture uploaded by the user.
usersRouter.get('/:id/avatar', (req, res) => {
  // basename() keeps a crafted id from escaping the avatar directory.
  const file = path.join(config.avatarDir, `${path.basename(req.params.id)}.png`);
  try {
    const image = fs.readFileSync(file);
    res.type('png').send(image);
  } catch {
    res.sendStatus(404);
  }
});
