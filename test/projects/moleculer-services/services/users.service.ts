import type { Context, ServiceSchema } from 'moleculer';
import { User } from '../models/user';

const UsersService: ServiceSchema = {
  name: 'users',
  actions: {
    get: {
      params: { id: 'string' },
      async handler(ctx: Context<{ id: string }>) {
        return User.findById(ctx.params.id).lean();
      },
    },
    find: {
      async handler(ctx: Context<{ ids: string[] }>) {
        return User.find({ _id: { $in: ctx.params.ids } }).lean();
      },
    },
    addToDmList: {
      async handler(ctx: Context<{ converseId: string }, { userId: string }>) {
        return User.updateOne({ _id: ctx.meta.userId }, { $addToSet: { dmList: ctx.params.converseId } });
      },
    },
    async profiles(ctx: Context<{ ids: string[] }>) {
      return Promise.all(ctx.params.ids.map((id) => ctx.call('users.get', { id }))); // expect: perf-coach/no-n-plus-one
    },
    async profilesAtOnce(ctx: Context<{ ids: string[] }>) {
      return ctx.call('users.find', { ids: ctx.params.ids }); // ok: one call for every id
    },
    async profilesInOneRoundTrip(ctx: Context<{ ids: string[] }>) {
      return ctx.mcall(ctx.params.ids.map((id) => ({ action: 'users.get', params: { id } }))); // ok: mcall sends them together
    },
  },
};

export default UsersService;
