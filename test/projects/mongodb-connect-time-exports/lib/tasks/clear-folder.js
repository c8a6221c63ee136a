'use strict';

const db = require('../db');
const MessageHandler = require('../message-handler');

module.exports = async function clearFolder(task) {
    const messageHandler = new MessageHandler({ database: db.database, users: db.users });
    const cursor = db.database.collection('messages').find({ mailbox: task.mailbox });
    let message;
    while ((message = await cursor.next())) {
        await messageHandler.del(message); // expect: perf-coach/no-n-plus-one
        await db.database.collection('audit').insertOne({ message: message._id, action: 'deleted' }); // expect: perf-coach/no-n-plus-one
    }
    const rest = await db.database.collection('messages').find({ mailbox: task.archive }).toArray();
    await messageHandler.delMany(rest); // ok: one deleteMany for the list
};
