import { Injectable } from '@nestjs/common';
import { UsersService } from '../users/users.service';
import { OrdersRepository } from './orders.repository';
import { Order } from './order.entity';

@Injectable()
export class OrdersService {
  constructor(
    private readonly ordersRepository: OrdersRepository,
    private readonly usersService: UsersService,
  ) {}

  async detailed(ids: number[]) {
    const out = [];
    for (const id of ids) {
      out.push(await this.ordersRepository.findWithItems(id)); // expect: perf-coach/no-n-plus-one
    }
    return out;
  }

  async withBuyers(orders: Order[]) {
    // The service lives in another module; its query is one more file away.
    const buyers = await Promise.all(orders.map((o) => this.usersService.findOne(o.userId))); // expect: perf-coach/no-n-plus-one
    return orders.map((o, i) => ({ ...o, buyer: buyers[i] }));
  }

  async withBuyersBatched(orders: Order[]) {
    const buyers = await this.usersService.findByIds([...new Set(orders.map((o) => o.userId))]); // ok: one In(ids) query
    const byId = new Map(buyers.map((u) => [u.id, u]));
    return orders.map((o) => ({ ...o, buyer: byId.get(o.userId) })); // ok: Map lookup
  }

  async openOrdersOf(userIds: number[]) {
    const result: Record<number, Order[]> = {};
    for (const userId of userIds) {
      result[userId] = await this.ordersRepository.findOpenForUser(userId); // expect: perf-coach/no-n-plus-one
    }
    return result;
  }
}
