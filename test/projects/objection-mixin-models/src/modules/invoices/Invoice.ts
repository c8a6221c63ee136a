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

  static formatNumber(prefix: string, n: number) {
    return `${prefix}-${String(n).padStart(6, '0')}`;
  }
}
