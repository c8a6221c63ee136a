import type { Db } from '../../types';

// A plugin's hook: the app runs whatever interceptors it was configured with.
export class AuditInterceptor {
  constructor(private db: Db) {}

  async willAddItemToOrder(orderId: string, sku: string): Promise<void> {
    await this.db('order_audit').insert({ orderId, sku });
  }
}
