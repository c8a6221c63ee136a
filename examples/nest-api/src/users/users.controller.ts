import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { MailService } from '../mail/mail.service';
import type { User } from './user.entity';
import { UsersService, type UserProfile } from './users.service';

@Controller('users')
export class UsersController {
  constructor(
    private readonly usersService: UsersService,
    private readonly mail: MailService,
  ) {}

  // GET /users/mentions?handles=ada,grace
  @Get('mentions')
  mentions(@Query('handles') handles = ''): Promise<User[]> {
    return this.usersService.getMentionedUsers(handles.split(',').filter(Boolean));
  }

  // GET /users/:id
  @Get(':id')
  profile(@Param('id', ParseUUIDPipe) id: string): Promise<UserProfile> {
    return this.usersService.getProfile(id);
  }

  // GET /users/:id/welcome-preview — the welcome email as the user will get it.
  @Get(':id/welcome-preview')
  async welcomePreview(@Param('id', ParseUUIDPipe) id: string): Promise<string> {
    return this.mail.renderWelcome(await this.usersService.getProfile(id));
  }
}
