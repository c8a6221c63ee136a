import express from 'express';
import { ordersRouter } from './routes/orders.js';
import { invoicesRouter } from './routes/invoices.js';

const app = express();
app.use(express.json());
app.use(ordersRouter);
app.use(invoicesRouter);

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log('api listening');
});
