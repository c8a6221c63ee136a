import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { InviteUserCommand, InviteUsersCommand } from './commands/invite-user.command';
import { InviteLinkQuery } from './queries/invite-link.query';

@Controller('invites')
export class InvitesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post('one-by-one')
  async inviteEach(@Body() body: { emails: string[]; teamId: number }) {
    const users = [];
    for (const email of body.emails) {
      users.push(await this.commandBus.execute(new InviteUserCommand(email, body.teamId))); // expect: perf-coach/no-n-plus-one
    }
    return users;
  }

  @Post()
  async inviteAll(@Body() body: { emails: string[]; teamId: number }) {
    const users = await this.commandBus.execute(new InviteUsersCommand(body.emails, body.teamId)); // ok: one command for the whole list
    const links = await Promise.all(body.emails.map((email) => this.queryBus.execute(new InviteLinkQuery(email, body.teamId)))); // ok: the handler builds a string
    return { users, links };
  }
}
