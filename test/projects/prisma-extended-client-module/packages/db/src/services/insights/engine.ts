import type { InsightNaming, InsightStore } from './types';

export interface CreateEngineArgs {
  store: InsightStore;
  naming: InsightNaming;
}

export function createEngine(args: CreateEngineArgs) {
  const { store, naming } = args;
  return {
    async run(projectId: string, results: Array<{ key: string; score: number }>) {
      const titles = results.map((r) => naming.title(r.key)); // ok: an implementation that only formats text
      for (const r of results) {
        const prev = await store.findActive(projectId, r.key); // expect: perf-coach/no-n-plus-one
        if (!prev || prev.score !== r.score) await store.upsert({ projectId, key: r.key, score: r.score }); // expect: perf-coach/no-n-plus-one
      }
      return titles;
    },
  };
}
