'use strict';

const db = require('../database');

module.exports = function (User) {
	User.getUserFields = async function (uid, fields) {
		return db.getObjectFields(`user:${uid}`, fields);
	};

	User.getUsersFields = async function (uids, fields) {
		return db.getObjectsFields(uids.map((uid) => `user:${uid}`), fields);
	};
};
