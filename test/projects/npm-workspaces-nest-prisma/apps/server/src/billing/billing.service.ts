import { Injectable } from '@nestjs/common';
import { AccountsService } from '@/accounts/accounts.service';
import { PrismaService } from '@ledger/database';

@Injectable()
export class BillingService {
  private readonly planCache = new Map<string, { id: string; priceCents: number }>();

  constructor(
    private readonly accounts: AccountsService,
    private readonly prisma: PrismaService,
  ) {}

  /** Plans are a handful of rows; read once, then served from memory. */
  async plan(id: string) {
    const cached = this.planCache.get(id);
    if (cached) return cached;
    const plan = await this.prisma.plan.findUniqueOrThrow({ where: { id } });
    this.planCache.set(id, plan);
    return plan;
  }

  async invoiceAll(subscriptions: Array<{ accountId: string; planId: string }>) {
    const lines = [];
    for (const sub of subscriptions) {
      const plan = await this.plan(sub.planId); // ok: Map-cached lookup of a handful of plans
      lines.push({ accountId: sub.accountId, cents: plan.priceCents });
    }
    await this.prisma.invoiceLine.createMany({ data: lines });
  }

  async owners(subscriptions: Array<{ accountId: string }>) {
    return Promise.all(subscriptions.map((s) => this.accounts.getAccount(s.accountId))); // ok: the chain ends in prisma findUnique, which Prisma gathers across one tick into one query
  }
}
