export interface Insight { id: string; projectId: string; key: string; score: number }

/** Where the engine keeps insights: handed in, so that tests can pass an in-memory one. */
export interface InsightStore {
  findActive(projectId: string, key: string): Promise<Insight | null>;
  upsert(insight: Omit<Insight, 'id'>): Promise<Insight>;
}

/** How the engine names a result: pure functions, no storage. */
export interface InsightNaming {
  title(key: string): string;
}
