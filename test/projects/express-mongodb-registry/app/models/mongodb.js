// Wraps the database: the handle and the collections are set when the app connects.
const mongodb = require('mongodb');

exports.collections = {};
exports.caches = {};

exports.init = function (url, ready) {
  const client = new mongodb.MongoClient(url);
  exports._db = client.db('curation');
  ready(null, exports._db);
};

// Run once after `init`: every collection of the database, under its own name.
exports.cacheCollections = async function () {
  const collections = await exports._db.collections();
  for (const coll of collections) {
    const name = coll.collectionName;
    exports.collections[name] = exports._db.collection(name);
    exports.caches[name] = new Map();
  }
};
