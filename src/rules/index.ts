import noBlockingIo from './no-blocking-io';
import noNPlusOne from './no-n-plus-one';
import noSequentialAwait from './no-sequential-await';
import noSyncLogging from './no-sync-logging';
import preferConnectionPool from './prefer-connection-pool';

/** The registry: configs, docs checks and the README table derive from it. */
export const rules = {
  'no-n-plus-one': noNPlusOne,
  'no-sync-logging': noSyncLogging,
  'prefer-connection-pool': preferConnectionPool,
  'no-blocking-io': noBlockingIo,
  'no-sequential-await': noSequentialAwait,
};

export type RuleId = keyof typeof rules;
export const ruleIds = Object.keys(rules) as RuleId[];
