import { Injectable } from '@nestjs/common';
import { createTool } from '@mastra/core/tools';
import { LedgerRepository } from '../../ledger/ledger.repository';

/** A tool the assistant calls while answering a user: it runs on that user's request, not at start-up. */
@Injectable()
export class ReconcileTool {
  constructor(private _ledger: LedgerRepository) {}

  run() {
    return createTool({
      id: 'reconcile',
      execute: async (input: { accountId: string; entryIds: string[] }) => {
        const found = [];
        for (const id of input.entryIds) {
          found.push(await this._ledger.getEntry(input.accountId, id)); // expect: perf-coach/no-n-plus-one
        }
        const again = await this._ledger.getEntries(input.accountId, input.entryIds); // ok: one query for the list
        return { found, again };
      },
    });
  }
}
