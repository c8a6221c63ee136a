import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { PrismaService } from '../prisma/prisma.service';

export interface InvoiceJob {
  orderId: string;
  lines: { sku: string; quantity: number; unitPriceCents: number }[];
}

// Consumes the `invoices` queue; the checkout flow enqueues one job per paid order.
@Processor('invoices')
export class InvoicesProcessor extends WorkerHost {
  constructor(
    private readonly prisma: PrismaService,
    @InjectPinoLogger(InvoicesProcessor.name) private readonly logger: PinoLogger,
  ) {
    super();
  }

  async process(job: Job<InvoiceJob>): Promise<{ invoiceId: string }> {
    const { orderId, lines } = job.data;
    this.logger.info({ jobId: job.id, orderId, lineCount: lines.length }, 'invoicing order');

    // The invoice and all its lines are inserted in one transaction: one statement for
    // the invoice, one multi-row INSERT for the lines. A failed job leaves nothing behind.
    const invoice = await this.prisma.invoice.create({
      data: { orderId, lines: { createMany: { data: lines } } },
      select: { id: true },
    });
    return { invoiceId: invoice.id };
  }
}
