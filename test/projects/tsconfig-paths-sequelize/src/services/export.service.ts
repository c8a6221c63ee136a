import { Invoice } from '@app/models';
import { chunk } from '@utils/array';

/** CSV export of many invoices: 1,000 ids per query keeps the IN list and the reply bounded. */
export async function loadForExport(ids: number[]) {
  const rows: Invoice[] = [];
  for (const part of chunk(ids, 1000)) {
    rows.push(...(await Invoice.findAll({ where: { id: part } }))); // ok: chunked, one query per 1,000 ids
  }
  return rows;
}
