'use strict';

const util = require('util');
const db = require('../db');

// The worker hands the shared handlers in an options object; `run` is the module's own.
let run = async (task, data, options) => {
    const messageHandler = options.messageHandler;
    const { flags } = options;
    const updateMessage = util.promisify(messageHandler.update.bind(messageHandler));

    const cursor = db.database.collection('messages').find(data.query);
    let message;
    while ((message = await cursor.next())) {
        if (data.action === 'move') {
            await messageHandler.moveAsync({ message, target: data.target }); // expect: perf-coach/no-n-plus-one
        } else {
            await updateMessage(message, data.changes); // expect: perf-coach/no-n-plus-one
        }
        flags.mark(message._id); // ok: a Map of the worker's own, in memory
    }
};

module.exports = (task, data, options, callback) => {
    run(task, data, options)
        .then(result => callback(null, result))
        .catch(callback);
};
