'use strict';

const restify = require('restify');
const db = require('./lib/db');
const MessageHandler = require('./lib/message-handler');
const FlagCache = require('./lib/flag-cache');
const mailboxesRoutes = require('./lib/api/mailboxes');
const messagesRoutes = require('./lib/api/messages');

const server = restify.createServer();

db.connect(() => {
    const messageHandler = new MessageHandler({ database: db.database, users: db.users });
    mailboxesRoutes(server);
    messagesRoutes(server, messageHandler, new FlagCache());
    server.listen(8080);
});
