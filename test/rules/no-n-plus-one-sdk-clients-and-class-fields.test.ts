import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * Clients known since the fresh40/fresh41 audit: Octokit (REST, `request`, `graphql`), Baileys'
 * WhatsApp socket, the Postgres job queues (graphile-worker's `helpers.addJob`, pg-boss's
 * `boss.send`), and `this` inside an arrow function of a class field's initializer (an object of
 * event handlers), which is the instance as in a method.
 */
const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (Octokit, Baileys, Postgres job queues, class-field handlers)', rule, {
  valid: [
    {
      name: 'one GraphQL query for a whole tree; one onWhatsApp for every number; one pg-boss insert for every job',
      filename: 'src/sync/tree.ts',
      code: ts`
        import { Octokit } from 'octokit';
        import makeWASocket from 'baileys';
        import PgBoss from 'pg-boss';
        const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });
        const sock = makeWASocket({});
        const boss = new PgBoss(process.env.DATABASE_URL!);
        export async function sync(owner: string, repo: string, numbers: string[], ids: string[]) {
          const tree = await octokit.graphql('query ($o: String!, $r: String!) { repository(owner: $o, name: $r) { id } }', { o: owner, r: repo });
          const registered = await sock.onWhatsApp(...numbers);
          await boss.insert(ids.map((id) => ({ name: 'reindex', data: { id } })));
          return { tree, registered };
        }
      `,
    },
    {
      name: "`this` in an object literal's own function is that object: its Map, not the class's client",
      filename: 'src/cache/handlers.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        export class Handlers {
          constructor(private readonly prisma: PrismaClient) {}
          private readonly memo = {
            byId: new Map<string, string>(),
            names: async function (ids: string[]) {
              const out: Array<string | undefined> = [];
              for (const id of ids) out.push(await this.byId.get(id));
              return out;
            },
          };
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'Octokit: a GraphQL query per changed folder and a REST read per commit, in turn over what a listing returned',
      filename: 'src/git/pull.ts',
      code: ts`
        import { Octokit } from 'octokit';
        export async function pull(octokit: Octokit, owner: string, repo: string) {
          const { data: commits } = await octokit.rest.repos.listCommits({ owner, repo, per_page: 50 });
          for (const commit of commits) {
            await octokit.rest.repos.getCommit({ owner, repo, ref: commit.sha });
          }
          const { data } = await octokit.rest.repos.compareCommits({ owner, repo, base: 'a', head: 'b' });
          for (const file of data.files ?? []) {
            await octokit.graphql('query ($p: String!) { viewer { login } }', { p: file.filename });
          }
        }
      `,
      errors: [
        { messageId: 'remotePerItem', line: 5 },
        { messageId: 'remotePerItem', line: 9 },
      ],
    },
    {
      name: 'Baileys: a profile picture asked of WhatsApp per contact read from the database, in turn',
      filename: 'src/whatsapp/contacts.ts',
      code: ts`
        import makeWASocket from 'baileys';
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        const sock = makeWASocket({});
        export async function refreshPictures(instanceId: string) {
          const contacts = await prisma.contact.findMany({ where: { instanceId } });
          for (const contact of contacts) {
            const url = await sock.profilePictureUrl(contact.remoteJid, 'image');
            console.info(contact.id, url);
          }
        }
      `,
      errors: [{ messageId: 'remotePerItem', line: 8 }],
    },
    {
      name: "graphile-worker: a job added per member inside a task (`helpers: JobHelpers`); pg-boss: a job sent per row",
      filename: 'src/tasks/mentions.ts',
      code: ts`
        import type { JobHelpers } from 'graphile-worker';
        import PgBoss from 'pg-boss';
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        const boss = new PgBoss(process.env.DATABASE_URL!);
        export async function mentionTask(payload: { channelId: string }, helpers: JobHelpers) {
          const members = await prisma.membership.findMany({ where: { channelId: payload.channelId } });
          for (const member of members) {
            await helpers.addJob('mentionEmail', { authId: member.authId });
          }
          for (const member of members) {
            await boss.send('digest', { authId: member.authId });
          }
        }
      `,
      errors: [
        { messageId: 'perItem', line: 9 },
        { messageId: 'perItem', line: 12 },
      ],
    },
    {
      name: "an arrow function in a class field's object of handlers: `this` is the instance, whose injected client queries per chat",
      filename: 'src/whatsapp/instance.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        export class Instance {
          constructor(private readonly prisma: PrismaClient, private readonly instanceId: string) {}
          private readonly chatHandle = {
            'chats.update': async (chats: Array<{ id: string; name: string }>) => {
              for (const chat of chats) {
                await this.prisma.chat.updateMany({ where: { instanceId: this.instanceId, remoteJid: chat.id }, data: { name: chat.name } });
              }
            },
          };
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
  ],
});
