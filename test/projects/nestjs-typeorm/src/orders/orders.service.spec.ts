import { Test } from '@nestjs/testing';
import { OrdersService } from './orders.service';
import { OrdersRepository } from './orders.repository';
import { UsersService } from '../users/users.service';

describe('OrdersService', () => {
  it('loads each order with its items', async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [OrdersService, { provide: OrdersRepository, useValue: { findWithItems: jest.fn() } }, { provide: UsersService, useValue: {} }],
    }).compile();
    const repo = moduleRef.get(OrdersRepository);
    for (const id of [1, 2, 3]) {
      await repo.findWithItems(id); // ok: test
    }
    expect(repo.findWithItems).toHaveBeenCalledTimes(3);
  });
});
