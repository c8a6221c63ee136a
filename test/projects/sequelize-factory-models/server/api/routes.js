const express = require('express');
const { saveParams, saveParamsBatched } = require('../lib/device/device.saveParams');
const { getBySelectors, getBySelectorsBatched } = require('../lib/device/device.getBySelectors');
const { renameRooms } = require('../lib/room/room.rename');

const router = express.Router();

router.post('/api/v1/device/:id/params', async (req, res) => {
  await saveParams({ id: req.params.id }, req.body.params);
  await saveParamsBatched({ id: req.params.id }, req.body.params);
  res.sendStatus(204);
});

router.get('/api/v1/devices', async (req, res) => {
  const selectors = String(req.query.selectors || '').split(',');
  res.json(req.query.batched ? await getBySelectorsBatched(selectors) : await getBySelectors(selectors));
});

router.patch('/api/v1/rooms', async (req, res) => {
  await renameRooms(req.body);
  res.sendStatus(204);
});

module.exports = router;
