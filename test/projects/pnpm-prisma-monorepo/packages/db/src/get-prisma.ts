import { PrismaClient } from '@prisma/client';

let client: PrismaClient | undefined;

/** Lazily created so that importing the package in a build step does not open a connection. */
export function getPrisma(): PrismaClient {
  if (!client) client = new PrismaClient();
  return client;
}
