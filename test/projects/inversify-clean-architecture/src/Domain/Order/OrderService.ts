export interface OrderInterceptor {
  willAddItemToOrder?(orderId: string, sku: string): Promise<void>;
}

export class OrderService {
  constructor(private readonly options: { orderInterceptors: OrderInterceptor[] }) {}

  async addItem(orderId: string, sku: string): Promise<void> {
    const { orderInterceptors } = this.options;
    for (const interceptor of orderInterceptors) {
      await interceptor.willAddItemToOrder?.(orderId, sku); // ok: each configured plugin's hook, a list of code, not data
    }
  }
}
