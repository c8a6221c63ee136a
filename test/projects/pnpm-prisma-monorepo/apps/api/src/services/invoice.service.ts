import { prisma } from '@acme/db';
import { addLedgerEntry, amountsFrom, findInvoice, lockInvoice, setInvoiceStatus } from '../repositories/invoice.repository.js';

export async function markPaid(invoiceId: string) {
  // A helper that calls a repository that calls the client: two modules away from the query.
  return setInvoiceStatus(invoiceId, 'PAID');
}

export async function loadInvoice(id: string) {
  return findInvoice(id);
}

export async function settle(invoiceIds: string[]) {
  for (const id of invoiceIds) {
    await markPaid(id); // expect: perf-coach/no-n-plus-one
  }
}

export async function postPayments(payments: Array<{ invoiceId: string; amount: number }>) {
  await prisma.$transaction(async (tx) => {
    for (const p of payments) {
      await addLedgerEntry(tx, p.invoiceId, p.amount); // ok: ordered writes inside the caller's transaction
    }
  });
}

export async function voidInvoices(invoiceIds: string[]) {
  await prisma.$transaction(async (tx) => {
    for (const id of invoiceIds) {
      const invoice = await lockInvoice(tx, id); // expect: perf-coach/no-n-plus-one
      if (invoice?.status !== 'PAID') await tx.invoice.update({ where: { id }, data: { status: 'VOID' } }); // expect: perf-coach/no-n-plus-one
    }
  });
}

export function pendingTotal(invoiceIds: string[], cached: Map<string, number>) {
  return amountsFrom(cached, invoiceIds).reduce((a: number, b: number) => a + b, 0); // ok: the helper's untyped store is a Map here
}
