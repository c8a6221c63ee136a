const path = require('path');

// One instance per model or controller class, made on first use and shared after.
const instances = new Map();

function instanceOf(Cls, ...args) {
  if (!instances.get(Cls)) {
    instances.set(Cls, new Cls(args));
  }
  return instances.get(Cls);
}

module.exports = {
  root: path.resolve(__dirname, '..'),
  instanceOf,
};
