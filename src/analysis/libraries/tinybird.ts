import type { LibraryTable } from './types';

/**
 * Tinybird through `@chronark/zod-bird`: `tb.buildPipe({ pipe, parameters, data })` and
 * `tb.buildIngestEndpoint(…)` hand back functions, and each call of one is an HTTP request that
 * runs the pipe's SQL (or ingests events). A pipe can take a list parameter, so one call per item
 * is an N+1 like any other query.
 */
export const tinybird: LibraryTable = {
  id: 'tinybird',
  name: 'Tinybird',
  modules: ['@chronark/zod-bird'],
  kind: 'sql-driver',
  // What `buildPipe` returns is called to run the pipe; `tb.buildPipe(…)` itself only describes it.
  callableClient: true,
  queryMethods: [],
  factories: [{ export: 'Tinybird', creates: 'instance' }],
  typeNames: ['Tinybird'],
};
