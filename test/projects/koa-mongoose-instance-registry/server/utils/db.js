const mongoose = require('mongoose');
const desk = require('../desk.js');

// A model of the app's own connection: the name doubles as the collection's.
function model(name, schema) {
  const s = schema instanceof mongoose.Schema ? schema : new mongoose.Schema(schema);
  s.set('autoIndex', false);
  return mongoose.model(name, s, name);
}

function connect() {
  return mongoose.connect(process.env.MONGO_URL, { useNewUrlParser: true });
}

// Set on the shared object so that every model module reaches it as `desk.db`.
desk.db = model;

module.exports = { model, connect };
