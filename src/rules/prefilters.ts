import type { RuleId } from './index';

/**
 * A cheap text test per rule: a file that does not match cannot produce a finding, so the rule
 * (and, in the editor host, the parser) skips it. Each regex must be implied by every finding the
 * rule can report; the host-parity and corpus tests would catch one that is too narrow.
 */
const TEXT: Record<RuleId, RegExp> = {
  // A repetition is needed: a loop, an iteration callback, a resolver map or NestJS field resolver, a stream's per-item handler,
  // a file parser's per-row handler (csvtojson's `subscribe`, Papa Parse's `step`), a utility library's helper imported under any name,
  // a project's own iteration helper by the names loop-shape.ts knows (`asyncMap(`, `promiseMapWithLimit(`, `mapAsync(`),
  // a function that steps through a list by calling itself, which opens with a stop test on its length (`if (i >= ids.length) return`).
  'no-n-plus-one': /\b(for|while)\b|\bif\s*\([^)\n]*\.length\b[^)\n]*\)\s*\{?\s*return\b|\.subscribe\(|\bstep\s*:|\.(map|forEach|flatMap|filter|some|every|find|findIndex|findLast|findLastIndex|reduce|reduceRight|each|eachSeries|eachLimit|mapSeries|mapLimit|forEachSeries|forEachLimit|from|eachOf\w*|forEachOf\w*|mapValues\w*)\b|\bp?Map(Series)?\(|\btimes(Limit|Series)?\(|\b([Pp]|[Pp]romise|[Bb]luebird|[Aa]sync)([Mm]ap|[Ff]orEach|[Ee]ach|[Ff]latMap)\w*\s*\(|\b(map|forEach|each|flatMap)(Series|Limit|With|Concurrent|InParallel|Parallel|Pool|Async|Serial|Sequential|InSeries|InSequence|Array|Item|Element|Entry)\w*\s*\(|['"](lodash|underscore|async)([/.]\w+)?['"]|Resolve|[Rr]esolvers?\b|\.on\(\s*['"](data|row|record|line|document)['"]|\b(Transform|Writable|Duplex)\s*\(/,
  'no-sync-logging': /console\.|std(out|err)\.write|Sync\b|destination|SonicBoom/,
  // A client is created with `new`, a factory call, or a knex/drizzle/mongoose/MikroORM entry point.
  'prefer-connection-pool': /\bnew\s+[\w$.]|create(Connection|Pool|PoolCluster|Client|Cluster)\b|\bknex\s*\(|\bdrizzle\s*\(|\.connect\s*\(|\.init\s*\(|\bSequelize\b/,
  'no-blocking-io': /Sync\b/,
  'no-sequential-await': /\bawait\b/,
};

/** Files whose path alone can make them match (per-type GraphQL resolver modules repeat per parent). */
const PATH: Partial<Record<RuleId, RegExp>> = {
  'no-n-plus-one': /(^|[\\/])resolvers?[\\/]|\.resolvers?\.[cm]?[jt]s$/,
};

/** Whether rule `id` can report anything in this file. */
export function mayReport(id: RuleId, text: string, filename: string): boolean {
  return TEXT[id].test(text) || (PATH[id]?.test(filename) ?? false);
}
