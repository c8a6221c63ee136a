import * as parser from '@typescript-eslint/parser';
import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText, type RuleSeverities } from '../../src/host/lint-text';

// typescript-eslint's RuleTester runs the rules on ESLint's own Linter; it needs the test hooks.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/**
 * Files default to a runtime source path (`src/app.ts`): the rules judge context from paths, and
 * tests name other paths (`scripts/x.ts`, `test/x.test.ts`) where that is the point of the case.
 */
export function createRuleTester(linterOptions?: { reportUnusedDisableDirectives?: 'off' | 'warn' | 'error' }): RuleTester {
  return new CostCheckingRuleTester({
    languageOptions: {
      parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    // A case whose comments disable other plugins' rules (`no-console`) would report them as unused otherwise.
    ...(linterOptions && { linterOptions }),
  });
}

/**
 * RuleTester compares `data` only through the message it fills in, and no message shows `cost`:
 * an expected `cost: 'low'` (a hint, not worth fixing) would pass whatever the rule said. So each
 * invalid case with such an error is also linted by the editor's host, which turns `cost: 'low'`
 * into `lowCost`, and the error's line must carry a hint. (Without `report: 'all'` a hint is not
 * reported at all, so RuleTester itself checks that the other errors are worth fixing.)
 */
class CostCheckingRuleTester extends RuleTester {
  override run<MessageIds extends string, Options extends readonly unknown[]>(name: string, rule: RuleModule<MessageIds, Options>, tests: RunTests<MessageIds, Options>): void {
    super.run(name, rule, tests);
    // `no-n-plus-one (Active Record rows)` is a suite of `no-n-plus-one`.
    const ruleId = name.split(' ')[0] as keyof RuleSeverities;
    const isHint = (e: object) => 'data' in e && (e.data as { cost?: string } | undefined)?.cost === 'low';
    const checked = tests.invalid.filter((t) => t.errors.some(isHint));
    if (!checked.length) return;
    describe(`${name}: errors expected as hints (cost low) are hints`, () => {
      for (const t of checked) {
        it(t.name ?? t.code.slice(0, 60), () => {
          const options = (t.options?.[0] ?? {}) as Record<string, unknown>;
          // The host runs every rule not turned off: only this suite's rule counts.
          const found = lintText({ filename: t.filename ?? TS_FILE, text: t.code, options: { ...options, report: 'all' }, digest: false }).findings.filter((f) => f.ruleId === ruleId);
          for (const e of t.errors.filter(isHint)) {
            const atLine = found.filter((f) => f.line === e.line);
            expect(atLine.length, `a finding on line ${e.line}`).toBeGreaterThan(0);
            expect(atLine.some((f) => f.lowCost), `line ${e.line}: expected a hint (cost low); got ${atLine.map((f) => (f.lowCost ? 'hint' : 'worth fixing')).join(', ')}`).toBe(true);
          }
        });
      }
    });
  }
}

export const TS_FILE = 'src/app.ts';

/** Strips the common indentation so each case reads like the file it stands for; line 1 is the first code line. */
export function ts(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
