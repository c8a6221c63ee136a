import { Body, Controller, Post } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Post('lookup')
  async lookup(@Body() body: { ids: number[] }) {
    return Promise.all(body.ids.map((id) => this.usersService.findOne(id))); // expect: perf-coach/no-n-plus-one
  }

  @Post('names')
  async names(@Body() body: { ids: number[] }) {
    const users = await this.usersService.findByIds(body.ids); // ok: one query with In(ids)
    return users.map((u) => this.usersService.displayName(u)); // ok: service method that does not query
  }
}
