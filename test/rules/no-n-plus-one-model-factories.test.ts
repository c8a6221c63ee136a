import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * Model factories: a function handed the client (or the library's module) that makes a model from
 * it (`(sequelize, DataTypes) => sequelize.define(…)`, `(mongoose) => mongoose.model(…)`). Its
 * parameter has no type, so what it makes is known only at the call, from the argument.
 */
const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (model factories)', rule, {
  valid: [
    {
      name: 'a helper that runs a query on the model it is given hands back rows, not a model',
      filename: 'server/lib/rooms.js',
      code: ts`
        const Sequelize = require('sequelize');
        const sequelize = new Sequelize('hub', null, null, { dialect: 'postgres' });
        const defineRoom = (s, DataTypes) => s.define('room', { name: DataTypes.STRING });
        const fetchAll = (model) => model.findAll({ raw: true });
        async function names() {
          const rooms = await fetchAll(defineRoom(sequelize, Sequelize));
          return rooms.map((room) => room.update ? String(room.name) : room.name);
        }
        module.exports = { names };
      `,
    },
    {
      name: 'a factory called with something that is not a client makes nothing that queries',
      filename: 'server/lib/format.js',
      code: ts`
        const makeFormatter = (locale) => locale.toLowerCase();
        function labels(items) {
          return items.map((item) => makeFormatter(item.locale).find((x) => x === item.name));
        }
        module.exports = { labels };
      `,
    },
  ],
  invalid: [
    {
      name: "a model factory's own statics (`Revision.saveNoteRevision = function …`) called per item of async.each, whose last argument is the callback for when all are done",
      filename: 'lib/models/revision.js',
      code: ts`
        var async = require('async');
        module.exports = function (sequelize, DataTypes) {
          var Revision = sequelize.define('Revision', { noteId: DataTypes.UUID });
          Revision.saveNoteRevision = function (note, callback) {
            Revision.findAll({ where: { noteId: note.id } }).then((rows) => callback(null, rows));
          };
          Revision.saveAllNotesRevision = function (callback) {
            sequelize.models.Note.findAll({ where: { savedAt: null } }).then(function (notes) {
              async.each(notes, function (note, next) {
                Revision.saveNoteRevision(note, next);
              }, function (err) {
                return callback(err, notes);
              });
            });
          };
          return Revision;
        };
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 10 }],
    },
    {
      name: "a Typegoose model (getModelForClass) read once per id",
      filename: 'src/members/members.service.ts',
      code: ts`
        import { prop, getModelForClass } from '@typegoose/typegoose';
        class Member { @prop() public name?: string; }
        const Members = getModelForClass(Member);
        export async function notifyAll(ids: string[]) {
          for (const id of ids) {
            const member = await Members.findById(id);
            if (member) await notify(member);
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: 'a model made by a factory from the client, used in a loop',
      filename: 'server/lib/rooms.js',
      code: ts`
        const Sequelize = require('sequelize');
        const sequelize = new Sequelize('hub', null, null, { dialect: 'postgres' });
        function defineRoom(s, DataTypes) {
          const room = s.define('t_room', { name: DataTypes.STRING });
          room.associate = () => {};
          return room;
        }
        const Room = defineRoom(sequelize, Sequelize);
        async function rename(names) {
          for (const [id, name] of Object.entries(names)) {
            await Room.update({ name }, { where: { id } });
          }
        }
        module.exports = { rename };
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'a Mongoose model made by a factory from the module',
      filename: 'server/lib/audit.js',
      code: ts`
        const mongoose = require('mongoose');
        const defineAudit = (m) => m.model('Audit', new m.Schema({ deviceId: String }));
        const Audit = defineAudit(mongoose);
        async function history(deviceIds) {
          return Promise.all(deviceIds.map((deviceId) => Audit.find({ deviceId })));
        }
        module.exports = { history };
      `,
      errors: [{ messageId: 'perItem' }],
    },
  ],
});
