'use strict';

const db = require('../db');

module.exports = server => {
    server.post('/users/:user/mailboxes/rename', async (req, res) => {
        // ok: one bulkWrite carries every rename
        await db.database.collection('mailboxes').bulkWrite(req.body.renames.map(r => ({ updateOne: { filter: { _id: r.id }, update: { $set: { path: r.path } } } })));
        res.json({ success: true });
    });

    server.get('/users/:user/mailboxes', async (req, res) => {
        const mailboxes = await db.database.collection('mailboxes').find({ user: req.params.user }).toArray();
        const counters = await Promise.all(
            mailboxes.map(mailbox => db.database.collection('messages').countDocuments({ mailbox: mailbox._id })) // expect: perf-coach/no-n-plus-one
        );
        res.json({ mailboxes, counters });
    });
};
