// Calls nothing resolves, judged by their names (src/analysis/named-calls.ts): repositories injected by
// an interface, registries handed in, a helper's return value. And the look-alikes names must not fool.
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (calls known by name)', rule, {
  valid: [
    {
      name: 'the same delete per row on a receiver no call hands a filter to stays a guess (a hint)',
      filename: 'src/tasks/common/ChildTasksCleanup.ts',
      code: ts`
        export class ChildTasksCleanup {
          async execute({ context, task }: { context: any; task: { id: string } }) {
            const logs = await context.tasks.childLogs(task.id);
            for (const log of logs) {
              await context.tasks.deleteLog(log.id);
            }
          }
        }
      `,
    },
    {
      name: 'the same service call without a table or a filter is only a guess (a hint): a service holds state in memory as often',
      filename: 'src/queries/campaign/articles.ts',
      code: ts`
        export const articles = async ({ id }, { first }, { dataSources: { atomService, connectionService } }) => {
          const connection = await connectionService.page({ table: 'article', first });
          return Promise.all(connection.edges.map(async (edge) => ({ ...edge, campaign: await atomService.findFirst(edge.node.id) })));
        };
      `,
    },
    {
      name: "a Date's own methods (getTime) are no data call, even on a field of a row held under the client's usual name",
      filename: 'src/users/crud.ts',
      code: ts`
        import { PrismaClient, Prisma } from '@prisma/client';
        const db = new PrismaClient();
        function millis(signedUpAt: Date): number {
          return signedUpAt.getTime();
        }
        const toCrud = (prisma: Prisma.UserGetPayload<{ include: { teams: true } }>) => ({ id: prisma.id, seen: millis(prisma.lastActiveAt), signedUp: prisma.signedUpAt.getTime() });
        export async function list() {
          const users = await db.user.findMany({ take: 20 });
          return users.map((u) => toCrud(u));
        }
      `,
    },
    {
      name: "update on an element of a list that is not a data layer's read (a service's, a parser's, a map's values) is not a row write",
      filename: 'src/editor/ops.ts',
      code: ts`
        export async function apply(ops: Op[], docService: DocService, req: Request) {
          const docs = await docService.getDocs(req.params.id);
          for (const doc of docs) await doc.update(ops);
          const widgets = await parseWidgets(req.body.widgets);
          for (const widget of widgets) await widget.save();
        }
      `,
    },
    {
      name: 'a guess by name over a list a caller handed in (not rows the code read, not what a client sent) is only a hint',
      filename: 'src/users/merge.ts',
      code: ts`
        export async function merge(userRepository: UserRepositoryPort, ids: string[]) {
          for (const id of ids) await userRepository.findById(id);
        }
      `,
    },
    {
      name: 'a service, a manager or a client known by name only (they hold state in memory or answer locally as often as they call out) is a hint, even over rows a query returned',
      filename: 'src/sync/users.ts',
      code: ts`
        export async function sync(userService: UserService, sessionManager: SessionManager, flagsClient: FlagsClient, db: Db) {
          const users = await db.users();
          for (const user of users) {
            await userService.findProfile(user.id);
            await sessionManager.createSession(user.id);
            await flagsClient.fetchFlags(user.id);
          }
        }
      `,
    },
    {
      name: 'a loop over the groups of a grouping by kind (Object.keys(byType)): each call loads a whole group',
      filename: 'src/docs/urls.ts',
      code: ts`
        import { Doc } from '../models';
        export async function addUrls(req: Request) {
          const docs = await Doc.find({ published: true });
          const byType = groupBy(docs, 'type');
          for (const type of Object.keys(byType)) await Doc.updateMany({ _id: { $in: byType[type].map((d) => d._id) } }, { $set: { seen: true } });
        }
      `,
    },
    {
      name: "a unit of work's marks (MikroORM em.remove, em.persist) and a manager's own lists are not round trips",
      filename: 'src/sales/payments.ts',
      code: ts`
        import { EntityManager } from '@mikro-orm/postgresql';
        export async function replace(em: EntityManager, orderId: string, sessionManager: SessionManager) {
          const allocations = await em.find(Allocation, { orderId });
          allocations.forEach((a) => em.remove(a));
          for (const a of allocations) await sessionManager.removeSession(a.id);
          await em.flush();
        }
      `,
    },
    {
      name: 'a cache, a config service and a logger are read per item on purpose, whatever their methods are called',
      filename: 'src/orders/orders.service.ts',
      code: ts`
        export class OrdersService {
          constructor(private readonly cacheManager: CacheLike, private readonly configService: ConfigLike, private readonly logger: LoggerLike) {}
          async prices(ids: string[]) {
            return Promise.all(ids.map((id) => this.cacheManager.get(\`price:\${id}\`)));
          }
          async limits(keys: string[]) {
            for (const key of keys) await this.configService.getValue(key);
          }
        }
      `,
    },
    {
      name: 'a call whose value is not waited for is not taken for a round trip (a repository building an entity in memory)',
      filename: 'src/users/users.service.ts',
      code: ts`
        export class UsersService {
          constructor(private readonly userRepository: UserRepositoryPort) {}
          draft(names: string[]) {
            return names.map((name) => { const u = this.userRepository.create({ name }); u.touch(); return u; });
          }
        }
      `,
    },
    {
      name: 'a repository method that only builds something (getQueryBuilder, getRepository, toString) sends nothing',
      filename: 'src/users/users.service.ts',
      code: ts`
        export class UsersService {
          constructor(private readonly usersRepository: UsersRepo) {}
          async builders(names: string[]) {
            return Promise.all(names.map(async (name) => this.usersRepository.getRepository(name)));
          }
        }
      `,
    },
    {
      name: 'an array method with a callback on a "models" list is no query',
      filename: 'src/registry.ts',
      code: ts`
        export async function pick(models: ModelInfo[], names: string[]) {
          for (const name of names) await models.find((m) => m.name === name);
        }
      `,
    },
    {
      name: 'names that say nothing about data (a validator, a mapper, a plain function) are left alone',
      filename: 'src/import.ts',
      code: ts`
        export async function check(rows: Row[], validator: Validator, mapper: Mapper) {
          for (const row of rows) {
            await validator.validateRow(row);
            await mapper.toDto(row);
            await processRow(row);
          }
        }
      `,
    },
    {
      name: 'a remote client read with get/set alone, and a service get(), are field access more often than calls',
      filename: 'src/sync.ts',
      code: ts`
        export async function sync(ids: string[], settingsClient: SettingsClient, userService: UserService) {
          for (const id of ids) {
            await settingsClient.get(id);
            await userService.get(id);
          }
        }
      `,
    },
    {
      name: 'a variable given rows in one branch and a list handed in by the caller in the other says nothing of its length',
      filename: 'src/models/table.ts',
      code: ts`
        export async function recalculate(models: Models, table: Table, given?: Row[]) {
          let rows = given;
          if (!rows) rows = await table.getRows();
          for (const row of rows) await models.row().update(row.id, { stale: true });
        }
      `,
    },
    {
      name: 'commands queued on a Redis transaction (`tx.set(…)` before `tx.exec()`) are sent together, not one by one',
      filename: 'src/cache/warm.ts',
      code: ts`
        export async function warm(redis: any, keys: string[]) {
          const tx = redis.multi();
          for (const key of keys) tx.set(key, '1');
          await tx.exec();
        }
      `,
    },
    {
      name: "a field taken out of options a caller handed in (`const { ids } = opts`) says nothing of the list's length",
      filename: 'src/users/merge.ts',
      code: ts`
        export async function merge(userRepository: UserRepositoryPort, opts: { ids: string[] }) {
          const { ids } = opts;
          for (const id of ids) await userRepository.findById(id);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a receiver no noun names that the same function hands a where filter (a plug-in context) is a data layer: its delete per row read is a finding',
      filename: 'src/tasks/common/ChildTasksCleanup.ts',
      code: ts`
        export class ChildTasksCleanup {
          async execute({ context, task }: { context: any; task: { id: string } }) {
            const { items: logs } = await context.tasks.listLogs({ where: { parentId: task.id }, limit: 10000 });
            for (const log of logs) {
              await context.tasks.deleteLog(log.id);
            }
          }
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 5 }],
    },
    {
      name: 'one finding for a chain a library query starts, not a second one for its last call known by name',
      filename: 'worker/src/handlers/orgUsageTracker/initializeOrgStatsList.js',
      code: ts`
        import mongoose from 'mongoose';
        const Statement = mongoose.model('Statement', new mongoose.Schema({ organisation: String }));
        export default async (organisations) => {
          const counts = [];
          for (const org of organisations) {
            counts.push(await Statement.find({ organisation: org._id }).hint({ organisation: 1 }).count());
          }
          return counts;
        };
      `,
      errors: [{ messageId: 'perItem', line: 6, data: { call: 'Statement.find(…).hint(…).count', repetition: 'item of `organisations` (loop at line 5)' } }],
    },
    {
      name: "a service handed a table's name and a where filter, per edge of a page of rows the code read",
      filename: 'src/queries/campaign/articles.ts',
      code: ts`
        export const articles = async ({ id }, { first }, { dataSources: { atomService, connectionService } }) => {
          const connection = await connectionService.page({ table: 'article', first });
          return Promise.all(connection.edges.map(async (edge) => ({ ...edge, campaign: await atomService.findFirst({ table: 'campaign_article', where: { campaignId: id, articleId: edge.node.id } }) })));
        };
      `,
      errors: [{ messageId: 'perItemByName', line: 3, data: { call: 'atomService.findFirst', repetition: 'item of `connection.edges` (`.map` at line 3)' } }],
    },
    {
      name: 'a verb after a word of manner (hardDeleteDocument, softDeleteUser) on a repository, per row a read returned',
      filename: 'src/modules/documents/documents.usecases.ts',
      code: ts`
        export async function purgeExpired({ documentsRepository }: { documentsRepository: DocumentsRepository }) {
          const { documents } = await documentsRepository.getExpiredDeletedDocuments({ days: 30 });
          for (const document of documents) {
            await documentsRepository.hardDeleteDocument({ documentId: document.id });
          }
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 4, data: { call: 'documentsRepository.hardDeleteDocument', repetition: 'item of `documents` (loop at line 3)' } }],
    },
    {
      name: 'a repository injected by its interface (no implementation in sight), per e-mail of a file the code read: a query by name',
      filename: 'src/Domain/UseCase/DeleteAccounts.ts',
      code: ts`
        import { UserRepositoryInterface } from '../User/UserRepositoryInterface';
        export class DeleteAccounts {
          constructor(private userRepository: UserRepositoryInterface, private csvFileReader: CsvReader) {}
          async execute(fileName: string) {
            const emails = await this.csvFileReader.getValues(fileName);
            for (const email of emails) {
              const users = await this.userRepository.findAllByUsernameOrEmail(email);
              console.log(users.length);
            }
          }
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 7, data: { call: 'this.userRepository.findAllByUsernameOrEmail', repetition: 'item of `emails` (loop at line 6)' } }],
    },
    {
      name: 'a query built on a handle a helper returned (dbOrTx) and run by its terminal method, per row of a read, in .map under Promise.all',
      filename: 'src/database/repos/page.repo.ts',
      code: ts`
        import { dbOrTx } from '../utils';
        export class PageRepo {
          constructor(private readonly db: KyselyDB) {}
          async referencing(blockId: string, trx?: KyselyTransaction) {
            const db = dbOrTx(this.db, trx);
            const refs = await db.selectFrom('refs').select('pageId').where('blockId', '=', blockId).execute();
            return Promise.all(refs.map((r) => db.selectFrom('pages').selectAll().where('id', '=', r.pageId).executeTakeFirst()));
          }
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 7 }],
    },
    {
      name: 'a global app object holding the database (global.app.db): one update per id the client sent',
      filename: 'src/routes/docs.js',
      code: ts`
        const router = require('express').Router();
        router.post('/touch', async (req, res) => {
          for (const id of req.body.ids) await global.app.db.updateOne({ id }, { $set: { t: 1 } });
          res.end();
        });
      `,
      errors: [{ messageId: 'perItemByName', line: 3 }],
    },
    {
      name: "a model's own static on a registry handed in (models.Traces.createTrace), per customer a query returned, collected with push and awaited together",
      filename: 'src/broadcast/utils.ts',
      code: ts`
        export async function trace(models: IModels, campaignId: string) {
          const customers = await models.Customers.find({ campaignId });
          const pending = [];
          for (const c of customers) pending.push(models.BroadcastTraces.createTrace({ customerId: c._id }));
          await Promise.all(pending);
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 4 }],
    },
    {
      name: 'a helper of the file that calls a repository by name is reported where the loop calls the helper',
      filename: 'src/notifications/notify.ts',
      code: ts`
        export class Notifier {
          constructor(private readonly notificationRepo: NotificationRepo, private readonly watcherRepo: WatcherRepo) {}
          private async notifyOne(userId: string) {
            await this.notificationRepo.insertNotification({ userId });
          }
          async notifyWatchers(pageId: string) {
            const userIds = await this.watcherRepo.findWatcherIds(pageId);
            for (const userId of userIds) await this.notifyOne(userId);
          }
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 8, data: { call: 'this.notifyOne', query: 'this.notificationRepo.insertNotification', queryLine: '4', repetition: 'item of `userIds` (loop at line 8)' } }],
    },
    {
      name: "another service's API client known by name, awaited per row a query returned: a weak guess (clients often answer locally), a hint with the bounded-concurrency advice",
      filename: 'src/lib/availability-sync.ts',
      options: [{ report: 'all' }],
      code: ts`
        export async function syncAll(radarrClient: RadarrClient, db: Db) {
          const movies = await db.movies();
          for (const movie of movies) {
            await radarrClient.getMovie(movie.tmdbId);
          }
        }
      `,
      errors: [{ messageId: 'remotePerItemByName', line: 4, data: { call: 'radarrClient.getMovie', repetition: 'item of `movies` (loop at line 3)', cost: 'low' } }],
    },
    {
      name: 'a helper that calls a repository known by name first and then queries Prisma: the query the analysis sees speaks for it, and is reported as any query is',
      filename: 'src/orders/orders.service.ts',
      code: ts`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        export class OrdersService {
          constructor(private readonly auditRepository: AuditRepositoryPort) {}
          private async archive(id: string) {
            await this.auditRepository.insertEntry({ id });
            await this.markArchived(id);
          }
          private async markArchived(id: string) {
            await prisma.order.update({ where: { id }, data: { archived: true } });
          }
          async archiveAll(ids: string[]) {
            for (const id of ids) await this.archive(id);
          }
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 13, data: { call: 'this.archive', query: 'prisma.order.update', queryLine: '10', repetition: 'item of `ids` (loop at line 13)' } }],
    },
    {
      name: "a guess by name over a list a caller handed in says nothing of its length: with report: 'all' a hint (low cost), not reported by default",
      filename: 'src/users/merge.ts',
      options: [{ report: 'all' }],
      code: ts`
        export async function merge(userRepository: UserRepositoryPort, ids: string[]) {
          for (const id of ids) await userRepository.findById(id);
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 2, data: { call: 'userRepository.findById', repetition: 'item of `ids` (loop at line 2)', cost: 'low' } }],
    },
    {
      name: "rows a data layer's read returned (an association getter on the request's collection), each updated through its own method: one statement per row",
      filename: 'server/controllers/CollectionController.js',
      code: ts`
        export async function removeBook(req, res) {
          const collectionBooks = await req.collection.getCollectionBooks({ order: [['order', 'ASC']] });
          for (const collectionBook of collectionBooks) {
            if (collectionBook.bookId !== req.params.bookId) await collectionBook.update({ archived: false });
          }
          res.sendStatus(200);
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 4, data: { call: 'collectionBook.update', repetition: 'item of `collectionBooks` (loop at line 3)' } }],
    },
    {
      name: 'a field destructured from what was read (`const { docs } = await payload.db.find(…)`) is rows the code read',
      filename: 'src/collections/operations/delete.ts',
      code: ts`
        export async function deleteAll(payload: Payload, where: Where) {
          const { docs } = await payload.db.find({ collection: 'posts', where });
          await Promise.all(docs.map((doc) => payload.db.deleteOne({ collection: 'posts', where: { id: doc.id } })));
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 3 }],
    },
    {
      name: 'a variable given rows in each branch (`let rows; if (…) rows = await a(); else rows = await b();`) is rows the code read',
      filename: 'src/models/table.ts',
      code: ts`
        export async function recalculate(models: Models, table: Table, where?: Where) {
          let rows;
          if (where) rows = await table.getJoinedRows({ where });
          else rows = await table.getRows();
          for (const row of rows) await models.row().update(row.id, { stale: true });
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 5 }],
    },
    {
      name: "the keys of what was read (`Object.keys(await bodyFields(req))`) grow with it",
      filename: 'src/routes/admin/deletions.ts',
      code: ts`
        export async function removeJobs(models: Models, req: Request) {
          const fields = await bodyFields(req);
          const jobIds = Object.keys(fields).filter((f) => f.startsWith('checkbox_'));
          for (const jobId of jobIds) await models.userDeletion().remove(jobId);
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 4 }],
    },
    {
      name: 'a field taken out of what the client sent (`const { ids } = req.body`, `const { cpUsers } = payload ?? {}`) grows with the request',
      filename: 'src/routes/users.ts',
      code: ts`
        export async function remove(req: Request, res: Response, userRepository: UserRepositoryPort) {
          const { ids } = req.body;
          for (const id of ids) await userRepository.deleteById(id);
        }
        export async function sendNotifications(payload: BroadcastJob, models: Models) {
          const { cpUsers } = payload ?? {};
          for (const user of cpUsers) await models.BroadcastTraces.createTrace({ userId: user.id });
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 3 }, { messageId: 'perItemByName', line: 7 }],
    },
  ],
});
