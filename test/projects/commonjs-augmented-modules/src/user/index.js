'use strict';

const db = require('../database');

// The exports object is named and handed to the modules that add the rest of the methods.
const User = module.exports;

User.getUidsFromSet = async function (set, start, stop) {
	return db.getSortedSetRevRange(set, start, stop);
};

require('./auth')(User);
require('./data')(User);
