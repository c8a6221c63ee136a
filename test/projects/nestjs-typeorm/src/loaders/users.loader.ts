import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { UsersService } from '../users/users.service';
import type { User } from '../users/user.entity';

@Injectable({ scope: Scope.REQUEST })
export class UsersLoader {
  constructor(private readonly usersService: UsersService) {}

  readonly byId = new DataLoader<number, User | undefined>(async (ids) => {
    const users = await this.usersService.findByIds([...ids]);
    const map = new Map(users.map((u) => [u.id, u]));
    return ids.map((id) => map.get(id));
  });
}
