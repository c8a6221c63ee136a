import type { TSESLint } from '@typescript-eslint/utils';

/** Where each rule's explainer lives; `meta.docs.url` is derived from the rule name, never written by hand. */
export const DOCS_BASE = 'https://github.com/perf-coach/perf-coach/blob/main/rules';

export interface PerfCoachDocs {
  description: string;
  /** In `configs.recommended`. */
  recommended: boolean;
  /** Explainer category (see docs/knowledge-format.md). */
  category: 'database' | 'application' | 'concurrency' | 'network';
  url?: string;
}

export type RuleContext<MessageIds extends string, Options extends readonly unknown[]> = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

export interface PerfCoachRule<MessageIds extends string, Options extends readonly unknown[]> {
  name: string;
  meta: Omit<TSESLint.RuleMetaData<MessageIds, PerfCoachDocs, Options>, 'docs' | 'defaultOptions'> & {
    docs: Omit<PerfCoachDocs, 'url'>;
    defaultOptions: Options;
  };
  create(context: RuleContext<MessageIds, Options>, options: Options): TSESLint.RuleListener;
}

/**
 * Our RuleCreator: plain ESLint rule objects (no runtime dependency), options merged with
 * `meta.defaultOptions` the way ESLint 9+ does, so hosts without that merge behave the same.
 */
export function createRule<MessageIds extends string, Options extends readonly unknown[]>(rule: PerfCoachRule<MessageIds, Options>) {
  const { name, meta } = rule;
  return {
    meta: { ...meta, docs: { ...meta.docs, url: `${DOCS_BASE}/${name}.md` } },
    create(context: RuleContext<MessageIds, Options>) {
      const merged = meta.defaultOptions.map((d, i) => mergeOption(d, context.options[i])) as unknown as Options;
      return rule.create(context, merged);
    },
  } satisfies { meta: TSESLint.RuleMetaData<MessageIds, PerfCoachDocs, Options>; create: unknown };
}

function mergeOption(defaults: unknown, given: unknown): unknown {
  if (given === undefined) return defaults;
  if (defaults && typeof defaults === 'object' && !Array.isArray(defaults) && given && typeof given === 'object' && !Array.isArray(given)) {
    return { ...(defaults as object), ...(given as object) };
  }
  return given;
}
