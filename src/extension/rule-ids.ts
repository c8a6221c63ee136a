import type { RuleId } from '../rules';

/**
 * Rule ids and their default severities, injected by the build (esbuild.mjs reads them from
 * rules/<id>.md front matter, the same source as the ESLint plugin's configs). Importing the rule
 * registry here instead would load the whole analysis engine into the extension host's main
 * thread at activation; only the worker needs it.
 */
declare const __PERF_COACH_SEVERITIES__: Record<string, 'warn' | 'error'> | undefined;

const defaults: Record<string, 'warn' | 'error'> = typeof __PERF_COACH_SEVERITIES__ === 'object' && __PERF_COACH_SEVERITIES__ ? __PERF_COACH_SEVERITIES__ : {};

export const RULE_IDS = Object.keys(defaults).sort() as RuleId[];

export function defaultSeverity(id: RuleId): 'error' | 'warning' {
  return defaults[id] === 'error' ? 'error' : 'warning';
}

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(defaults, id);
}
