import { prisma, type Prisma } from '@acme/db';

export async function findInvoice(id: string) {
  return prisma.invoice.findUnique({ where: { id } });
}

export async function setInvoiceStatus(id: string, status: string) {
  return prisma.invoice.update({ where: { id }, data: { status } });
}

/** Runs on the caller's transaction client so the caller decides the boundaries. */
export async function addLedgerEntry(tx: Prisma.TransactionClient, invoiceId: string, amount: number) {
  return tx.ledgerEntry.create({ data: { invoiceId, amount } });
}
