import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { Order } from './order.entity';

@Injectable()
export class OrdersRepository extends Repository<Order> {
  constructor(private dataSource: DataSource) {
    super(Order, dataSource.createEntityManager());
  }

  findWithItems(id: number) {
    return this.findOne({ where: { id }, relations: { items: true } });
  }

  findOpenForUser(userId: number) {
    return this.createQueryBuilder('o').where('o.user_id = :userId', { userId }).andWhere("o.status = 'open'").getMany();
  }
}
