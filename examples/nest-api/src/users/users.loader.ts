import { Injectable, Scope } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { User } from './user.entity';

/**
 * Collects every user id asked for while one GraphQL request resolves and loads
 * them with a single query. Request-scoped, so its cache never outlives the request.
 */
@Injectable({ scope: Scope.REQUEST })
export class UsersLoader extends DataLoader<string, User | null> {
  constructor(@InjectRepository(User) usersRepository: Repository<User>) {
    super(async (ids) => {
      const users = await usersRepository.findBy({ id: In([...ids]) });
      const usersById = new Map(users.map((user) => [user.id, user] as const));
      // DataLoader expects one result per key, in the order of the keys.
      return ids.map((id) => usersById.get(id) ?? null);
    });
  }
}
