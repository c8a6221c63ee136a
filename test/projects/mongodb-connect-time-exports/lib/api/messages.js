'use strict';

const db = require('../db');

// Routes get the handlers the API server made at start-up as arguments.
module.exports = (server, messageHandler, flags) => {
    server.del('/users/:user/mailboxes/:mailbox/messages', async (req, res) => {
        const messages = await db.database.collection('messages').find({ mailbox: req.params.mailbox }).toArray();
        for (const message of messages) {
            await messageHandler.del(message); // expect: perf-coach/no-n-plus-one
            flags.clear(message._id); // ok: in memory
        }
        // ok: one deleteMany for the list
        await messageHandler.delMany(messages);
        res.json({ success: true });
    });
};
