import { Injectable } from '@nestjs/common';
import { PrismaService } from './prisma.service';

/**
 * One model of the client, injected by name: `constructor(private _entries: PrismaRepository<'ledgerEntry'>)`.
 * The client stays on `model`, so callers write `this._entries.model.ledgerEntry.findFirst(…)`.
 */
@Injectable()
export class PrismaRepository<T extends keyof PrismaService> {
  public model: Pick<PrismaService, T>;

  constructor(private _service: PrismaService) {
    this.model = this._service;
  }
}
