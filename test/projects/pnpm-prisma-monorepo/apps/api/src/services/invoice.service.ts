import { prisma } from '@acme/db';
import { addLedgerEntry, findInvoice, setInvoiceStatus } from '../repositories/invoice.repository.js';

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
