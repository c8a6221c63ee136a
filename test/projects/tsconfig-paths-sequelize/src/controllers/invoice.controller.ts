import type { Request, Response } from 'express';
import { Customer, Invoice } from '@app/models';
import invoiceService from '@app/services/invoice.service';
import { getCurrency } from '@utils/currency-cache';
import { findInvoiceErrors } from '@utils/validators';

export async function getMany(req: Request, res: Response) {
  const ids = String(req.query.ids).split(',').map(Number);
  const invoices = await Promise.all(ids.map((id) => Invoice.findByPk(id))); // expect: perf-coach/no-n-plus-one
  res.json(invoices);
}

export async function getManyBatched(req: Request, res: Response) {
  const ids = String(req.query.ids).split(',').map(Number);
  const invoices = await invoiceService.byIds(ids); // ok: one query with WHERE id IN (…)
  res.json(invoices.map((inv) => ({ ...inv.toJSON(), errors: findInvoiceErrors(inv) }))); // ok: validator, no query
}

export async function withTotals(req: Request, res: Response) {
  const invoices = await Invoice.findAll({ where: { status: 'sent' } });
  const out = [];
  for (const inv of invoices) {
    const total = await invoiceService.totalFor(inv.id); // expect: perf-coach/no-n-plus-one
    out.push({ id: inv.id, total });
  }
  res.json(out);
}

export async function withCustomers(req: Request, res: Response) {
  const invoices = await Invoice.findAll({ where: { status: req.query.status as string } });
  const out = [];
  for (const inv of invoices) {
    const customer = await Customer.findByPk(inv.customerId); // expect: perf-coach/no-n-plus-one
    out.push({ ...inv.toJSON(), customer });
  }
  res.json(out);
}

export async function inEuro(req: Request, res: Response) {
  const invoices = await Invoice.findAll({ where: { customerId: Number(req.params.customerId) } });
  const out = [];
  for (const inv of invoices) {
    const currency = await getCurrency(inv.currency); // ok: LRU-cached lookup of a small reference table
    out.push({ id: inv.id, eur: inv.totalCents * Number(currency?.rateToEur ?? 1) });
  }
  res.json(out);
}
