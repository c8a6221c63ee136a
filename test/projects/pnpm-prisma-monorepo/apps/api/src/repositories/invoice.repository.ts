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

/**
 * Locks one invoice row for the caller's transaction. Extended clients have no clean type, so the
 * handle is taken loosely, as many apps do.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function lockInvoice(tx: any, id: string) {
  const rows = await tx.$queryRaw`SELECT * FROM "Invoice" WHERE id = ${id} FOR UPDATE`;
  return rows[0];
}

/** Reads amounts from whatever keyed store the caller hands in (a Map in practice). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function amountsFrom(store: any, ids: string[]) {
  return ids.map((id) => store.get(id) ?? 0);
}
