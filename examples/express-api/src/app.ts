import express, { type NextFunction, type Request, type Response } from 'express';
import pinoHttp from 'pino-http';
import { config } from './config';
import { logger } from './logger';
import { ordersRouter } from './routes/orders';
import { reportsRouter } from './routes/reports';
import { usersRouter } from './routes/users';

const app = express();

app.disable('x-powered-by');
app.use(express.json({ limit: '100kb' }));
// Gives every request `req.log`, a child of the app logger tagged with a request id.
app.use(pinoHttp({ logger }));

app.use('/orders', ordersRouter);
app.use('/users', usersRouter);
app.use('/reports', reportsRouter);

// Express 5 forwards rejected handler promises here. Errors raised by Express itself
// (body too large, file not found) carry an HTTP status; anything else is a 500.
app.use((err: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) => {
  const status = err.status ?? 500;
  if (status >= 500) req.log.error({ err }, 'request failed');
  res.status(status).json({ error: status >= 500 ? 'Internal Server Error' : err.message });
});

app.listen(config.port, () => {
  console.log(`orders-api listening on http://localhost:${config.port}`);
});
