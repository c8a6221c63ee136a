import { Invoice } from './Invoice';

export async function markReminded(invoiceIds: number[]) {
  for (const id of invoiceIds) {
    await Invoice.query().patch({ reminded: true }).where('id', id); // expect: perf-coach/no-n-plus-one
  }
}
