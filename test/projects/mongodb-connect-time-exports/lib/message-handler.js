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

    async moveAsync(options) {
        return await this.database.collection('messages').findOneAndUpdate({ _id: options.message._id }, { $set: { mailbox: options.target } });
    }

    // Callback style, as older handlers are written; tasks wrap it with util.promisify.
    update(message, changes, callback) {
        this.database.collection('messages').updateOne({ _id: message._id }, { $set: changes }).then(() => callback(null, true), callback);
    }

    async delMany(messages) {
        // ok: one statement for all of them
        await this.database.collection('messages').deleteMany({ _id: { $in: messages.map(m => m._id) } });
    }
}

module.exports = MessageHandler;
