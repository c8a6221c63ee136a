'use strict';

const user = require('../../user');

module.exports = {
	async sessions(req, res) {
		const uids = await user.getUidsFromSet('users:online', 0, 49);
		const sessions = [];
		for (const uid of uids) {
			sessions.push(await user.auth.getSessions(uid)); // expect: perf-coach/no-n-plus-one
		}
		const names = await Promise.all(uids.map((uid) => user.getUserFields(uid, ['username']))); // expect: perf-coach/no-n-plus-one
		const fields = await user.getUsersFields(uids, ['username']); // ok: one call for all users
		res.json({ sessions: sessions.map((s) => s.map(user.auth.formatSession)), names, fields }); // ok: formats in memory
	},
};
