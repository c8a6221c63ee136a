import { prisma } from '@acme/db';

// Reads the invoice only when asked to: most callers only need the rules.
export async function invoicePermissions(args: { id: string; fetchData: boolean; rules: string[] }) {
  const { id, fetchData, rules } = args;
  const invoice = fetchData ? await prisma.invoice.findUnique({ where: { id } }) : undefined;
  return rules.map((rule) => ({ rule, allowed: !invoice || invoice.status !== 'LOCKED' }));
}
