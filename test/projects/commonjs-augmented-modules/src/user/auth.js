'use strict';

const db = require('../database');

module.exports = function (User) {
	User.auth = {};

	User.auth.getSessions = async function (uid) {
		return db.getSortedSetRevRange(`uid:${uid}:sessions`, 0, -1);
	};

	User.auth.formatSession = function (session) {
		return { id: session.id, ip: session.ip };
	};
};
