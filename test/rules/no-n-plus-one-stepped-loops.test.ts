import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * Loops that are not written as loops: a function that calls itself for the next item of a list
 * (the callback style of older Node code), and a query iterated as it streams (`for await` over a
 * Mongoose query held in a variable), whose documents' own methods (`save`, `populate`) query.
 */
const ruleTester = createRuleTester();

const mongo = ts`
  const { MongoClient } = require('mongodb');
  const users = new MongoClient(process.env.MONGO_URL).db('app').collection('users');
`;

const mongoose = ts`
  import mongoose from 'mongoose';
  interface AreaType { name: string; children: string[] }
  const Area = mongoose.model<AreaType>('Area', new mongoose.Schema({ name: String }));
  type AreaDocument = mongoose.Document<unknown, any, AreaType> & AreaType;
`;

ruleTester.run('no-n-plus-one (stepped loops and streamed rows)', rule, {
  valid: [
    {
      name: 'a retry that calls itself until a counter runs out steps through no list',
      filename: 'src/jobs/ping.js',
      code: ts`
        ${mongo}
        exports.ping = function (cb) {
          let attempts = 0;
          function tryAgain() {
            if (attempts > 3) return cb(new Error('down'));
            users.findOne({ _id: 'health' }).then(() => cb(), () => { attempts++; tryAgain(); });
          }
          tryAgain();
        };
      `,
    },
    {
      name: 'a function that stops on an empty list but never calls itself is no loop',
      filename: 'src/jobs/first.js',
      code: ts`
        ${mongo}
        exports.first = function (ids, cb) {
          function load() {
            if (!ids.length) return cb(null);
            users.findOne({ _id: ids[0] }).then(cb);
          }
          load();
        };
      `,
    },
    {
      name: 'a function that reads a page and calls itself for the next page pages through a listing, one write per page',
      filename: 'src/jobs/import-tags.js',
      code: ts`
        ${mongo}
        async function importTags(api, after) {
          const tags = await api.listTags({ after, limit: 25 });
          if (!tags.length) return;
          await users.insertMany(tags.map((t) => ({ name: t.name })));
          return importTags(api, tags[tags.length - 1].id);
        }
        exports.importTags = importTags;
      `,
    },
    {
      name: 'a function that walks up a chain of parents stops on the path, but takes no item of it',
      filename: 'src/jobs/ancestors.js',
      code: ts`
        ${mongo}
        async function updateParents(area) {
          if (area.pathTokens.length <= 1) return;
          const parent = await users.findOne({ _id: area.parentId });
          await updateParents(parent);
        }
        exports.updateParents = updateParents;
      `,
    },
    {
      name: 'a query held in a variable and awaited once is one round trip',
      filename: 'src/jobs/areas.ts',
      code: ts`
        ${mongoose}
        export async function names() {
          const query = Area.find({ leaf: true });
          const areas = await query;
          return areas.map((a) => a.name);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a function that takes the next id off the list and calls itself when the query answers',
      filename: 'src/controllers/search.js',
      code: ts`
        ${mongo}
        exports.users = function (idList, cb) {
          const found = [];
          function next() {
            if (!idList.length) return cb(found);
            const uid = idList.shift();
            users.findOne({ _id: uid }, function (err, user) {
              found.push(user);
              next();
            });
          }
          next();
        };
      `,
      errors: [{ messageId: 'perItem', data: { call: 'users.findOne', repetition: 'item of `idList` (`next` calls itself for the next one, line 10)' } }],
    },
    {
      name: 'a function run in place that steps through the list by index',
      filename: 'src/controllers/playlists.js',
      code: ts`
        ${mongo}
        exports.counts = function (plIds, cb) {
          const out = [];
          (function next(i) {
            if (i >= plIds.length) return cb(out);
            users.countDocuments({ playlist: plIds[i] }).then(function (c) {
              out.push(c);
              next(i + 1);
            });
          })(0);
        };
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: "the app's own callback-style iteration helper (`snip.forEachArrayItem(list, fn, done)`)",
      filename: 'src/models/comment.js',
      code: ts`
        ${mongo}
        const snip = require('../snip');
        exports.notifyCommenters = function (uids, cb) {
          snip.forEachArrayItem(uids, function (uid, next) {
            users.updateOne({ _id: uid }, { $inc: { unread: 1 } }).then(() => next());
          }, cb);
        };
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'documents of a query held in a variable, iterated as they stream, saved one by one',
      filename: 'src/jobs/crags.ts',
      code: ts`
        ${mongoose}
        export async function visitAllCrags() {
          const iterator = Area.find({ leaf: true }).batchSize(10);
          for await (const crag of iterator) {
            const node: AreaDocument = crag;
            node.name = node.name.trim();
            await node.save();
          }
        }
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: 'a helper that populates a document typed as a Mongoose document, called per streamed row',
      filename: 'src/jobs/tree.ts',
      code: ts`
        ${mongoose}
        async function visit(node: AreaDocument) {
          const withChildren = await node.populate('children');
          return withChildren.children.length;
        }
        export async function updateAll() {
          let iterator = Area.find({ depth: 2 });
          for await (const root of iterator) await visit(root);
          iterator = Area.find({ depth: 1 });
          for await (const country of iterator) await country.populate('children');
        }
      `,
      errors: [{ messageId: 'perItemViaHelper' }, { messageId: 'perItem' }],
    },
  ],
});
