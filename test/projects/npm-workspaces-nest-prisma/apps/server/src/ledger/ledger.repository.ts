import { Injectable } from '@nestjs/common';
import { PrismaRepository } from '@ledger/database';

@Injectable()
export class LedgerRepository {
  constructor(private _entries: PrismaRepository<'ledgerEntry'>) {}

  getEntry(accountId: string, id: string) {
    return this._entries.model.ledgerEntry.findFirst({ where: { accountId, id } });
  }

  getEntries(accountId: string, ids: string[]) {
    return this._entries.model.ledgerEntry.findMany({ where: { accountId, id: { in: ids } } });
  }

  async voidEntries(accountId: string) {
    const open = await this._entries.model.ledgerEntry.findMany({ where: { accountId, voided: false } });
    for (const entry of open) {
      await this._entries.model.ledgerEntry.update({ where: { id: entry.id }, data: { voided: true } }); // expect: perf-coach/no-n-plus-one
    }
  }

  voidMany(accountId: string, ids: string[]) {
    return this._entries.model.ledgerEntry.updateMany({ where: { accountId, id: { in: ids } }, data: { voided: true } });
  }
}
