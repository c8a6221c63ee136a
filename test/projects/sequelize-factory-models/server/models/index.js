const Sequelize = require('sequelize');
const mongoose = require('mongoose');
const getConfig = require('../utils/getConfig');

const RoomModel = require('./room');
const DeviceModel = require('./device');
const DeviceParamModel = require('./device_param');
const AuditEntryModel = require('./audit_entry');

const config = getConfig();
const sequelize = new Sequelize('hub', null, null, config);

const models = {
  Room: RoomModel(sequelize, Sequelize),
  Device: DeviceModel(sequelize, Sequelize),
  DeviceParam: DeviceParamModel(sequelize, Sequelize),
};

// Relations between models, set up once when the module loads.
Object.values(models)
  .filter((model) => typeof model.associate === 'function')
  .forEach((model) => model.associate(models)); // ok: wiring in memory at start-up

const db = {
  ...models,
  AuditEntry: AuditEntryModel(mongoose),
  sequelize,
  // Not a model: a pure helper that shares the object.
  normalizeSelector: (name) => name.trim().toLowerCase().replace(/\s+/g, '-'),
};

module.exports = db;
