import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import type { User } from './user.entity';
import { UsersService, type UserProfile } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

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
}
