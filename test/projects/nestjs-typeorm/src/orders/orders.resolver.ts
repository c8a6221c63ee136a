import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UsersLoader } from '../loaders/users.loader';
import { Order } from './order.entity';

@Resolver(() => Order)
export class OrdersResolver {
  constructor(private readonly usersLoader: UsersLoader) {}

  @ResolveField('buyer')
  buyer(@Parent() order: Order) {
    return this.usersLoader.byId.load(order.userId); // ok: DataLoader batches the per-order loads into one query
  }
}
