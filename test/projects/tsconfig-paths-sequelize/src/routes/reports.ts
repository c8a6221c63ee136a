import { Router } from 'express';
import { Invoice } from '@app/models';
import { ReportService } from '@app/services/report.service';

const router = Router();

router.get('/reports/line-counts', async (req, res) => {
  const invoices = await Invoice.findAll({ attributes: ['id'], where: { customerId: Number(req.query.customer) } });
  const counts: Record<number, string> = {};
  for (const inv of invoices) {
    const n = await ReportService.lineCount(inv.id); // expect: perf-coach/no-n-plus-one
    counts[inv.id] = ReportService.describe(n); // ok: static helper that only formats
  }
  res.json(counts);
});

export default router;
