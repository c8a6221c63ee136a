const express = require('express');
const fs = require('fs');
const path = require('path');
const mysql = require('mysql2/promise');
const Handlebars = require('handlebars');

const router = express.Router();

router.get('/monthly/:year/:month', async (req, res, next) => {
  const connection = await mysql.createConnection({ // expect: perf-coach/prefer-connection-pool
    host: process.env.DB_HOST,
    user: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    database: 'reporting',
  });
  try {
    const [rows] = await connection.execute(
      `SELECT region, SUM(total) AS revenue, COUNT(*) AS orders
         FROM orders
        WHERE YEAR(created_at) = ? AND MONTH(created_at) = ?
        GROUP BY region
        ORDER BY revenue DESC`,
      [req.params.year, req.params.month],
    );
    const source = fs.readFileSync(path.join(__dirname, '../templates/monthly.hbs'), 'utf8'); // expect: perf-coach/no-blocking-io
    const html = Handlebars.compile(source)({ rows, year: req.params.year, month: req.params.month });
    res.type('html').send(html);
  } catch (err) {
    next(err);
  } finally {
    await connection.end();
  }
});

module.exports = router;
