import { Inject, Injectable } from '@nestjs/common';
import { Knex } from 'knex';
import { Invoice } from './Invoice';
import { TenantModelProxy } from '@/models/TenantBaseModel';

interface PaymentEntry {
  invoiceId: number;
  paymentAmount: number;
}

@Injectable()
export class InvoicePaymentSync {
  constructor(
    @Inject(Invoice.name)
    private readonly invoiceModel: TenantModelProxy<typeof Invoice>,
  ) {}

  async syncPaymentAmounts(entries: PaymentEntry[], trx?: Knex.Transaction) {
    const changes: Promise<void>[] = [];
    entries.forEach((entry) => {
      if (entry.paymentAmount === 0) return;
      changes.push(this.invoiceModel().changePaymentAmount(entry.invoiceId, entry.paymentAmount, trx)); // expect: perf-coach/no-n-plus-one
    });
    await Promise.all(changes);
  }

  async numbersFor(entries: PaymentEntry[]) {
    // ok: a static helper of the model that only formats text
    return entries.map((entry) => this.invoiceModel().formatNumber('INV', entry.invoiceId));
  }

  async loadAll(entries: PaymentEntry[]) {
    // ok: one query for every invoice
    return this.invoiceModel().query().whereIn('id', entries.map((e) => e.invoiceId));
  }
}
