const db = require('../db');

async function getUser(id) {
  return db('users').where({ id }).first();
}

async function getUsersByIds(ids) {
  return db('users').whereIn('id', ids);
}

function toProfile(user, following) {
  return { username: user.username, bio: user.bio, image: user.image, following: !!following };
}

module.exports = { getUser, getUsersByIds, toProfile };
