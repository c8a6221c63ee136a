import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

const gzipAsync = promisify(gzip);

interface OrderRow {
  id: string;
  userId: string;
  totalCents: number;
  status: string;
  createdAt: Date;
}

function toCsv(rows: OrderRow[]): string {
  const header = 'id,user_id,total_cents,status,created_at\n';
  return header + rows.map((r) => `${r.id},${r.userId},${r.totalCents},${r.status},${r.createdAt.toISOString()}\n`).join('');
}

@Injectable()
export class ReportsService {
  constructor(private readonly prisma: PrismaService) {}

  private findOrdersSince(since: Date): Promise<OrderRow[]> {
    return this.prisma.order.findMany({
      where: { createdAt: { gte: since } },
      select: { id: true, userId: true, totalCents: true, status: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    });
  }

  /** Orders since `since` as a gzipped CSV, for the finance export button. */
  async exportOrdersCsv(since: Date): Promise<Buffer> {
    const orders = await this.findOrdersSince(since);
    return gzipSync(toCsv(orders));
  }

  /** Same file; compression runs on the libuv thread pool instead of the event loop. */
  async exportOrdersCsvAsync(since: Date): Promise<Buffer> {
    const orders = await this.findOrdersSince(since);
    return gzipAsync(toCsv(orders));
  }
}
