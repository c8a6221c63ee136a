import { Injectable } from '@nestjs/common';
import { PrismaService } from '@ledger/database';
import { AccountsRepository } from './accounts.repository';

@Injectable()
export class AccountsService {
  constructor(
    private readonly accountsRepository: AccountsRepository,
    private readonly prisma: PrismaService,
  ) {}

  getAccount(id: string) {
    return this.accountsRepository.findById(id);
  }

  getAccounts(ids: string[]) {
    return this.accountsRepository.findManyByIds(ids);
  }

  async balances(ids: string[]) {
    return Promise.all(ids.map(this.accountsRepository.balanceOf)); // expect: perf-coach/no-n-plus-one
  }

  async transfer(fromIds: string[], cents: number) {
    await this.prisma.$transaction(async (tx) => {
      for (const id of fromIds) {
        await this.accountsRepository.debit(tx, id, cents); // ok: ordered writes in the caller's transaction
      }
    });
  }

  maskIban(iban: string) {
    return `${iban.slice(0, 4)} **** ${iban.slice(-4)}`;
  }
}
