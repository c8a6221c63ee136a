import type { LibraryTable } from './types';

/**
 * trigger.dev's SDK: `myTask.trigger(payload)` on a task made by `task({ id, run })` or
 * `schemaTask(…)`, `tasks.trigger('id', payload)`, `runs.retrieve(id)`: each is an HTTPS request to
 * trigger.dev's API. `batchTrigger([...])` starts many runs in one request.
 */
export const triggerDev: LibraryTable = {
  id: 'trigger.dev',
  name: 'trigger.dev',
  modules: ['@trigger.dev/sdk', '@trigger.dev/sdk/v3'],
  kind: 'http-client',
  queryMethods: ['trigger', 'batchTrigger', 'triggerAndWait', 'batchTriggerAndWait', 'retrieve', 'cancel', 'replay', 'reschedule'],
  readMethods: ['retrieve'],
  clientExports: ['tasks', 'runs', 'schedules'],
  // A task is a description of work that runs elsewhere; making one holds no connection.
  factories: [
    { export: 'task', creates: 'instance' },
    { export: 'schemaTask', creates: 'instance' },
  ],
};
