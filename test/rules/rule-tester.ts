import * as parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

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
  return new RuleTester({
    languageOptions: {
      parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    // A case whose comments disable other plugins' rules (`no-console`) would report them as unused otherwise.
    ...(linterOptions && { linterOptions }),
  });
}

export const TS_FILE = 'src/app.ts';

/** Strips the common indentation so each case reads like the file it stands for; line 1 is the first code line. */
export function ts(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
