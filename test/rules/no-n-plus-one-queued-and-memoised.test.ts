import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

// Per-item calls that do not cost a round trip per item: writes queued for one Prisma batch
// transaction, and lookups a memo made before the loop keeps to one per distinct key.
ruleTester.run('no-n-plus-one (queued for a transaction, memoised across items)', rule, {
  valid: [
    {
      name: 'Prisma writes pushed into an array in the loop and sent by one $transaction after it (also spread into its array)',
      filename: 'src/secret/secret.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function addVersions(entries: Array<{ envId: string; value: string }>, secretId: string) {
          const ops = [];
          for (const entry of entries) {
            ops.push(prisma.secretVersion.create({ data: { secretId, environmentId: entry.envId, value: entry.value } }));
          }
          await prisma.$transaction(ops);
        }
        export async function copyEnvironments(names: string[], projectId: string) {
          const createOps = [];
          for (const name of names) createOps.push(prisma.environment.create({ data: { name, projectId } }));
          await prisma.$transaction([prisma.project.update({ where: { id: projectId }, data: {} }), ...createOps]);
        }
      `,
    },
    {
      name: 'a lookup made only for a key the loop has not seen, with the map made before the loop: once per distinct account',
      filename: 'src/jobs/restore.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function restoreNotes(notes: Array<{ account: { name: string }; content: string }>) {
          const accountByName = new Map();
          for (const note of notes) {
            if (!accountByName.has(note.account.name)) {
              const account = await prisma.accounts.findFirst({ where: { name: note.account.name } });
              accountByName.set(note.account.name, account);
            }
          }
          const allowed: Record<string, boolean> = {};
          for (const note of notes) {
            if (!allowed[note.account.name]) {
              allowed[note.account.name] = !!(await prisma.accounts.count({ where: { name: note.account.name } }));
            }
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'Prisma writes pushed into an array and awaited with Promise.all: each is its own round trip',
      filename: 'src/secret/secret.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function addVersions(entries: Array<{ envId: string; value: string }>, secretId: string) {
          const ops = [];
          for (const entry of entries) {
            ops.push(prisma.secretVersion.create({ data: { secretId, environmentId: entry.envId, value: entry.value } }));
          }
          await Promise.all(ops);
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: 'updates built by a map and kept in a variable, but awaited with Promise.all: each is its own round trip',
      filename: 'src/tasks/slugify.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function slugify(threads: Array<{ id: string; title: string }>) {
          const updates = threads.map((t) => prisma.threads.update({ where: { id: t.id }, data: { slug: t.title.toLowerCase() } }));
          await Promise.all(updates);
        }
      `,
      errors: [{ messageId: 'perItem', line: 4 }],
    },
    {
      name: 'reads pushed into an array for $transaction are still one query per id',
      filename: 'src/users/users.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function usersByIds(ids: string[]) {
          const reads = [];
          for (const id of ids) reads.push(prisma.user.findUnique({ where: { id } }));
          return prisma.$transaction(reads);
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: 'a memo made afresh for each item spares nothing: every item queries',
      filename: 'src/jobs/restore.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function restoreNotes(notes: Array<{ account: { name: string } }>) {
          for (const note of notes) {
            const seen = new Map();
            if (!seen.has(note.account.name)) {
              seen.set(note.account.name, await prisma.accounts.findFirst({ where: { name: note.account.name } }));
            }
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: "the memoised lookup is still shown with report: 'all', as a hint",
      filename: 'src/jobs/restore.ts',
      options: [{ report: 'all' }],
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export async function restoreNotes(notes: Array<{ account: { name: string } }>) {
          const accountByName = new Map();
          for (const note of notes) {
            if (!accountByName.has(note.account.name)) accountByName.set(note.account.name, await prisma.accounts.findFirst({ where: { name: note.account.name } }));
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 6, data: { call: 'prisma.accounts.findFirst', repetition: 'item of `notes` (loop at line 5)', cost: 'low' } }],
    },
    {
      name: "caolan's async over a list with the item's key (eachOf, eachOfSeries, forEachOf, mapValues): one query per item",
      filename: 'controllers/flag.js',
      code: ts`
        const async = require('async');
        const mongoose = require('mongoose');
        const User = mongoose.model('User');
        exports.flaggedBy = function (req, res) {
          User.find({ flagged: true }, function (err, flags) {
            async.eachOf(flags, function (flag, key, next) { User.findOne({ _id: flag.userId }, next); }, () => {});
            async.eachOfSeries(flags, function (flag, key, next) { User.findOne({ _id: flag.userId }, next); }, () => {});
            async.forEachOfLimit(flags, 5, function (flag, key, next) { User.findOne({ _id: flag.userId }, next); }, () => {});
            async.mapValues(flags, function (flag, key, next) { User.findOne({ _id: flag.userId }, next); }, () => res.end());
          });
        };
      `,
      errors: [
        { messageId: 'perItem', line: 6 },
        { messageId: 'perItem', line: 7 },
        { messageId: 'perItem', line: 8 },
        { messageId: 'perItem', line: 9 },
      ],
    },
  ],
});
