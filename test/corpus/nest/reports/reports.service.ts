import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThanOrEqual, Repository } from 'typeorm';
import { Order } from '../orders/entities/order.entity';
import { User } from '../users/entities/user.entity';
import { Subscription } from '../billing/entities/subscription.entity';

export interface WeeklyKpis {
  since: Date;
  revenueCents: number;
  signups: number;
  cancellations: number;
}

@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Subscription) private readonly subscriptions: Repository<Subscription>,
  ) {}

  async weeklyKpis(since: Date): Promise<WeeklyKpis> {
    const revenue = await this.orders.sum('totalCents', { createdAt: MoreThanOrEqual(since), status: 'paid' });
    const signups = await this.users.countBy({ createdAt: MoreThanOrEqual(since) }); // expect: perf-coach/no-sequential-await
    const cancellations = await this.subscriptions.countBy({ cancelledAt: MoreThanOrEqual(since) });
    return { since, revenueCents: revenue ?? 0, signups, cancellations };
  }
}
