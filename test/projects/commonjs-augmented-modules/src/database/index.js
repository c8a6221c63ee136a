'use strict';

// The forum's data layer: one Redis client, wrapped in functions named for what they read.
const redis = require('redis');

const client = redis.createClient({ url: process.env.REDIS_URL });

module.exports = {
	client,
	getSortedSetRevRange: (key, start, stop) => client.zRange(key, start, stop, { REV: true }),
	getObjectFields: (key, fields) => client.hmGet(key, fields),
	getObjectsFields: (keys, fields) => Promise.all(keys.map((key) => client.hmGet(key, fields))), // expect: perf-coach/no-n-plus-one
};
