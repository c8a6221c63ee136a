import { Injectable, UnauthorizedException } from '@nestjs/common';
import { pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { PrismaService } from '../prisma/prisma.service';

const ITERATIONS = 210_000;

@Injectable()
export class ApiKeysService {
  constructor(private readonly prisma: PrismaService) {}

  async issue(ownerId: string) {
    const secret = randomBytes(32).toString('base64url');
    const salt = randomBytes(16);
    const hash = pbkdf2Sync(secret, salt, ITERATIONS, 32, 'sha256'); // expect: perf-coach/no-blocking-io
    const key = await this.prisma.apiKey.create({
      data: { ownerId, salt: salt.toString('hex'), hash: hash.toString('hex') },
    });
    return { id: key.id, token: `${key.id}.${secret}` };
  }

  async verify(token: string): Promise<string> {
    const [id, secret] = token.split('.');
    const key = await this.prisma.apiKey.findUnique({ where: { id } });
    if (!key || key.revokedAt) throw new UnauthorizedException();
    const candidate = pbkdf2Sync(secret, Buffer.from(key.salt, 'hex'), ITERATIONS, 32, 'sha256'); // expect: perf-coach/no-blocking-io
    if (!timingSafeEqual(candidate, Buffer.from(key.hash, 'hex'))) throw new UnauthorizedException();
    return key.ownerId;
  }
}
