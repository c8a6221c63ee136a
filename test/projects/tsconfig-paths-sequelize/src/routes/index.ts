import { Router } from 'express';
import * as invoices from '@app/controllers/invoice.controller';
import reports from './reports';

const router = Router();
router.get('/invoices', invoices.getMany);
router.get('/invoices/batched', invoices.getManyBatched);
router.get('/invoices/totals', invoices.withTotals);
router.get('/invoices/customers', invoices.withCustomers);
router.get('/customers/:customerId/invoices/eur', invoices.inEuro);
router.use(reports);

export default router;
