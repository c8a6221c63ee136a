// trap: perf-coach/no-sequential-await — the three independent reads already run through Promise.all
// trap: perf-coach/no-sync-logging — console.error inside a catch block
// trap: perf-coach/no-n-plus-one — groupBy returns per-day counts in one query; the map only reshapes rows
import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

export const revalidate = 60;

export async function GET() {
  try {
    const since = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    const [users, orders, perDay] = await Promise.all([
      prisma.user.count(),
      prisma.order.aggregate({ _sum: { totalCents: true }, where: { createdAt: { gte: since } } }),
      prisma.order.groupBy({
        by: ['day'],
        _count: { _all: true },
        where: { createdAt: { gte: since } },
        orderBy: { day: 'asc' },
      }),
    ]);
    return NextResponse.json({
      users,
      revenueCents: orders._sum.totalCents ?? 0,
      perDay: perDay.map((d) => ({ day: d.day, orders: d._count._all })),
    });
  } catch (error) {
    console.error('stats failed', error);
    return NextResponse.json({ error: 'Unable to load stats' }, { status: 500 });
  }
}
