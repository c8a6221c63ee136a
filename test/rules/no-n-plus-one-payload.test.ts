// Payload CMS's local API (src/analysis/libraries/payload.ts): `payload.find({ collection, … })` and
// the other operations, on `req.payload`, a hook's `{ req: { payload } }`, `getPayload(…)` or the
// default export. Every call names its collection or global, which is what tells it from a job's payload.
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (Payload local API)', rule, {
  valid: [
    {
      name: "a job's or webhook's payload, called without a collection: not Payload",
      filename: 'src/jobs/sync.ts',
      code: ts`
        export async function handle(payload: JobPayload, items: Item[]) {
          for (const item of items) {
            const match = payload.find((p) => p.id === item.id);
            await payload.update(item.id, match);
          }
        }
      `,
    },
    {
      name: 'one count per collection of the config: each call goes to another collection, nothing to gather',
      filename: 'src/endpoints/stats.ts',
      code: ts`
        export const handler = async (req) => {
          const counts = {};
          for (const collection of req.payload.config.collections) {
            counts[collection.slug] = (await req.payload.count({ collection: collection.slug })).totalDocs;
          }
          return Response.json(counts);
        };
      `,
    },
    {
      name: 'one find over every id, with `in`',
      filename: 'src/endpoints/orders.ts',
      code: ts`
        export const handler = async (req) => {
          const { ids } = await req.json();
          const orders = await req.payload.find({ collection: 'orders', where: { id: { in: ids } }, pagination: false });
          return Response.json(orders.docs.map((o) => o.total));
        };
      `,
    },
  ],
  invalid: [
    {
      name: "findByID per id of a request, on `req.payload`",
      filename: 'src/endpoints/orders.ts',
      code: ts`
        export const handler = async (req) => {
          const { ids } = await req.json();
          const orders = [];
          for (const id of ids) {
            orders.push(await req.payload.findByID({ collection: 'orders', id }));
          }
          return Response.json(orders);
        };
      `,
      errors: [{ messageId: 'perItem', line: 5, data: { call: 'req.payload.findByID', repetition: 'item of `ids` (loop at line 4)' } }],
    },
    {
      name: "an update per document a find returned, in a hook (`{ req: { payload } }`)",
      filename: 'src/collections/Categories/hooks/resyncChildren.ts',
      code: ts`
        export const resyncChildren = async ({ doc, req: { payload } }) => {
          const children = await payload.find({ collection: 'categories', where: { parent: { equals: doc.id } } });
          await Promise.all(children.docs.map((child) => payload.update({ collection: 'categories', id: child.id, data: { path: doc.path + '/' + child.slug } })));
        };
      `,
      errors: [{ messageId: 'perItem', line: 3, data: { call: 'payload.update', repetition: 'item of `children.docs` (`.map` at line 3)' } }],
    },
    {
      name: "Payload 3's getPayload(…) in a server action",
      filename: 'src/app/actions/publish.ts',
      code: ts`
        import { getPayload } from 'payload';
        import config from '@payload-config';
        export async function publishAll(ids: string[]) {
          const payload = await getPayload({ config });
          for (const id of ids) {
            await payload.update({ collection: 'posts', id, data: { _status: 'published' } });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 6, data: { call: 'payload.update', repetition: 'item of `ids` (loop at line 5)' } }],
    },
  ],
});
