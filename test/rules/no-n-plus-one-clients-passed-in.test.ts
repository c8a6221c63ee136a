import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * A helper whose parameter is left untyped (`tx: any`) holds the client its callers in the same file
 * hand it: the transaction of `prisma.$transaction(async (tx) => …)` passed on as `{ tx }`, or the
 * module's client passed as the first argument. What the callers pass decides; a parameter only ever
 * given plain values, or only passed on to the helper itself, stays unknown.
 */
const ruleTester = createRuleTester();

const prisma = ts`
  import { PrismaClient } from '@prisma/client';
  const prisma = new PrismaClient();
`;

ruleTester.run('no-n-plus-one (clients passed in by callers)', rule, {
  valid: [
    {
      name: 'a parameter its callers only ever give a Map is no client (`store.get(id)` reads memory)',
      filename: 'src/booking/remaining.ts',
      code: ts`
        async function remaining(store: any, ids: string[]) {
          let n = 0;
          for (const id of ids) n += (await store.get(id)).quantity;
          return n;
        }
        export async function handler(req: Request) {
          const store = new Map();
          return remaining(store, await req.json());
        }
      `,
    },
    {
      name: 'a helper that only passes its parameter on to itself says nothing about what the parameter holds',
      filename: 'src/tree/walk.ts',
      code: ts`
        export async function walk(conn: any, ids: string[]): Promise<void> {
          for (const id of ids) {
            const children = await conn.node.children(id);
            await walk(conn, children);
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'the transaction handed on as `{ tx }` to a helper that loops over asset ids: a count per asset',
      filename: 'src/booking/service.server.ts',
      code: ts`
        ${prisma}
        async function reconcileStatuses({ tx, assetIds }: { tx: any; assetIds: string[] }) {
          for (const assetId of assetIds) {
            const active = await tx.bookingAsset.count({ where: { assetId } });
            await tx.asset.updateMany({ where: { id: assetId }, data: { status: active ? 'OUT' : 'AVAILABLE' } });
          }
        }
        export async function cancelBooking(id: string) {
          return prisma.$transaction(async (tx) => {
            const booking = await tx.booking.update({ where: { id }, data: { status: 'CANCELLED' }, include: { assets: true } });
            await reconcileStatuses({ tx, assetIds: booking.assets.map((a) => a.id) });
          });
        }
      `,
      errors: [
        { messageId: 'perItem', line: 5 },
        { messageId: 'perItemInTransaction', line: 6 },
      ],
    },
    {
      name: 'the module\'s client passed as the first argument of a helper called once per outstanding asset',
      filename: 'src/booking/service.server.ts',
      code: ts`
        ${prisma}
        export async function remainingFor(tx: any, bookingId: string, assetId: string): Promise<number> {
          const rows = await tx.bookingAsset.findMany({ where: { bookingId, assetId }, select: { quantity: true } });
          return rows.reduce((sum: number, r: { quantity: number }) => sum + r.quantity, 0);
        }
        export async function countOutstanding(id: string) {
          const outstanding = await prisma.bookingAsset.findMany({ where: { bookingId: id } });
          let left = 0;
          for (const ba of outstanding) if ((await remainingFor(prisma, id, ba.assetId)) > 0) left += 1;
          return left;
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 10 }],
    },
    {
      name: 'a transaction passed down through two helpers: the inner one reads per item',
      filename: 'src/kits/service.server.ts',
      code: ts`
        ${prisma}
        async function loadRequest(tx: any, bookingId: string, modelId: string) {
          return tx.bookingModelRequest.findUnique({ where: { bookingId_modelId: { bookingId, modelId } } });
        }
        async function syncRequests(tx: any, bookingIds: string[], modelId: string) {
          for (const bookingId of bookingIds) await loadRequest(tx, bookingId, modelId);
        }
        export async function updateKit(kitId: string, bookingIds: string[]) {
          await prisma.$transaction(async (tx) => {
            await tx.kit.update({ where: { id: kitId }, data: { updatedAt: new Date() } });
            await syncRequests(tx, bookingIds, kitId);
          });
        }
      `,
      errors: [{ messageId: 'perItemViaHelper', line: 7 }],
    },
  ],
});
