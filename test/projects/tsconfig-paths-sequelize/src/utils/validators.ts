/** Same shape of name as a data-access helper; pure checks only. */
export function findInvoiceErrors(invoice: { status: string; totalCents: number }): string[] {
  const errors: string[] = [];
  if (!['draft', 'sent', 'paid'].includes(invoice.status)) errors.push(`unknown status ${invoice.status}`);
  if (invoice.totalCents < 0) errors.push('negative total');
  return errors;
}
