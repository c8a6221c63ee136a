/**
 * Options every rule accepts, because they change what the shared analysis sees.
 * Rules add their own options next to these (see each rule's schema).
 */
export interface AnalysisOptions {
  /** Extra client names: `{ "db": "knex", "this.store": "ioredis" }` (values are library ids). */
  clients?: Record<string, string>;
  /** Extra request-path markers: decorator names (`@Handler`), or function names treated as handlers. */
  requestPathMarkers?: string[];
  /** Callee texts never reported, e.g. `cache.get` or `legacyDb.*` (a trailing `*` matches any rest). */
  allow?: string[];
  /**
   * `worth-fixing` (the default, `recommended`): only findings that cost something where they are,
   * e.g. not an N+1 in code that runs once at start-up. `all` (the `all` config, the editor's
   * hints): those too, marked `cost: 'low'` in the report's data.
   */
  report?: 'worth-fixing' | 'all';
}

export const analysisOptionsSchema = {
  clients: {
    type: 'object',
    description: 'Extra names that hold a database/cache/HTTP client, mapped to a library id (prisma, typeorm, sequelize, mongoose, mongodb, knex, drizzle, mikro-orm, pg, mysql2, ioredis, redis, axios, got, undici).',
    additionalProperties: { type: 'string' },
  },
  requestPathMarkers: {
    type: 'array',
    description: 'Extra decorator or function names that mark request-path code.',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
  },
  report: {
    type: 'string',
    enum: ['worth-fixing', 'all'],
    description: 'worth-fixing (default): only findings that cost something where they run; all: also those on cold paths (once-only code).',
  },
  allow: {
    type: 'array',
    description: 'Callee texts never reported (`cache.get`, `legacyDb.*`).',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
  },
} as const;

export function optionsKey(o: AnalysisOptions): string {
  if (!o.clients && !o.requestPathMarkers) return '';
  return JSON.stringify([o.clients ?? null, o.requestPathMarkers ?? null]);
}

export function isAllowed(label: string, allow: readonly string[] | undefined): boolean {
  if (!allow?.length) return false;
  return allow.some((pattern) => (pattern.endsWith('*') ? label.startsWith(pattern.slice(0, -1)) : label === pattern));
}
