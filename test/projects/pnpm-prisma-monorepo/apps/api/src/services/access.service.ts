import { invoicePermissions } from '../lib/permissions.js';

export async function rulesOverview(invoiceIds: string[], rules: string[]) {
  const out: Record<string, unknown> = {};
  for (const id of invoiceIds) {
    out[id] = await invoicePermissions({ id, fetchData: false, rules }); // ok: the helper reads nothing when fetchData is false
  }
  return out;
}

export async function lockedInvoices(invoiceIds: string[], rules: string[]) {
  const out: Record<string, unknown> = {};
  for (const id of invoiceIds) {
    out[id] = await invoicePermissions({ id, fetchData: true, rules }); // expect: perf-coach/no-n-plus-one
  }
  return out;
}
