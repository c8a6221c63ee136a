import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@ledger/database';

@Injectable()
export class AccountsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string) {
    return this.prisma.account.findUnique({ where: { id } });
  }

  findManyByIds(ids: string[]) {
    return this.prisma.account.findMany({ where: { id: { in: ids } } });
  }

  /** Runs inside the caller's transaction: `tx` decides the boundaries. */
  debit(tx: Prisma.TransactionClient, id: string, cents: number) {
    return tx.account.update({ where: { id }, data: { balanceCents: { decrement: cents } } });
  }

  // Arrow-function class properties are common in code that passes methods around as callbacks.
  balanceOf = async (id: string) => {
    const account = await this.prisma.account.findUniqueOrThrow({ where: { id }, select: { balanceCents: true } });
    return account.balanceCents;
  };
}
