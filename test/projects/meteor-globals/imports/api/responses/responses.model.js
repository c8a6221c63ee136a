import mongoose from 'mongoose';

// The model exists on the server only: the client bundle gets an empty module.
if (Meteor.isServer) {
    const responses = new mongoose.Schema({ projectId: String, key: String, values: Array });
    responses.index({ projectId: 1, key: 1 }, { unique: true });
    module.exports = mongoose.model('BotResponses', responses, 'botResponses');
}
