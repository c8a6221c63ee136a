'use strict';

const { MongoClient } = require('mongodb');

// Filled in by connect(), once, at start-up; every module reads them as `db.database`, `db.users`.
module.exports.database = false;
module.exports.users = false;

module.exports.connect = callback => {
    MongoClient.connect(process.env.MONGO_URL, (err, client) => {
        if (err) {
            return callback(err);
        }
        module.exports.database = client.db('mail');
        module.exports.users = client.db('users');
        callback();
    });
};
