import { Invoice, LineItem } from '@app/models';

const invoiceService = {
  async totalFor(invoiceId: number): Promise<number> {
    return LineItem.sum('amountCents', { where: { invoiceId } });
  },

  async byIds(ids: number[]) {
    return Invoice.findAll({ where: { id: ids }, include: [{ association: 'lines' }] });
  },
};

export default invoiceService;
