import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * Functions written at module scope or in a constructor that run later, on every request or tick:
 * a procedure of an app-made tRPC helper, a handler configured by a curried wrapper, a cron job, a
 * periodic task handed to a base class, an Effect service's generators. None of them is start-up code; a function the same places
 * call right away still is.
 */
const ruleTester = createRuleTester();

const prisma = ts`
  import { PrismaClient } from '@prisma/client';
  const prisma = new PrismaClient();
`;

ruleTester.run('no-n-plus-one (deferred callbacks)', rule, {
  valid: [
    {
      name: 'a function a module-level call runs right away is start-up code (`main(async () => …)`)',
      filename: 'src/jobs/warm.ts',
      code: ts`
        ${prisma}
        import { main } from './main';
        main(async () => {
          const users = await prisma.user.findMany();
          for (const user of users) await prisma.session.deleteMany({ where: { userId: user.id } });
        });
      `,
    },
    {
      name: 'a `.query(fn)` that is not a key of a router object is no procedure (a query builder at load)',
      filename: 'src/db/warm.ts',
      code: ts`
        ${prisma}
        await builder.query(async () => {
          const users = await prisma.user.findMany();
          for (const user of users) await prisma.session.deleteMany({ where: { userId: user.id } });
        });
      `,
    },
    {
      name: "a constructor's own loop still runs once, when the singleton is made",
      filename: 'src/team/service.ts',
      code: ts`
        ${prisma}
        export class TeamService extends Base {
          constructor(members: string[]) {
            super();
            for (const did of members) void prisma.member.update({ where: { did }, data: { synced: true } });
          }
        }
      `,
    },
    {
      name: 'a shut-down hook registered at load runs once, when the process stops',
      filename: 'src/server.ts',
      code: ts`
        ${prisma}
        process.on('SIGTERM', async () => {
          const sessions = await prisma.session.findMany({ where: { open: true } });
          for (const session of sessions) await prisma.session.update({ where: { id: session.id }, data: { open: false } });
        });
      `,
    },
  ],
  invalid: [
    {
      name: "a DataLoader's batch function written at module scope runs for every batch of keys, not once at load",
      filename: 'src/loaders/teams.ts',
      code: ts`
        ${prisma}
        import DataLoader from 'dataloader';
        export const teamLoader = new DataLoader<string, unknown>(async (ids) =>
          Promise.all(ids.map((id) => prisma.team.findFirst({ where: { id, deleted: false } }))),
        );
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: "a route builder's handler, handed the request and the response in one object (`.handler(async ({ req, res }) => …)`)",
      filename: 'pages/api/admin/trim.ts',
      code: ts`
        ${prisma}
        import { createRoute } from '../../../lib/api';
        export default createRoute()
          .GET({ streaming: true })
          .handler(async ({ req, res }) => {
            const actors = await prisma.actor.findMany({ where: { active: true } });
            for (const actor of actors) await prisma.event.deleteMany({ where: { actorId: actor.id } });
            res.json({ trimmed: actors.length });
          });
      `,
      errors: [{ messageId: 'perItem' }],
    },
    {
      name: "a procedure of the app's own helper (`withPermission(…).query(fn)`) is a tRPC query: known by its key in the router",
      filename: 'src/server/routers/deployment.ts',
      code: ts`
        ${prisma}
        import { createTRPCRouter, withPermission } from '../trpc';
        export const deploymentRouter = createTRPCRouter({
          queueList: withPermission('deployment', 'read').query(async () => {
            const rows = await prisma.job.findMany();
            return Promise.all(rows.map(async (row) => ({ ...row, app: await prisma.application.findFirst({ where: { id: row.appId } }) })));
          }),
        });
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: 'a handler made by a curried wrapper (`createApiRequestHandler(validator)(async (req) => …)`) runs per request',
      filename: 'src/api/usage/getMetricUsage.ts',
      code: ts`
        ${prisma}
        import { createApiRequestHandler } from '../../util/handler';
        export const getMetricUsage = createApiRequestHandler(validator)(async (req) => {
          const ids: string[] = req.query.ids.split(',');
          for (const id of ids) await prisma.metric.update({ where: { id }, data: { seen: true } });
        });
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: 'a cron job registered at module scope (`runCronJob(name, fn, interval)`) runs on every tick',
      filename: 'src/cron/daily/onboarding.ts',
      code: ts`
        ${prisma}
        import { runCronJob } from '../utils';
        runCronJob('onboarding', async () => {
          const collectives = await prisma.collective.findMany({ where: { isActive: true } });
          for (const c of collectives) await prisma.member.findMany({ where: { collectiveId: c.id } });
        }, 86400);
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
    {
      name: 'a periodic task handed to a base class in the constructor (`super(queue, interval, fn)`) runs on every tick',
      filename: 'src/daemon/profile-sync.ts',
      code: ts`
        ${prisma}
        export class ProfileSynchronizer extends PeriodicBackgroundTask {
          constructor(queue: BackgroundQueue, interval = 3600_000) {
            super(queue, interval, async () => {
              const members = await prisma.member.findMany();
              for (const m of members) await prisma.member.update({ where: { did: m.did }, data: { synced: true } });
            });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: "an Effect service's generator (`Effect.gen(function* () { … })` in the class's definition) runs when the effect runs, not at load",
      filename: 'src/organisations/index.ts',
      code: ts`
        ${prisma}
        import { Effect } from 'effect';
        export class Organisations extends Effect.Service<Organisations>()('Organisations', {
          effect: Effect.gen(function* () {
            const softDelete = Effect.fn('Organisations.softDelete')(function* (memberIds: string[]) {
              for (const id of memberIds) yield* Effect.promise(() => prisma.member.update({ where: { id }, data: { orgId: null } }));
            });
            return { softDelete };
          }),
        }) {}
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
  ],
});
