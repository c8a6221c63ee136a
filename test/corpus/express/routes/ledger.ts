import { Router } from 'express';
import { Client } from 'pg';

const client = new Client({ connectionString: process.env.LEDGER_DATABASE_URL }); // expect: perf-coach/prefer-connection-pool
client.connect().catch((err) => {
  process.stderr.write(`ledger database unavailable: ${err.message}\n`);
  process.exit(1);
});

export const ledgerRouter = Router();

ledgerRouter.get('/accounts/:id/entries', async (req, res, next) => {
  try {
    const { rows: [account] } = await client.query('SELECT id, currency FROM accounts WHERE id = $1', [req.params.id]);
    if (!account) return res.sendStatus(404);
    const { rows: entries } = await client.query(
      'SELECT id, amount_minor, memo, booked_at FROM entries WHERE account_id = $1 ORDER BY booked_at DESC LIMIT 200',
      [account.id],
    );
    res.json({ account, entries });
  } catch (err) {
    next(err);
  }
});

ledgerRouter.post('/transfers', async (req, res, next) => {
  const { from, to, amountMinor, memo } = req.body;
  try {
    await client.query('BEGIN');
    await client.query('INSERT INTO entries (account_id, amount_minor, memo) VALUES ($1, $2, $3)', [from, -amountMinor, memo]);
    await client.query('INSERT INTO entries (account_id, amount_minor, memo) VALUES ($1, $2, $3)', [to, amountMinor, memo]);
    await client.query('COMMIT');
    res.status(201).json({ ok: true });
  } catch (err) {
    await client.query('ROLLBACK');
    next(err);
  }
});
