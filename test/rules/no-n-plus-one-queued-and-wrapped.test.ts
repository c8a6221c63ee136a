// Work handed on before it runs: a task pushed onto a work queue (caolan/async's `queue`, fastq) runs
// the queue's worker once per push, and a copy made by `util.promisify` or `.bind` calls the function
// it wraps. Each shape is from a real app the rule missed (a ledger writer, a mail server's tasks).
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

const knex = ts`
  import Knex from 'knex';
  const db = Knex({ client: 'pg' });
`;

ruleTester.run('no-n-plus-one (work queues and wrapped functions)', rule, {
  valid: [
    {
      name: 'async.cargo hands its worker a batch of tasks at a time',
      filename: 'src/ledger/storage.ts',
      code: ts`
        ${knex}
        import async from 'async';
        export class EntryStorage {
          saveEntries = async (entries: Array<{ id: number }>) => {
            const cargo = async.cargo(this.saveBatch.bind(this), 100);
            entries.forEach((entry) => cargo.push(entry));
            await cargo.drain();
          };
          private saveBatch = async (batch: Array<{ id: number }>) => {
            await db('entries').insert(batch);
          };
        }
      `,
    },
    {
      name: 'a queue whose worker only works in memory',
      filename: 'src/ledger/totals.ts',
      code: ts`
        import async from 'async';
        const totals = new Map<number, number>();
        function addUp(task: { account: number; amount: number }, done: () => void) {
          totals.set(task.account, (totals.get(task.account) ?? 0) + task.amount);
          done();
        }
        export async function sum(entries: Array<{ account: number; amount: number }>) {
          const q = async.queue(addUp, 4);
          for (const e of entries) q.push(e);
          await q.drain();
          return totals;
        }
      `,
    },
    {
      name: 'an array named queue: push keeps the item in memory',
      filename: 'src/ledger/pending.ts',
      code: ts`
        ${knex}
        async function saveOne(entry: { id: number }) {
          await db('entries').insert(entry);
        }
        export function collect(entries: Array<{ id: number }>) {
          const queue: Array<{ id: number }> = [];
          for (const e of entries) queue.push(e);
          return { queue, saveOne };
        }
      `,
    },
    {
      name: 'one task pushed, not one per item',
      filename: 'src/ledger/rebuild.ts',
      code: ts`
        ${knex}
        import async from 'async';
        async function rebuild(task: { from: Date }) {
          await db('balances').where('at', '>=', task.from).delete();
        }
        export async function schedule(from: Date) {
          const q = async.queue(rebuild, 1);
          q.push({ from });
          await q.drain();
        }
      `,
    },
    {
      name: 'a promisified function called once',
      filename: 'src/mail/store.js',
      code: ts`
        ${knex}
        const util = require('util');
        function put(message, cb) {
          db('messages').insert(message).then(() => cb(null), cb);
        }
        const putAsync = util.promisify(put);
        module.exports.store = async (message) => putAsync(message);
      `,
    },
  ],
  invalid: [
    {
      name: 'async.queue with a bound method as worker, a task pushed per entry',
      filename: 'src/ledger/storage.ts',
      code: ts`
        ${knex}
        import async from 'async';
        export class EntryStorage {
          saveEntries = async (entries: Array<{ id: number }>) => {
            const q = async.queue(this.saveEntry.bind(this), 10);
            entries.forEach((entry) => {
              q.push({ entry });
            });
            if (entries.length > 0) await q.drain();
          };
          private saveEntry = async (task: { entry: { id: number } }) => {
            await db('entries').insert(task.entry);
          };
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 8 }],
    },
    {
      name: 'fastq.promise with a function of the module, a task pushed per row',
      filename: 'src/jobs/reindex.js',
      code: ts`
        ${knex}
        const fastq = require('fastq');
        async function reindex(row) {
          await db('search').where({ id: row.id }).update({ body: row.body });
        }
        module.exports.run = async (rows) => {
          const q = fastq.promise(reindex, 5);
          for (const row of rows) q.push(row);
          await q.drained();
        };
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 9 }],
    },
    {
      name: 'util.promisify of a callback-style function, awaited per message of a cursor',
      filename: 'src/mail/restore.js',
      code: ts`
        ${knex}
        const util = require('util');
        function put(message, cb) {
          db('messages').insert(message).then(() => cb(null), cb);
        }
        module.exports.restore = async (messages) => {
          const putAsync = util.promisify(put);
          for (const message of messages) {
            await putAsync(message);
          }
        };
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 10 }],
    },
    {
      name: 'util.promisify of a bound method of an instance made here',
      filename: 'src/mail/move.js',
      code: ts`
        ${knex}
        const util = require('util');
        class Mover {
          move(message, target, cb) {
            db('messages').where({ id: message.id }).update({ mailbox: target }).then(() => cb(null), cb);
          }
        }
        const mover = new Mover();
        module.exports.moveAll = async (messages, target) => {
          const moveAsync = util.promisify(mover.move.bind(mover));
          for (const message of messages) await moveAsync(message, target);
        };
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 12 }],
    },
  ],
});
