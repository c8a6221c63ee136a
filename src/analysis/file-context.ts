/**
 * What kind of file this is, from its path and first line. Start-up code, CLIs, configs, tests,
 * migrations and seeds run once or offline: blocking calls and ad-hoc connections there cost no
 * request anything.
 */
export type FileKind = 'runtime' | 'test' | 'migration' | 'seed' | 'config' | 'cli' | 'script' | 'build' | 'disabled';

/**
 * A `migration/` folder among a request's controllers or routes (`controllers/migration/importFromPocket.ts`)
 * holds endpoints that move a user's data in from another service: request code, not a schema migration
 * (unless its files carry a migration's timestamp).
 */
const REQUEST_MIGRATION = /(^|\/)(controllers?|routes?|handlers?|resolvers?|endpoints?|pages\/api)\/(.*\/)?(migrations?|migrate)\/(?!(.*\/)?\d{8,}[-_][\w-]+\.[cm]?[jt]s$)/i;

/** `services/sync/config/deploy.service.ts`: a domain's `config/` folder inside the app's services is app code, not settings. */
const DOMAIN_CONFIG = /(^|\/)(services?|controllers?|routes?|handlers?|resolvers?|repositories|models?)\/(.*\/)?configs?\/(.*\/)?[\w.-]*\.(service|controller|repository|model|handler|resolver)\.[cm]?[jt]s$/i;

/** Each kind: the paths that make a file that kind, and those that look so but are not. */
const RULES: Array<[FileKind, RegExp, RegExp?]> = [
  ['test', /(^|\/)(__tests__|__mocks__|tests?|spec|e2e|cypress|playwright|(integration|e2e|unit|api|acceptance|functional|smoke|load|perf|performance|component|contract|system)[-_]tests?)\/|\.(test|spec|e2e-spec|e2e)\.[cm]?[jt]sx?$/i],
  ['migration', /(^|\/)(migrations?|migrate|upgrades|[a-z][\w-]*Migrations)\/|\.migration\.[cm]?[jt]s$|(^|\/)(migrate|migrations?|[\w-]+[-_]migrations)\.[cm]?[jt]s$|(^|\/)\d{8,}[-_][\w-]+\.[cm]?[jt]s$/i, REQUEST_MIGRATION],
  ['seed', /(^|\/)(seeds?|seeders?|fixtures|data-import|populators?)\/|(^|\/)(seed(er)?s?|populator)\.[cm]?[jt]s$/i],
  ['config', /(^|\/)(config|configs|\.config)\/|\.config\.[cm]?[jt]s$|(^|\/)\.?[\w-]*rc\.[cm]?js$/i, DOMAIN_CONFIG],
  ['build', /(^|\/)(gulpfile|gruntfile|webpack|rollup|vite|esbuild|tsup|babel|jest|vitest)[\w.-]*\.[cm]?[jt]s$/i],
  ['cli', /(^|\/)(bin|cli)\/|(^|\/)cli\.[cm]?[jt]s$/i],
  // Not `tasks/`: queue and cron tasks (`queues/tasks/`) run again and again, like request code.
  // `tools/` beside the sources is tooling; inside them (`src/chat/tools/`) it holds an AI agent's tools, run per request.
  ['script', /(^|\/)(scripts?|jobs\/oneoff)\/|^(?!(.*\/)?(src|lib|app)\/)(.*\/)?tools\//i],
  // `cron/disabled/reject-contributions.js`: parked where the scheduler does not look; it does not run.
  ['disabled', /(^|\/)disabled\//i],
];

const COMMANDS_FOLDER = /(^|\/)commands?\//i;
const CLI_SIGNS = /process\.argv|from ['"](yargs|commander|@oclif\/core|cac|citty|meow|clipanion|nest-commander)['"]|require\(['"](yargs|commander|cac|meow)['"]\)|\.parseAsync\(|\bprogram\.parse\(/;

/** A module that drives a bundler (its configuration, a build step, a dev-server middleware) runs at build time or in development. */
const BUILD_SIGNS = /(?:\bfrom\s*|\brequire\(\s*)['"](webpack|webpack-dev-middleware|webpack-hot-middleware|rollup|esbuild|vite|@rspack\/core|@swc\/core|terser-webpack-plugin|mini-css-extract-plugin|html-webpack-plugin)['"]/;

export function classifyFile(filename: string, text: string): FileKind {
  const path = filename.replace(/\\/g, '/');
  for (const [kind, re, unless] of RULES) if (re.test(path) && !unless?.test(path)) return kind;
  if (text.startsWith('#!')) return 'cli';
  if (BUILD_SIGNS.test(text)) return 'build';
  // `commands/` holds CLI commands in some projects and the command pattern (`documentMover`,
  // `userInviter`, run by request handlers) in others: only the first read their arguments.
  if (COMMANDS_FOLDER.test(path) && CLI_SIGNS.test(text)) return 'cli';
  return 'runtime';
}

/** Kinds where per-request costs do not apply. */
export function isOfflineFile(kind: FileKind): boolean {
  return kind !== 'runtime';
}
