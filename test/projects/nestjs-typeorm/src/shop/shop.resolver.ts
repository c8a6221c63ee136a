import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Order } from '../orders/order.entity';
import { User } from '../users/user.entity';

/** The shop's one settings object: no query or field returns a list of it. */
export class ShopSettings {
  id!: number;
}

@Resolver(() => ShopSettings)
export class ShopSettingsResolver {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  @Query(() => ShopSettings)
  settings() {
    return { id: 1 };
  }

  @ResolveField(() => Number)
  openOrders(@Parent() settings: ShopSettings) {
    return this.orders.count({ where: { status: 'open' } }); // ok: one ShopSettings per request, so once per request
  }
}

@Resolver(() => User)
export class UserOrdersResolver {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  @Query(() => [User])
  users(@Args('take') take: number) {
    return [] as User[];
  }

  @ResolveField(() => [Order])
  orders(@Parent() user: User) {
    return this.orders.find({ where: { userId: user.id } }); // expect: perf-coach/no-n-plus-one
  }
}
