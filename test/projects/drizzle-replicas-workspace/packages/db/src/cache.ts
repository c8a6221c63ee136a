import Redis from 'ioredis';

let shared: Redis | undefined;

export async function connectCache() {
  shared ??= new Redis(process.env.REDIS_URL!);
  return shared;
}

export type Cache = Awaited<ReturnType<typeof connectCache>>;
