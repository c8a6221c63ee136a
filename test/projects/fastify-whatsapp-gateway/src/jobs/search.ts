import type { Task } from 'graphile-worker';
import { setup } from '../search/setup.js';

export const searchSetup: Task = async (payload) => {
  const { accountId } = payload as { accountId: string };
  await setup({ accountId });
};
