import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/eslint-plugin';
import { lintText } from '../../src/host/lint-text';

/** eslint-disable comments silence exactly what ESLint silences, so editor and CI agree. */
const base = `import fs from 'node:fs';\napp.get('/x', (req, res) => {\n`;
const cases: Array<[string, string]> = [
  ['next-line, this rule', `  // eslint-disable-next-line perf-coach/no-blocking-io\n  fs.readFileSync('a');\n  fs.readFileSync('b');\n`],
  ['next-line, another rule', `  // eslint-disable-next-line perf-coach/no-sync-logging\n  fs.readFileSync('a');\n`],
  ['next-line, all rules, with description', `  // eslint-disable-next-line -- reviewed: tiny file\n  fs.readFileSync('a');\n`],
  ['same line', `  fs.readFileSync('a'); // eslint-disable-line perf-coach/no-blocking-io\n  console.log('x');\n`],
  ['block disable/enable', `  /* eslint-disable perf-coach/no-blocking-io */\n  fs.readFileSync('a');\n  /* eslint-enable perf-coach/no-blocking-io */\n  fs.readFileSync('b');\n`],
  ['line comment cannot open a block', `  // eslint-disable perf-coach/no-blocking-io\n  fs.readFileSync('a');\n`],
  ['disable all, enable one', `  /* eslint-disable */\n  console.log('x');\n  /* eslint-enable perf-coach/no-sync-logging */\n  console.log('y');\n  fs.readFileSync('a');\n`],
  ['list of rules', `  // eslint-disable-next-line perf-coach/no-sync-logging, perf-coach/no-blocking-io\n  console.log(fs.readFileSync('a'));\n`],
];

const linter = new Linter({ configType: 'flat' });
const config = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { files: ['**/*.ts'], plugins: { 'perf-coach': plugin as never }, rules: Object.fromEntries(Object.keys(plugin.rules).map((r) => [`perf-coach/${r}`, 'warn' as const])) },
];

describe('disable directives', () => {
  it.each(cases)('%s', (_name, body) => {
    const code = `${base}${body}});\n`;
    // ESLint's own "unused directive" notices (ruleId null) are not rule findings.
    const eslint = linter.verify(code, config, { filename: 'src/app.ts' }).filter((m) => m.ruleId).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    const host = lintText({ filename: '/p/src/app.ts', cwd: '/p', text: code }).findings.map((f) => `${f.line}:${f.column} perf-coach/${f.ruleId}`);
    expect(host).toEqual(eslint);
  });

  it('silences something in at least one case and not in all (the cases mean something)', () => {
    const counts = cases.map(([, body]) => lintText({ filename: '/p/src/app.ts', cwd: '/p', text: `${base}${body}});\n` }).findings.length);
    expect(counts).toContain(0);
    expect(counts.some((n) => n > 0)).toBe(true);
  });
});
