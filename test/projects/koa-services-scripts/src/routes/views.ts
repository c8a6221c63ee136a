import Router from '@koa/router';
import { recordViews } from '~/services/stats';

export const router = new Router();

router.post('/views', async (ctx) => {
  ctx.body = { recorded: await recordViews(ctx.request.body as never) };
});
