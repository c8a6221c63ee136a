import { Meteor } from 'meteor/meteor';
import { Links } from '/imports/api/links';

Meteor.methods({
  'cards.archiveMany'(cardIds) {
    for (const cardId of cardIds) {
      Cards.update(cardId, { $set: { archived: true } }); // expect: perf-coach/no-n-plus-one
    }
  },

  async 'links.titles'(linkIds) {
    return Promise.all(linkIds.map((id) => Links.findOneAsync(id))); // expect: perf-coach/no-n-plus-one
  },

  // Look-alike: one query for every card of the board, whatever its size.
  'cards.ofBoard'(boardId) {
    return Cards.find({ boardId }).fetch(); // ok: one query for the whole board
  },

  // Look-alike: a capitalised global that is not a collection (an in-memory list of the app's own).
  'colors.names'(ids) {
    return ids.map((id) => Colors.find((c) => c.id === id)); // ok: an array search in memory, not a collection
  },

  'projects.remove'(projectId) {
    const members = Meteor.users.find({ [`roles.${projectId}`]: { $exists: true } }, { fields: { roles: 1 } }).fetch();
    members.forEach((u) => Meteor.users.update({ _id: u._id }, { $unset: { [`roles.${projectId}`]: '' } })); // expect: perf-coach/no-n-plus-one
  },

  // Look-alike: one update of every member at once.
  'projects.removeAll'(projectId) {
    Meteor.users.update({ [`roles.${projectId}`]: { $exists: true } }, { $unset: { [`roles.${projectId}`]: '' } }, { multi: true }); // ok: one update
  },

  async 'links.count'() {
    return Links.countDocuments({}); // ok: one count, no loop
  },
});
