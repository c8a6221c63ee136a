import { Module } from '@nestjs/common';
import { PrismaService } from '@ledger/database';
import { AccountsController } from './accounts/accounts.controller';
import { AccountsRepository } from './accounts/accounts.repository';
import { AccountsService } from './accounts/accounts.service';
import { BillingService } from './billing/billing.service';
import { StatementProcessor } from './jobs/statement.processor';

@Module({
  controllers: [AccountsController],
  providers: [PrismaService, AccountsRepository, AccountsService, BillingService, StatementProcessor],
})
export class AppModule {}
