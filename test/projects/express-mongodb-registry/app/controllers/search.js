const mongodb = require('../models/mongodb.js');
const userModel = require('../models/user.js');

// An asynchronous loop written as a function that calls itself for the next id.
function withLastPosts(idList, cb) {
  const users = [];
  function next() {
    if (!idList.length) return cb(users);
    const uid = idList.shift();
    userModel.fetchById(uid).then(function (user) { // expect: perf-coach/no-n-plus-one
      users.push(user);
      next();
    });
  }
  next();
}

// A collection of the registry the database module fills when it connects.
async function followerCounts(ids) {
  const followers = [];
  for (const id of ids) {
    followers.push(await mongodb.collections.follow.countDocuments({ tId: id })); // expect: perf-coach/no-n-plus-one
  }
  return followers;
}

exports.controller = function (req, res) {
  const ids = String(req.query.ids).split(',');
  withLastPosts(ids.slice(), async function (users) {
    const followers = await followerCounts(ids);
    const names = ids.map((id) => userModel.cachedName(id)); // ok: a Map in memory, filled at start-up
    const all = await userModel.fetchByIds(ids); // ok: one query with $in for every id
    res.json({ users, followers, names, all });
  });
};
