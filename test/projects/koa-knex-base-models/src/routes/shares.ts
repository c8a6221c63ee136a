import Router from 'koa';
import { connectDb } from '../db';
import { newModelFactory } from '../models/factory';

const models = newModelFactory(connectDb());
export const router = new Router();

router.use(async (ctx) => {
  const shareIds: string[] = ctx.request.body.shareIds;
  const shares = [];
  for (const id of shareIds) {
    shares.push(await models.share().load(id)); // expect: perf-coach/no-n-plus-one
  }
  const batched = await models.share().loadByIds(shareIds); // ok: one query for all ids
  ctx.body = { shares, batched };
});
