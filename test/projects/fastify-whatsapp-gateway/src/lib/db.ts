import { PrismaClient } from '@prisma/client';

/** The app's client: a subclass, so services can take it by this name. */
export class PrismaRepository extends PrismaClient {}

export const prisma = new PrismaRepository();
