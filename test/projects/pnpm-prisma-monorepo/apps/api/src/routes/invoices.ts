import { Router } from 'express';
import { loadInvoice, settle } from '../services/invoice.service.js';

export const invoicesRouter = Router();

invoicesRouter.post('/invoices/settle', async (req, res) => {
  await settle(req.body.ids);
  res.sendStatus(204);
});

invoicesRouter.post('/invoices/batch', async (req, res) => {
  const ids: string[] = req.body.ids;
  const invoices = [];
  for (const id of ids) {
    invoices.push(await loadInvoice(id)); // expect: perf-coach/no-n-plus-one
  }
  res.json(invoices);
});
