import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { AccountsService } from './accounts.service';

@Controller('accounts')
export class AccountsController {
  constructor(private readonly accountsService: AccountsService) {}

  @Post('bulk')
  async bulk(@Body() body: { ids: string[] }) {
    const accounts = [];
    for (const id of body.ids) {
      // controller → service → repository → PrismaService from a workspace package
      accounts.push(await this.accountsService.getAccount(id)); // expect: perf-coach/no-n-plus-one
    }
    return accounts;
  }

  @Post('bulk-batched')
  bulkBatched(@Body() body: { ids: string[] }) {
    return this.accountsService.getAccounts(body.ids); // ok: one findMany with in
  }

  @Get('masked')
  masked(@Query('ibans') ibans: string) {
    return ibans.split(',').map((iban) => this.accountsService.maskIban(iban)); // ok: service method that formats
  }
}
