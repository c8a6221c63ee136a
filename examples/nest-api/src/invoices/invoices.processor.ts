import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { PrismaService } from '../prisma/prisma.service';

export interface InvoiceJob {
  orderId: string;
  lines: { sku: string; quantity: number; unitPriceCents: number }[];
}

// Consumes the `invoices` queue; the checkout flow enqueues one job per paid order.
@Processor('invoices')
export class InvoicesProcessor extends WorkerHost {
  constructor(private readonly prisma: PrismaService) {
    super();
  }

  async process(job: Job<InvoiceJob>): Promise<{ invoiceId: string }> {
    const { orderId, lines } = job.data;
    console.log(`job ${job.id}: invoicing`, job.data);

    const invoice = await this.prisma.invoice.create({ data: { orderId } });
    for (const line of lines) {
      await this.prisma.invoiceLine.create({ data: { invoiceId: invoice.id, ...line } });
    }
    return { invoiceId: invoice.id };
  }
}
