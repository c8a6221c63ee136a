const db = require('../../models');

/** Devices by selector, with each one's history. */
async function getBySelectors(selectors) {
  const devices = await Promise.all(selectors.map((selector) => db.Device.findOne({ where: { selector: db.normalizeSelector(selector) } }))); // expect: perf-coach/no-n-plus-one
  const history = await Promise.all(devices.map((device) => db.AuditEntry.find({ deviceId: device.id }).lean())); // expect: perf-coach/no-n-plus-one
  return devices.map((device, i) => ({ ...device.get({ plain: true }), history: history[i] })); // ok: formats rows in memory
}

/** One query for all of them. */
async function getBySelectorsBatched(selectors) {
  const normalized = selectors.map((selector) => db.normalizeSelector(selector)); // ok: a string helper, not a query
  return db.Device.findAll({ where: { selector: normalized } }); // ok: one query
}

module.exports = { getBySelectors, getBySelectorsBatched };
