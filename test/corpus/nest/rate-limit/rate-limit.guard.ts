import { CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import Redis from 'ioredis';

const LIMIT_PER_MINUTE = 120;

@Injectable()
export class RateLimitGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379'); // expect: perf-coach/prefer-connection-pool
    try {
      const key = `rl:${req.ip}:${Math.floor(Date.now() / 60_000)}`;
      const count = await redis.incr(key);
      if (count === 1) await redis.expire(key, 60);
      if (count > LIMIT_PER_MINUTE) {
        throw new HttpException('Too many requests', HttpStatus.TOO_MANY_REQUESTS);
      }
      return true;
    } finally {
      redis.disconnect();
    }
  }
}
