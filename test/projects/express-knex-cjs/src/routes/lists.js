const express = require('express');
const db = require('../db');
const segments = require('../models/segments');

const router = express.Router();

router.delete('/lists/:id/fields/:column', async (req, res) => {
  await db.transaction(async (tx) => {
    await tx('fields').where({ list_id: req.params.id, column: req.params.column }).del();
    await segments.pruneRulesByColumnTx(tx, req.params.id, req.params.column);
  });
  res.status(204).end();
});

module.exports = router;
