import type { AnalysisOptions } from '../analysis/options';
import type { RuleId } from '../rules';
import type { Severity } from '../host/lint-text';
import { RULE_IDS, defaultSeverity, isRuleId } from './rule-ids';

/**
 * `perfCoach.*` settings, typed once and validated. Settings come from user-edited JSON, so every
 * value is checked; a wrong one falls back to its default and produces one readable problem
 * (shown once as a warning), never an exception in the middle of an analysis.
 * No `vscode` import: the caller passes a reader (`WorkspaceConfiguration.get`).
 */
export interface PerfCoachSettings {
  enable: boolean;
  /** Every rule, resolved: the user's choice or the rule's default. */
  rules: Record<RuleId, Severity | 'off'>;
  scanOnStartup: boolean;
  /** Extra globs the workspace scan skips (relative to the workspace folder). */
  exclude: string[];
  maxFileSizeKb: number;
  /** Analysis of one file slower than this turns the status item into a warning. */
  timeBudgetMs: number;
  /** Passed to every rule as its options. */
  analysis: AnalysisOptions;
}

export interface SettingsResult {
  settings: PerfCoachSettings;
  /** One line per invalid value, naming the setting and what was used instead. */
  problems: string[];
}

const LEVELS = ['error', 'warning', 'info', 'off'] as const;
export const DEFAULT_MAX_FILE_SIZE_KB = 1000;
export const DEFAULT_TIME_BUDGET_MS = 50;

type Reader = (key: string) => unknown;

/** VS Code hands out configuration values as read-only proxies, which cannot be posted to a worker. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function readSettings(get: Reader): SettingsResult {
  const problems: string[] = [];
  const bad = (key: string, value: unknown, expected: string, fallback: unknown) =>
    problems.push(`perfCoach.${key} is ${JSON.stringify(value)}; expected ${expected}. Using ${JSON.stringify(fallback)}.`);

  const bool = (key: string, fallback: boolean): boolean => {
    const v = get(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'boolean') return v;
    bad(key, v, 'true or false', fallback);
    return fallback;
  };
  const number = (key: string, fallback: number, min: number, max: number): number => {
    const v = get(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    bad(key, v, `a number from ${min} to ${max}`, fallback);
    return fallback;
  };
  const strings = (key: string): string[] | undefined => {
    const v = get(key);
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '')) return plain(v as string[]);
    bad(key, v, 'a list of non-empty strings', []);
    return undefined;
  };

  const rules = {} as Record<RuleId, Severity | 'off'>;
  for (const id of RULE_IDS) rules[id] = defaultSeverity(id);
  const given = get('rules');
  if (given !== undefined && given !== null) {
    if (typeof given !== 'object' || Array.isArray(given)) {
      bad('rules', given, 'an object like { "no-n-plus-one": "error" }', {});
    } else {
      for (const [key, level] of Object.entries(given as Record<string, unknown>)) {
        // Accept the ESLint spelling too, so ids can be copied from a message or an eslint config.
        const id = key.replace(/^perf-coach\//, '');
        if (!isRuleId(id)) {
          problems.push(`perfCoach.rules names an unknown rule "${key}" (known: ${RULE_IDS.join(', ')}). It is ignored.`);
        } else if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
          bad(`rules.${key}`, level, `one of ${LEVELS.join(', ')}`, rules[id]);
        } else {
          rules[id] = level as Severity | 'off';
        }
      }
    }
  }

  // The editor asks for every finding; those not worth fixing come back marked and are shown as hints.
  const analysis: AnalysisOptions = { report: 'all' };
  const clients = get('clients');
  if (clients !== undefined && clients !== null) {
    const ok = typeof clients === 'object' && !Array.isArray(clients) && Object.values(clients as object).every((v) => typeof v === 'string');
    if (ok) analysis.clients = plain(clients as Record<string, string>);
    else bad('clients', clients, 'an object of name → library id, like { "db": "knex" }', {});
  }
  const markers = strings('requestPathMarkers');
  if (markers?.length) analysis.requestPathMarkers = markers;
  const allow = strings('allow');
  if (allow?.length) analysis.allow = allow;

  return {
    settings: {
      enable: bool('enable', true),
      rules,
      scanOnStartup: bool('scanOnStartup', false),
      exclude: strings('exclude') ?? [],
      maxFileSizeKb: number('maxFileSize', DEFAULT_MAX_FILE_SIZE_KB, 1, 100_000),
      timeBudgetMs: number('timeBudgetMs', DEFAULT_TIME_BUDGET_MS, 1, 60_000),
      analysis,
    },
    problems,
  };
}
