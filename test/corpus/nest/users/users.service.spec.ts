// trap: perf-coach/no-blocking-io — bcrypt.hashSync builds a fixture in a unit test
// trap: perf-coach/no-sync-logging — console output in a test
import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import * as bcrypt from 'bcryptjs';
import { UsersService } from './users.service';
import { User } from './entities/user.entity';
import { Team } from '../teams/entities/team.entity';

describe('UsersService', () => {
  const usersRepo = { findOneBy: jest.fn(), findOne: jest.fn(), save: jest.fn((u) => u), create: jest.fn((u) => u) };
  const teamsRepo = { findOneByOrFail: jest.fn() };
  let service: UsersService;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [
        UsersService,
        { provide: getRepositoryToken(User), useValue: usersRepo },
        { provide: getRepositoryToken(Team), useValue: teamsRepo },
      ],
    }).compile();
    service = moduleRef.get(UsersService);
  });

  it('refuses a duplicate email', async () => {
    usersRepo.findOneBy.mockResolvedValue({ id: 1, email: 'a@example.com', password: bcrypt.hashSync('secret', 4) });
    await expect(service.create({ email: 'a@example.com' })).rejects.toThrow('email already in use');
  });

  it('reports invalid import rows with their index', () => {
    try {
      service.parseImportRows([{ email: 'not-an-email' }]);
    } catch (err) {
      console.log((err as Error).message);
      expect((err as Error).message).toMatch(/^row 1/);
    }
  });
});
