import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity';
import { InviteUserHandler, InviteUsersHandler } from './commands/handlers/invite-user.handler';
import { InvitesController } from './invites.controller';
import { InviteLinkHandler } from './queries/handlers/invite-link.handler';

@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([User])],
  controllers: [InvitesController],
  providers: [InviteUserHandler, InviteUsersHandler, InviteLinkHandler],
})
export class InvitesModule {}
