import { ESLint } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/eslint-plugin';

/** The bundled example backend reports exactly the findings listed in examples/expected-findings.json. */
const examples = resolve(__dirname, '../../examples');

describe('examples/', () => {
  it('reports exactly the expected findings, and none on the fixed twins', async () => {
    const eslint = new ESLint({
      cwd: examples,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.{js,ts,tsx,jsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
        { files: ['**/*.{js,ts,tsx,jsx}'], plugins: { 'perf-coach': plugin as never }, rules: Object.fromEntries(Object.keys(plugin.rules).map((r) => [`perf-coach/${r}`, 'warn'])) },
      ],
    });
    const results = await eslint.lintFiles(['.']);
    const actual = results
      .flatMap((r) => r.messages.map((m) => `${relative(examples, r.filePath).replace(/\\/g, '/')}:${m.line} ${m.ruleId ?? `fatal: ${m.message}`}`))
      .sort();
    const expected = (JSON.parse(readFileSync(join(examples, 'expected-findings.json'), 'utf8')) as Array<{ file: string; line: number; rule: string }>)
      .map((f) => `${f.file}:${f.line} ${f.rule}`)
      .sort();
    expect(actual.join('\n')).toBe(expected.join('\n'));
    expect(results.filter((r) => /\.fixed\.ts$/.test(r.filePath)).flatMap((r) => r.messages)).toEqual([]);
  });
});
