// Meteor's collections (src/analysis/libraries/meteor.ts): imported from a module, or assigned to a
// global in the same file. Globals assigned in another module need the project model (test/projects/meteor-globals).
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (Meteor collections)', rule, {
  valid: [
    {
      name: 'one find over the whole board, fetched once; a capitalised global that is not a collection',
      filename: 'server/methods.js',
      code: ts`
        Cards = new Mongo.Collection('cards');
        Meteor.methods({
          'cards.ofBoard'(boardId) {
            return Cards.find({ boardId }).fetch();
          },
          'colors.names'(ids) {
            return ids.map((id) => Palette.findColor(id));
          },
        });
      `,
    },
    {
      name: 'one $in read for every id',
      filename: 'server/methods.js',
      code: ts`
        import { Mongo } from 'meteor/mongo';
        const Links = new Mongo.Collection('links');
        export async function titles(ids) {
          return Links.find({ _id: { $in: ids } }).fetchAsync();
        }
      `,
    },
    {
      name: 'in the browser a collection is minimongo, an in-memory cache: code under client/ and under Meteor.isClient sends no round trip',
      filename: 'client/components/cards.js',
      code: ts`
        Cards = new Mongo.Collection('cards');
        export function titles(cardIds) {
          return cardIds.map((id) => Cards.findOne(id).title);
        }
      `,
    },
    {
      name: 'a shared file: only the Meteor.isClient branch is in the browser',
      filename: 'models/cards.js',
      code: ts`
        Cards = new Mongo.Collection('cards');
        export function titles(cardIds) {
          if (Meteor.isClient) {
            return cardIds.map((id) => Cards.findOne(id).title);
          }
          return [];
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a legacy global collection (no import), updated once per id, synchronously as Meteor 2 servers do',
      filename: 'server/methods.js',
      code: ts`
        Cards = new Mongo.Collection('cards');
        Meteor.methods({
          'cards.archiveMany'(cardIds) {
            for (const cardId of cardIds) Cards.update(cardId, { $set: { archived: true } });
          },
        });
      `,
      errors: [{ messageId: 'perItem', line: 4, data: { call: 'Cards.update', repetition: 'item of `cardIds` (loop at line 4)' } }],
    },
    {
      name: "a collection made from meteor/mongo's Mongo, read with the Meteor 3 async twin once per id",
      filename: 'imports/api/links.js',
      code: ts`
        import { Mongo } from 'meteor/mongo';
        export const Links = new Mongo.Collection('links');
        export async function titles(ids) {
          return Promise.all(ids.map((id) => Links.findOneAsync(id)));
        }
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
  ],
});
