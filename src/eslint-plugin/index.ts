import type { TSESLint } from '@typescript-eslint/utils';
import { rules, type RuleId } from '../rules';

/**
 * `eslint-plugin-perf-coach`: the rules plus flat configs. Severities come from each rule's
 * explainer front matter (rules/<id>.md), injected by the build, so they are written once.
 */
declare const __PERF_COACH_VERSION__: string | undefined;
declare const __PERF_COACH_SEVERITIES__: Record<string, 'warn' | 'error'> | undefined;

const version = typeof __PERF_COACH_VERSION__ === 'string' ? __PERF_COACH_VERSION__ : '0.0.0-dev';
const severities: Record<string, 'warn' | 'error'> = typeof __PERF_COACH_SEVERITIES__ === 'object' && __PERF_COACH_SEVERITIES__ ? __PERF_COACH_SEVERITIES__ : {};

const FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

type RuleEntry = 'warn' | 'error' | ['warn' | 'error', { report: 'all' }];
type FlatConfig = { name: string; files: string[]; plugins: Record<string, unknown>; rules: Record<string, RuleEntry> };

const plugin = {
  meta: { name: 'eslint-plugin-perf-coach', version, namespace: 'perf-coach' },
  rules: rules as unknown as Record<RuleId, TSESLint.LooseRuleDefinition>,
  configs: {} as { recommended: FlatConfig; all: FlatConfig },
};

const entries = Object.entries(rules) as Array<[RuleId, (typeof rules)[RuleId]]>;
plugin.configs.recommended = {
  name: 'perf-coach/recommended',
  files: FILES,
  plugins: { 'perf-coach': plugin },
  rules: Object.fromEntries(entries.filter(([, r]) => r.meta.docs.recommended).map(([id]) => [`perf-coach/${id}`, severities[id] ?? 'warn'])),
};
plugin.configs.all = {
  name: 'perf-coach/all',
  files: FILES,
  plugins: { 'perf-coach': plugin },
  // Every rule, and also the findings `recommended` leaves out as not worth fixing (cold paths).
  rules: Object.fromEntries(entries.map(([id]) => [`perf-coach/${id}`, [severities[id] ?? 'warn', { report: 'all' }]])),
};

export default plugin;
