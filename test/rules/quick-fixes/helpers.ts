import * as parser from '@typescript-eslint/parser';
import { parse } from '@typescript-eslint/typescript-estree';
import { Linter } from 'eslint';
import ts from 'typescript';
import { expect } from 'vitest';
import { rules, type RuleId } from '../../../src/rules';

/**
 * Quick-fix checks under real ESLint: lint, apply a suggestion as ESLint applies it, parse the
 * result, run both versions against an in-memory fake of the library, lint the fixed code again.
 */

const linter = new Linter({ configType: 'flat' });

/**
 * Options as the editor passes them: every finding, hints included (a request per item sent all at
 * once is a hint, and its fix is offered there). A fix must also clear the hint.
 */
export const EDITOR_OPTIONS = { report: 'all' } as const;

export function lint(code: string, rule: RuleId, filename = 'src/app.ts', options: Record<string, unknown> = EDITOR_OPTIONS): Linter.LintMessage[] {
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts', '**/*.js'], plugins: { p: { rules: rules as never } }, languageOptions: { parser: parser as never, ecmaVersion: 'latest', sourceType: 'module' }, rules: { [`p/${rule}`]: ['warn', options] } }],
    filename,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`does not parse: ${fatal.message}`);
  return messages;
}

/** The code with the one suggestion the rule offers applied; fails unless there is exactly one. */
export function fixed(code: string, rule: RuleId, filename = 'src/app.ts'): { output: string; desc: string } {
  const withSuggestion = lint(code, rule, filename).filter((m) => m.suggestions?.length);
  expect(withSuggestion.map((m) => m.message)).toHaveLength(1);
  const [s] = withSuggestion[0].suggestions!;
  expect(withSuggestion[0].suggestions).toHaveLength(1);
  return { output: code.slice(0, s.fix.range[0]) + s.fix.text + code.slice(s.fix.range[1]), desc: s.desc };
}

/** Suggestions offered on every finding of `rule` (empty lists included). */
export function suggestions(code: string, rule: RuleId, filename = 'src/app.ts'): string[][] {
  return lint(code, rule, filename).map((m) => (m.suggestions ?? []).map((s) => s.desc));
}

/** Parses as TypeScript (or JavaScript): the fixed code is valid syntax. */
export function assertParses(code: string, filename = 'src/app.ts'): void {
  expect(() => parse(code, { filePath: filename, loc: true, range: true, jsx: false })).not.toThrow();
}

/**
 * Runs a snippet: imports and exports dropped (the fakes stand for them), types stripped, the
 * body run as an async function with `env`'s keys as its names. Returns what it returns.
 */
export async function run(code: string, env: Record<string, unknown>): Promise<unknown> {
  const js = ts.transpileModule(code.replace(/^import .*$/gm, '').replace(/^export /gm, ''), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;
  return new AsyncFunction(...Object.keys(env), js)(...Object.values(env));
}

/** The rule no longer reports anything in the fixed code. */
export function assertClean(code: string, rule: RuleId, filename = 'src/app.ts'): void {
  expect(lint(code, rule, filename).map((m) => m.message)).toEqual([]);
}

/** Rows with an `id`, as a table would hold them. */
export interface Row { id: number | string; [k: string]: unknown }

/** Counts the calls made to a fake. */
export class Calls {
  n = 0;
  hit(): void {
    this.n++;
  }
}
