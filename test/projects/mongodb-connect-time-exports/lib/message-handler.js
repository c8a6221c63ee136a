'use strict';

class MessageHandler {
    constructor(options) {
        this.database = options.database;
        this.users = options.users;
    }

    async del(message) {
        await this.database.collection('messages').deleteOne({ _id: message._id });
        await this.users.collection('users').updateOne({ _id: message.user }, { $inc: { storageUsed: -message.size } });
    }

    async delMany(messages) {
        // ok: one statement for all of them
        await this.database.collection('messages').deleteMany({ _id: { $in: messages.map(m => m._id) } });
    }
}

module.exports = MessageHandler;
