import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Order } from './entities/order.entity';
import { OrderItem } from './entities/order-item.entity';
import { Customer } from '../customers/entities/customer.entity';

@Injectable()
export class OrdersService {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(OrderItem) private readonly items: Repository<OrderItem>,
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
  ) {}

  async findRecent(limit = 25): Promise<Order[]> {
    const orders = await this.orders.find({ order: { createdAt: 'DESC' }, take: limit });
    for (const order of orders) {
      order.customer = await this.customers.findOneBy({ id: order.customerId }); // expect: perf-coach/no-n-plus-one
    }
    return orders;
  }

  async findWithItems(ids: string[]) {
    const orders = await this.orders.findBy({ id: In(ids) });
    return Promise.all(orders.map(async (order) => ({ ...order, items: await this.loadItems(order.id) }))); // expect: perf-coach/no-n-plus-one
  }

  async findOne(id: string): Promise<Order> {
    const order = await this.orders.findOne({ where: { id }, relations: { items: true, customer: true } });
    if (!order) throw new NotFoundException(`Order ${id} not found`);
    return order;
  }

  private loadItems(orderId: string): Promise<OrderItem[]> {
    return this.items.find({ where: { orderId }, order: { position: 'ASC' } });
  }
}
