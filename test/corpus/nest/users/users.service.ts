// trap: perf-coach/no-blocking-io — class-validator's validateSync is in-memory validation, not blocking I/O
// trap: perf-coach/no-sequential-await — each await needs the previous result (or its existence check)
// trap: perf-coach/no-sync-logging — Nest's Logger, not console
import { BadRequestException, ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Repository } from 'typeorm';
import { User } from './entities/user.entity';
import { Team } from '../teams/entities/team.entity';
import { ImportUserRow } from './dto/import-user-row.dto';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
  ) {}

  async create(data: Partial<User>): Promise<User> {
    const existing = await this.users.findOneBy({ email: data.email });
    if (existing) throw new ConflictException('email already in use');
    const user = await this.users.save(this.users.create(data));
    this.logger.log(`user ${user.id} created`);
    return user;
  }

  async findOne(id: number): Promise<User> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new NotFoundException();
    return user;
  }

  async moveToTeam(userId: number, teamSlug: string): Promise<User> {
    const user = await this.findOne(userId);
    const team = await this.teams.findOneByOrFail({ slug: teamSlug, organizationId: user.organizationId });
    user.teamId = team.id;
    return this.users.save(user);
  }

  parseImportRows(rows: unknown[]): ImportUserRow[] {
    return rows.map((raw, index) => {
      const row = plainToInstance(ImportUserRow, raw);
      const errors = validateSync(row, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length) {
        throw new BadRequestException(`row ${index + 1}: invalid ${errors.map((e) => e.property).join(', ')}`);
      }
      return row;
    });
  }
}
