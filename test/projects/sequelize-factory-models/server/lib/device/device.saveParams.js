const db = require('../../models');

/** Writes the params a device reports, one by one. */
async function saveParams(device, params) {
  for (const param of params) {
    const existing = await db.DeviceParam.findOne({ where: { device_id: device.id, name: param.name } }); // expect: perf-coach/no-n-plus-one
    if (existing) {
      await existing.update({ value: param.value }); // expect: perf-coach/no-n-plus-one
    } else {
      await db.DeviceParam.create({ device_id: device.id, name: param.name, value: param.value }); // expect: perf-coach/no-n-plus-one
    }
  }
}

/** The same, read in one query first. */
async function saveParamsBatched(device, params) {
  const existing = await db.DeviceParam.findAll({ where: { device_id: device.id, name: params.map((p) => p.name) } }); // ok: one read for all params
  const byName = new Map(existing.map((row) => [row.name, row]));
  const missing = params.filter((p) => !byName.has(p.name)).map((p) => ({ device_id: device.id, name: p.name, value: p.value })); // ok: in memory
  await db.DeviceParam.bulkCreate(missing); // ok: one insert for all
}

module.exports = { saveParams, saveParamsBatched };
