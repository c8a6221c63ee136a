import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { User } from '../../../users/user.entity';
import { InviteUserCommand, InviteUsersCommand } from '../invite-user.command';

@CommandHandler(InviteUserCommand)
export class InviteUserHandler implements ICommandHandler<InviteUserCommand> {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async execute(command: InviteUserCommand): Promise<User> {
    const existing = await this.users.findOneBy({ email: command.email });
    return existing ?? this.users.save(this.users.create({ email: command.email, displayName: command.email }));
  }
}

@CommandHandler(InviteUsersCommand)
export class InviteUsersHandler implements ICommandHandler<InviteUsersCommand> {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async execute(command: InviteUsersCommand): Promise<User[]> {
    const existing = await this.users.findBy({ email: In(command.emails) });
    const known = new Set(existing.map((u) => u.email));
    const fresh = command.emails.filter((e) => !known.has(e)).map((email) => this.users.create({ email, displayName: email }));
    return [...existing, ...(await this.users.save(fresh))];
  }
}
