import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User)
    private readonly usersRepository: Repository<User>,
  ) {}

  findOne(id: number): Promise<User | null> {
    return this.usersRepository.findOneBy({ id });
  }

  findByIds(ids: number[]): Promise<User[]> {
    return this.usersRepository.findBy({ id: In(ids) });
  }

  displayName(user: Pick<User, 'displayName' | 'email'>): string {
    return user.displayName || user.email.split('@')[0];
  }

  async deactivate(ids: number[]): Promise<void> {
    for (const id of ids) {
      await this.usersRepository.update({ id }, { active: false } as never); // expect: perf-coach/no-n-plus-one
    }
  }
}
