'use strict';

const express = require('express');
const mysql = require('mysql2');

const db = mysql.createConnection({ // expect: perf-coach/prefer-connection-pool
  host: process.env.MYSQL_HOST || 'localhost',
  user: process.env.MYSQL_USER || 'inventory',
  password: process.env.MYSQL_PASSWORD,
  database: 'inventory',
});
db.connect();

const router = express.Router();

router.get('/items', (req, res, next) => {
  db.query(
    'SELECT id, sku, qty, updated_at FROM items WHERE warehouse_id = ? ORDER BY sku',
    [req.query.warehouse],
    (err, rows) => {
      if (err) return next(err);
      res.json(rows);
    },
  );
});

router.post('/items/:id/adjust', (req, res, next) => {
  const delta = Number(req.body.delta);
  if (!Number.isInteger(delta)) return res.status(400).json({ error: 'delta must be an integer' });
  db.query('UPDATE items SET qty = qty + ? WHERE id = ?', [delta, req.params.id], (err, result) => {
    if (err) return next(err);
    res.json({ updated: result.affectedRows });
  });
});

module.exports = router;
