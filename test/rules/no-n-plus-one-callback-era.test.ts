// Shapes of older, callback-era and MongoDB-driver code, each from a real app the rule missed:
// Mongoose statics that query through `this`, caolan's `async.waterfall` steps, a cursor drained by
// the first statement of a `while` body, a Redis MULTI sent once per item, an iteration helper handed
// a function by name, and a loop variable the body overwrites.
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

const mongo = ts`
  const { MongoClient } = require('mongodb');
  const client = new MongoClient(process.env.MONGO_URL);
  const db = client.db('app');
`;

ruleTester.run('no-n-plus-one (callback-era shapes)', rule, {
  valid: [
    {
      name: 'a `statics` object that is not a Mongoose schema: `this` is whatever the caller binds',
      filename: 'server/models/helpers.js',
      code: ts`
        const registry = { statics: {} };
        registry.statics.touchAll = async function (ids) {
          for (const id of ids) await this.updateOne({ _id: id }, { t: Date.now() });
        };
        module.exports = registry;
      `,
    },
    {
      name: 'async.waterfall outside any loop: its steps run once',
      filename: 'server/routes/user.js',
      code: ts`
        ${mongo}
        const async = require('async');
        exports.show = (req, res, next) => {
          async.waterfall([
            (cb) => db.collection('users').findOne({ _id: req.params.id }, cb),
            (user, cb) => db.collection('teams').findOne({ _id: user.teamId }, cb),
          ], (err, team) => (err ? next(err) : res.json(team)));
        };
      `,
    },
    {
      name: 'a retry loop whose body first awaits a request, not the next row of a cursor',
      filename: 'server/jobs/ping.js',
      code: ts`
        ${mongo}
        async function ping(service) {
          let ok = false;
          while (!ok) {
            ok = await service.check();
            if (!ok) await db.collection('beats').insertOne({ at: new Date() });
          }
        }
        module.exports = { ping };
      `,
    },
    {
      name: 'a Redis pipeline filled over the loop and sent once after it',
      filename: 'server/jobs/flush.ts',
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function flush(ids: string[]) {
          const pipe = redis.pipeline();
          for (const id of ids) pipe.del(\`p:\${id}\`);
          await pipe.exec();
        }
      `,
    },
    {
      name: 'an iteration helper handed a function by name that only formats the item',
      filename: 'server/jobs/export.ts',
      code: ts`
        import pMap from 'p-map';
        function format(row: { id: string }) {
          return { id: row.id.toUpperCase() };
        }
        export async function exportRows(rows: { id: string }[]) {
          return pMap(rows, format, { concurrency: 4 });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a Mongoose static queries through `this` (the model) once per id',
      filename: 'server/models/thing.js',
      code: ts`
        const mongoose = require('mongoose');
        const schema = new mongoose.Schema({ name: String });
        schema.statics.touchAll = async function (ids) {
          for (const id of ids) {
            await this.updateOne({ _id: id }, { $set: { touched: Date.now() } });
          }
        };
        module.exports = mongoose.model('Thing', schema);
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: 'the steps of async.waterfall run in place: once per user of async.eachSeries',
      filename: 'server/tasks/clean.js',
      code: ts`
        ${mongo}
        const async = require('async');
        function clean(users, done) {
          async.eachSeries(users, (user, next) => {
            async.waterfall([
              (cb) => db.collection('users').findOne({ _id: user }, cb),
              (found, cb) => db.collection('users').updateOne({ _id: user }, { $set: { cleaned: true } }, cb),
            ], next);
          }, done);
        }
        module.exports = { clean };
      `,
      errors: [
        { messageId: 'perItem', line: 8 },
        { messageId: 'perItem', line: 9 },
      ],
    },
    {
      name: 'a cursor drained by the first statement of the body (inside a try), one update per message',
      filename: 'lib/message-handler.js',
      code: ts`
        ${mongo}
        async function move(query, target) {
          const cursor = db.collection('messages').find(query);
          let message = {};
          while (message !== undefined) {
            try {
              message = await cursor.next();
              if (!message) return;
            } catch (err) {
              return;
            }
            await db.collection('messages').updateOne({ _id: message._id }, { $set: { mailbox: target } });
          }
        }
        module.exports = { move };
      `,
      errors: [{ messageId: 'perItem', line: 14 }],
    },
    {
      name: 'a Redis MULTI made and sent once per project: one round trip each',
      filename: 'server/jobs/flush.ts',
      code: ts`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function flushProjects(projectIds: string[]) {
          for (const id of projectIds) {
            const multi = redis.multi();
            multi.del(\`p:\${id}\`);
            multi.srem('projects', id);
            await multi.exec();
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 8 }],
    },
    {
      name: 'an iteration helper handed a function by name that queries: once per id',
      filename: 'server/jobs/load.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        import pMap from 'p-map';
        const prisma = new PrismaClient();
        async function loadOne(id: string) {
          return prisma.user.findFirst({ where: { id, deleted: false } });
        }
        export async function loadAll(ids: string[]) {
          return pMap(ids, loadOne, { concurrency: 5 });
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 8 }],
    },
    {
      name: 'a loop variable the body overwrites is still the item: nothing is carried to the next pass',
      filename: 'server/api/addresses.js',
      code: ts`
        ${mongo}
        exports.check = async (req, res) => {
          const found = [];
          for (let address of req.body.addresses) {
            address = address.trim().toLowerCase();
            found.push(await db.collection('addresses').countDocuments({ address }));
          }
          res.json(found);
        };
      `,
      errors: [{ messageId: 'perItem', line: 8 }],
    },
  ],
});
