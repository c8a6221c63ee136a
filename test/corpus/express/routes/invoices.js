// trap: perf-coach/no-sequential-await — awaits inside a transaction callback depend on each other and on the row lock
const express = require('express');
const { sequelize, Invoice, InvoiceLine, Customer } = require('../models');

const router = express.Router();

class NotFoundError extends Error {
  constructor(what) {
    super(`${what} not found`);
    this.status = 404;
  }
}

router.post('/', async (req, res, next) => {
  const { customerId, lines = [] } = req.body;
  try {
    const invoice = await sequelize.transaction(async (t) => {
      const customer = await Customer.findByPk(customerId, { transaction: t, lock: t.LOCK.UPDATE });
      if (!customer) throw new NotFoundError('customer');
      const created = await Invoice.create(
        { customerId, number: customer.nextInvoiceNumber, currency: customer.currency },
        { transaction: t },
      );
      for (const [index, line] of lines.entries()) {
        await InvoiceLine.create({ invoiceId: created.id, position: index + 1, ...line }, { transaction: t }); // expect: perf-coach/no-n-plus-one (one insert per line even in a transaction: bulkCreate sends them together)
      }
      await customer.increment('nextInvoiceNumber', { transaction: t });
      return created;
    });
    res.status(201).json(invoice);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
