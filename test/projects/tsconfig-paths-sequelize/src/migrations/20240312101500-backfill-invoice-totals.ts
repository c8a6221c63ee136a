import type { QueryInterface } from 'sequelize';
import { Invoice, LineItem } from '@app/models';

export async function up(_queryInterface: QueryInterface) {
  const invoices = await Invoice.findAll();
  for (const inv of invoices) {
    const total = await LineItem.sum('amountCents', { where: { invoiceId: inv.id } }); // ok: migration, runs once
    await inv.update({ totalCents: total }); // ok: migration, runs once
  }
}

export async function down() {
  // nothing to undo: totals are derived
}
