import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient } from '@prisma/client';

export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  const prisma = new PrismaClient(); // expect: perf-coach/prefer-connection-pool
  try {
    const counts = await prisma.order.groupBy({ by: ['status'], _count: { _all: true } });
    res.status(200).json(Object.fromEntries(counts.map((c) => [c.status, c._count._all])));
  } finally {
    await prisma.$disconnect();
  }
}
