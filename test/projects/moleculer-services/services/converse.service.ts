import type { ServiceSchema } from 'moleculer';
import type { AppContext } from './types';

const ConverseService: ServiceSchema = {
  name: 'converse',
  actions: {
    async createDirect(ctx: AppContext<{ memberIds: string[]; converseId: string }>) {
      const { memberIds, converseId } = ctx.params;
      await Promise.all(
        memberIds.map((memberId) =>
          ctx.call('users.addToDmList', { converseId }, { meta: { userId: memberId } }), // expect: perf-coach/no-n-plus-one
        ),
      );
      for (const memberId of memberIds) {
        ctx.emit('converse.created', { memberId, converseId }); // ok: an event handed to the broker, no reply awaited
      }
      return { converseId };
    },
  },
};

export default ConverseService;
