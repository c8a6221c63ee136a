import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * AdonisJS's Lucid: models extend `BaseModel` (also through `compose(BaseModel, Mixin)`) and query
 * through their statics; a row read back saves, deletes and queries its relations by itself. The `db`
 * service runs queries of its own.
 */
const ruleTester = createRuleTester();

const models = ts`
  import { BaseModel } from '@adonisjs/lucid/orm';
  import { compose } from '@adonisjs/core/helpers';
  import { withAuthFinder } from '@adonisjs/auth/mixins/lucid';
  class Comment extends BaseModel {}
  class User extends compose(BaseModel, withAuthFinder(() => hash.use('scrypt'), { uids: ['email'] })) {}
`;

ruleTester.run('no-n-plus-one (Lucid)', rule, {
  valid: [
    {
      name: 'one query with the ids in a whereIn, and one update for many rows',
      filename: 'app/actions/users/archive_comments.ts',
      code: ts`
        ${models}
        export async function archive(userIds: number[]) {
          const users = await User.query().whereIn('id', userIds);
          await Comment.query().whereIn('userId', users.map((u) => u.id)).update({ stateId: 3 });
        }
      `,
    },
    {
      name: 'a row serialised per item is no query',
      filename: 'app/controllers/users_controller.ts',
      code: ts`
        ${models}
        export async function index() {
          const users = await User.query().limit(20);
          return users.map((u) => u.serialize());
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a static read per id, through a model made with compose()',
      filename: 'app/actions/users/load.ts',
      code: ts`
        ${models}
        export async function load(ids: number[]) {
          return Promise.all(ids.map((id) => User.find(id)));
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: 'each comment a query returned deleted or saved by itself',
      filename: 'app/actions/users/destroy_account.ts',
      code: ts`
        ${models}
        export async function destroyComments(userId: number) {
          const comments = await Comment.query().where('userId', userId);
          for (const comment of comments) {
            if (comment.responsesCount === 0) {
              await comment.delete();
              continue;
            }
            comment.body = '[deleted]';
            await comment.save();
          }
        }
      `,
      errors: [
        { messageId: 'perItem', line: 10 },
        { messageId: 'perItem', line: 14 },
      ],
    },
    {
      name: "a row's relation queried per item: the message names the whole chain the row starts",
      filename: 'app/actions/users/destroy_account.ts',
      code: ts`
        ${models}
        export async function destroyRequests(user: User) {
          const requests = await user.related('lessonRequests').query();
          for (const request of requests) {
            await request.related('comments').query().delete();
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 9, data: { call: "request.related(…).query(…).delete", repetition: 'item of `requests` (loop at line 8)' } }],
    },
    {
      name: "the db service's query per collection id",
      filename: 'app/middleware/progress.ts',
      code: ts`
        import db from '@adonisjs/lucid/services/db';
        export async function progress(collectionIds: number[]) {
          const out = [];
          for (const id of collectionIds) {
            out.push(await db.from('collection_posts').where('collection_id', id).pluck('post_id'));
          }
          return out;
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
  ],
});
