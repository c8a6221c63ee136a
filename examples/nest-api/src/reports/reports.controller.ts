import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ReportsService } from './reports.service';

function startOfMonth(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

@Controller('reports')
export class ReportsController {
  constructor(private readonly reportsService: ReportsService) {}

  // GET /reports/orders.csv.gz?since=2024-01-01
  @Get('orders.csv.gz')
  @Header('Content-Type', 'application/gzip')
  @Header('Content-Disposition', 'attachment; filename="orders.csv.gz"')
  async ordersCsv(@Query('since') since?: string): Promise<StreamableFile> {
    const file = await this.reportsService.exportOrdersCsv(since ? new Date(since) : startOfMonth());
    return new StreamableFile(file);
  }
}
