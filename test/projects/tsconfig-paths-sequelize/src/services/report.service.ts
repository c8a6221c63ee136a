import { LineItem } from '@app/models';

export class ReportService {
  static async lineCount(invoiceId: number): Promise<number> {
    return LineItem.count({ where: { invoiceId } });
  }

  static describe(count: number): string {
    return count === 1 ? '1 line' : `${count} lines`;
  }
}
