// Index loops as older JavaScript writes them (the length kept in a variable of the loop, or the list
// walked backwards), and Mongoose 5's model methods (`count`, `update`, `remove`) that such code calls.
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (index loops, Mongoose 5 methods)', rule, {
  valid: [
    {
      name: 'a counted retry loop whose bound is kept in a variable goes over no list',
      filename: 'server/jobs/ping.js',
      code: ts`
        const mongoose = require('mongoose');
        const Beat = mongoose.model('Beat');
        async function ping() {
          for (let i = 0, attempts = 3; i < attempts; i++) {
            if (await Beat.countDocuments({ ok: true })) return true;
          }
          return false;
        }
        module.exports = { ping };
      `,
    },
    {
      name: 'one Mongoose 5 update for every id at once',
      filename: 'server/controllers/cases.js',
      code: ts`
        const mongoose = require('mongoose');
        const Case = mongoose.model('Case');
        module.exports = {
          async archive(ctx) {
            const ids = ctx.request.body.ids;
            await Case.update({ _id: { $in: ids } }, { archived: true }, { multi: true });
            ctx.body = { ok: true };
          },
        };
      `,
    },
    {
      name: 'a bound kept in a const before the loop that is a number, not a length, counts attempts',
      filename: 'server/jobs/ping.js',
      code: ts`
        const mongoose = require('mongoose');
        const Beat = mongoose.model('Beat');
        async function ping() {
          const attempts = 3;
          for (let i = 0; i < attempts; i++) {
            if (await Beat.countDocuments({ ok: true })) return true;
          }
          return false;
        }
        module.exports = { ping };
      `,
    },
  ],
  invalid: [
    {
      name: 'the length kept in a const before the loop: one query per item of the list',
      filename: 'server/controllers/cases.js',
      code: ts`
        const mongoose = require('mongoose');
        const Case = mongoose.model('Case');
        module.exports = {
          async owners(ctx) {
            const items = ctx.request.body.items;
            const n = items.length;
            for (let i = 0; i < n; i++) {
              await Case.updateOne({ _id: items[i].id }, { seen: true });
            }
            ctx.body = { ok: true };
          },
        };
      `,
      errors: [{ messageId: 'perItem', line: 8 }],
    },
    {
      name: 'the length kept in a loop variable: one query per item of the list',
      filename: 'server/controllers/cases.js',
      code: ts`
        const mongoose = require('mongoose');
        const Case = mongoose.model('Case');
        module.exports = {
          async owners(ctx) {
            const uids = ctx.request.body.uids;
            const out = [];
            for (let i = 0, len = uids.length; i < len; i++) {
              out.push(await Case.count({ uid: uids[i] }));
            }
            ctx.body = out;
          },
        };
      `,
      errors: [{ messageId: 'perItem', line: 8 }],
    },
    {
      name: 'a list walked backwards, each item removed with Mongoose 5 remove',
      filename: 'server/controllers/folders.js',
      code: ts`
        const mongoose = require('mongoose');
        const Item = mongoose.model('Item');
        module.exports = {
          async clear(ctx) {
            const folders = ctx.request.body.folders;
            for (let i = folders.length - 1; i >= 0; i--) {
              await Item.remove({ folderId: folders[i] });
            }
            ctx.body = { ok: true };
          },
        };
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: 'Mongoose 5 update per item of a request body',
      filename: 'server/controllers/order.js',
      code: ts`
        const mongoose = require('mongoose');
        const Entry = mongoose.model('Entry');
        module.exports = {
          async reorder(ctx) {
            for (const move of ctx.request.body) {
              await Entry.update({ _id: move.id }, { index: move.index });
            }
            ctx.body = { ok: true };
          },
        };
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
  ],
});
