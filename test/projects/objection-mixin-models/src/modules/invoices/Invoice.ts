import { Knex } from 'knex';
import { TenantBaseModel } from '@/models/TenantBaseModel';

export class Invoice extends TenantBaseModel {
  static get tableName() {
    return 'invoices';
  }

  static async changePaymentAmount(invoiceId: number, amount: number, trx?: Knex.Transaction) {
    const change = amount > 0 ? 'increment' : 'decrement';
    await this.query(trx).where('id', invoiceId)[change]('payment_amount', Math.abs(amount));
  }

  // A row's own query on each related row (`$query()` is Objection's): one UPDATE per line.
  async relabelLines(label: string) {
    const lines = await this.$relatedQuery('lines');
    for (const line of lines) {
      await line.$query().patch({ label }); // expect: perf-coach/no-n-plus-one
    }
  }

  static formatNumber(prefix: string, n: number) {
    return `${prefix}-${String(n).padStart(6, '0')}`;
  }
}
