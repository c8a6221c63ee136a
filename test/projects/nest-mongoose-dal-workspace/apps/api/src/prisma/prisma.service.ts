import { Injectable } from '@nestjs/common';
import { Prisma, PrismaClient } from '@prisma/client';
import { ClsService } from 'nestjs-cls';

/** A request's transaction travels in the CLS store; `txClient()` hands out its client (the pattern of Teable's PrismaService). */
@Injectable()
export class PrismaService extends PrismaClient {
  constructor(private readonly cls: ClsService) {
    super();
  }

  txClient(): Prisma.TransactionClient {
    const txClient = this.cls.get('tx.client');
    return txClient || this;
  }
}
