import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * pg-promise: a database object or a task's handle, known by the type the app declares it with
 * (`pgPromise.IDatabase<unknown>`, `ITask`), sends a statement with each method named by the rows
 * it expects (`oneOrNone`, `any`, `none`). Other types of the library describe no connection.
 */
const ruleTester = createRuleTester();

const types = ts`
  import pgPromise from 'pg-promise';
  type DbConnection = pgPromise.IDatabase<unknown>;
`;

ruleTester.run('no-n-plus-one (pg-promise)', rule, {
  valid: [
    {
      name: 'one statement with the ids as a list',
      filename: 'src/members.ts',
      code: ts`
        ${types}
        export async function findMembers(db: DbConnection, ids: string[]) {
          return db.any('SELECT * FROM members WHERE id IN ($1:csv)', [ids]);
        }
      `,
    },
    {
      name: "a column set (`pgPromise.ColumnSet`) builds SQL text in memory",
      filename: 'src/members.ts',
      code: ts`
        import pgPromise from 'pg-promise';
        export function columns(sets: pgPromise.ColumnSet[], names: string[]) {
          return names.map((n) => sets.map((s) => s.names));
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a lookup per member on a database object declared with the library type',
      filename: 'src/members.ts',
      code: ts`
        ${types}
        export async function findMembers(db: DbConnection, ids: string[]) {
          const out = [];
          for (const id of ids) out.push(await db.oneOrNone('SELECT * FROM members WHERE id = $1', [id]));
          return out;
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: "an update per member on a transaction's handle (`ITask`)",
      filename: 'src/members.ts',
      code: ts`
        import pgPromise from 'pg-promise';
        export async function touch(t: pgPromise.ITask<unknown>, ids: string[]) {
          for (const id of ids) await t.none('UPDATE members SET "checkedAt" = now() WHERE id = $1', [id]);
        }
      `,
      errors: [{ messageId: 'perItemInTransaction', line: 3 }],
    },
  ],
});
