'use strict';
// The store is opened at start-up; its methods become this module's exports only then, one by one.
import { Database } from 'ueberdb2';

exports.db = null;

exports.init = async (type: string, settings: object) => {
  exports.db = new Database(type, settings);
  await exports.db.init();
  for (const name of ['get', 'set', 'getSub', 'setSub', 'remove', 'findKeys']) {
    const method = exports.db[name];
    exports[name] = async (...args: unknown[]) => await method.call(exports.db, ...args);
  }
};

exports.shutdown = async () => {
  if (exports.db != null) await exports.db.close();
  exports.db = null;
};
