'use strict';

const db = require('./lib/db');
const MessageHandler = require('./lib/message-handler');
const FlagCache = require('./lib/flag-cache');
const { Purger } = require('./lib/purger');
const taskSearchApply = require('./lib/tasks/search-apply');

let messageHandler;
let flags;
let purger;

function processTask(task, callback) {
    switch (task.type) {
        case 'search-apply':
            return taskSearchApply(task, task.data, { messageHandler, flags }, callback);
        case 'purge':
            return purger.purge(task.messages).then(() => callback(), callback);
    }
}

db.connect(() => {
    messageHandler = new MessageHandler({ database: db.database, users: db.users });
    flags = new FlagCache();
    purger = new Purger({ messageHandler, flags });
    setInterval(async () => {
        const task = await db.database.collection('tasks').findOneAndDelete({});
        if (task) processTask(task, () => {});
    }, 1000);
});
