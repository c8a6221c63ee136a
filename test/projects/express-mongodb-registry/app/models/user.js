const mongodb = require('./mongodb.js');

exports.fetchById = function (uid) {
  return mongodb.collections.user.findOne({ _id: uid });
};

exports.fetchByIds = function (uids) {
  return mongodb.collections.user.find({ _id: { $in: uids } }).toArray();
};

exports.cachedName = function (uid) {
  return mongodb.caches.user.get(uid)?.name;
};
