import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import * as bcrypt from 'bcryptjs';
import { UsersService } from './users.service';
import { CreateUserDto } from './dto/create-user.dto';

@Controller('users')
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Post()
  async create(@Body() dto: CreateUserDto) {
    console.log('creating user', dto.email); // expect: perf-coach/no-sync-logging
    const salt = bcrypt.genSaltSync(12); // expect: perf-coach/no-blocking-io
    return this.usersService.create({ ...dto, password: bcrypt.hashSync(dto.password, salt) }); // expect: perf-coach/no-blocking-io
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    return this.usersService.findOne(id);
  }
}
