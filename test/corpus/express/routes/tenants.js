const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');
const { Tenant } = require('../models');

const router = express.Router();

async function queryTenant(tenant, sql, replacements) {
  const sequelize = new Sequelize(tenant.databaseUrl, { logging: false }); // expect: perf-coach/prefer-connection-pool
  try {
    return await sequelize.query(sql, { replacements, type: QueryTypes.SELECT });
  } finally {
    await sequelize.close();
  }
}

router.get('/:tenantId/usage', async (req, res, next) => {
  try {
    const tenant = await Tenant.findByPk(req.params.tenantId);
    if (!tenant) return res.sendStatus(404);
    const usage = await queryTenant(
      tenant,
      'SELECT feature, COUNT(*)::int AS calls FROM api_calls WHERE created_at >= :since GROUP BY feature',
      { since: req.query.since || new Date(Date.now() - 7 * 864e5).toISOString() },
    );
    res.json(usage);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
