// Loops that take their next item off a list of their own: a work list drained with `shift()` or
// `pop()` (a tree walked breadth first, refilled with each node's children), and a cursor whose next
// row the body takes first and whose end a `break` marks. Each pass is one item; the query in it is
// one per item. From a federated server's thread view and a mail server's tasks.
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

const knex = ts`
  import Knex from 'knex';
  const db = Knex({ client: 'pg' });
`;

ruleTester.run('no-n-plus-one (work lists and drained cursors)', rule, {
  valid: [
    {
      name: 'a worker that takes a job off its list each pass and never refills it: each pass is a job',
      filename: 'src/jobs/runner.ts',
      code: ts`
        ${knex}
        const jobs: Array<{ id: number }> = [];
        export async function run(state: { running: boolean }) {
          while (state.running) {
            const job = jobs.shift();
            if (!job) {
              await new Promise((r) => setTimeout(r, 1000));
              continue;
            }
            await db('jobs').where({ id: job.id }).update({ done: true });
          }
        }
      `,
    },
    {
      name: 'a search over candidates that stops at the first hit',
      filename: 'src/users/pick.ts',
      code: ts`
        ${knex}
        export async function firstFree(names: string[]) {
          const queue = [...names];
          while (queue.length) {
            const name = queue.shift();
            const taken = await db('users').where({ name }).first();
            if (!taken) return name;
          }
          return undefined;
        }
      `,
    },
    {
      name: 'a retry loop with a break on the result, not on the end of a list',
      filename: 'src/jobs/wait.ts',
      code: ts`
        ${knex}
        export async function waitDone(id: number) {
          let attempts = 0;
          while (true) {
            const row = await db('jobs').where({ id }).first();
            if (row.done || ++attempts > 5) break;
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a thread walked breadth first: one query per post for its replies',
      filename: 'src/api/statuses.ts',
      code: ts`
        ${knex}
        export async function descendants(root: { id: number }) {
          const out: Array<{ id: number }> = [];
          const ps = [root];
          while (true) {
            const p = ps.shift();
            if (p == null) break;
            const replies = await db('posts').where({ replyTargetId: p.id });
            out.push(...replies);
            ps.push(...replies);
          }
          return out;
        }
      `,
      errors: [{ messageId: 'perItem', line: 9 }],
    },
    {
      name: 'a stack drained while it has items',
      filename: 'src/folders/tree.ts',
      code: ts`
        ${knex}
        export async function removeTree(rootId: number) {
          const stack = [rootId];
          while (stack.length > 0) {
            const id = stack.pop();
            await db('folders').where({ id }).delete();
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: 'a cursor whose next row the body takes first, with a break at its end',
      filename: 'lib/tasks/retention.js',
      code: ts`
        const { MongoClient } = require('mongodb');
        const db = new MongoClient(process.env.MONGO_URL).db('mail');
        module.exports.purge = async (mailbox) => {
          const cursor = db.collection('messages').find({ mailbox });
          while (true) {
            const message = await cursor.next();
            if (!message) break;
            await db.collection('archive').insertOne(message);
          }
        };
      `,
      errors: [{ messageId: 'perItem', line: 8 }],
    },
  ],
});
