import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { In, Repository } from 'typeorm';
import { PrismaService } from '../prisma/prisma.service';
import { User } from './user.entity';

export interface UserProfile extends User {
  orderCount: number;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly usersRepository: Repository<User>,
    private readonly prisma: PrismaService,
    @InjectPinoLogger(UsersService.name) private readonly logger: PinoLogger,
  ) {}

  /** Profile page: the user plus how many orders they have placed. */
  async getProfile(id: string): Promise<UserProfile> {
    const user = await this.usersRepository.findOneBy({ id });
    const orderCount = await this.prisma.order.count({ where: { userId: id } });
    if (!user) throw new NotFoundException(`User ${id} not found`);
    return { ...user, orderCount };
  }

  /** Same profile; the two lookups are independent, so they run at the same time. */
  async getProfileConcurrent(id: string): Promise<UserProfile> {
    const [user, orderCount] = await Promise.all([
      this.usersRepository.findOneBy({ id }),
      this.prisma.order.count({ where: { userId: id } }),
    ]);
    if (!user) throw new NotFoundException(`User ${id} not found`);
    return { ...user, orderCount };
  }

  /** Users named by @handle in a comment, so they can be notified. Unknown handles are skipped. */
  async getMentionedUsers(handles: string[]): Promise<User[]> {
    const users: User[] = [];
    for (const handle of handles) {
      const user = await this.usersRepository.findOneBy({ handle });
      if (user) {
        users.push(user);
      } else {
        console.log(`mention of unknown handle @${handle}`);
      }
    }
    return users;
  }

  /** Same users from one `WHERE handle IN (...)` query; unknown handles are logged once, together. */
  async getMentionedUsersBatched(handles: string[]): Promise<User[]> {
    if (handles.length === 0) return [];
    const users = await this.usersRepository.findBy({ handle: In(handles) });
    const found = new Set(users.map((user) => user.handle));
    const unknown = handles.filter((handle) => !found.has(handle));
    if (unknown.length > 0) this.logger.debug({ unknown }, 'mentions of unknown handles');
    return users;
  }
}
