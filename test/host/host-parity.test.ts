import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/eslint-plugin';
import { lintText } from '../../src/host/lint-text';

/**
 * The editor host (oxc-parser + our rules, no ESLint) must report exactly what ESLint with
 * typescript-eslint's parser reports: same rule, line, column and message on every file of the
 * corpus, the examples and the plugin fixtures.
 */
const repo = resolve(__dirname, '../..');
const roots = ['test/corpus', 'examples', 'test/plugin/fixtures'].map((r) => join(repo, r));

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (/\.(c|m)?[jt]sx?$/.test(name)) out.push(p);
  }
  return out;
}

const config = [
  { files: ['**/*.*'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.*'], plugins: { 'perf-coach': plugin as never }, rules: Object.fromEntries(Object.keys(plugin.rules).map((r) => [`perf-coach/${r}`, 'warn' as const])) },
];

describe('editor host parity with ESLint', () => {
  for (const root of roots) {
    it(`same findings on ${relative(repo, root)}/`, () => {
      const files = sourceFiles(root);
      expect(files.length).toBeGreaterThan(4);
      const eslintSide: string[] = [];
      const hostSide: string[] = [];
      // Both hosts see the folder as the project: the same files for the project model to read.
      const linter = new Linter({ configType: 'flat', cwd: root });
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const rel = relative(root, file);
        const r = lintText({ filename: file, text, cwd: root });
        for (const m of linter.verify(text, config, { filename: file })) {
          // A file no rule can match is not parsed by the host, so its syntax errors are the editor's to show.
          if (!m.ruleId && r.prefiltered) continue;
          eslintSide.push(m.ruleId ? `${rel}:${m.line}:${m.column} ${m.ruleId} ${m.message}` : `${rel} parse error`);
        }
        if (r.parseError) hostSide.push(`${rel} parse error`);
        for (const f of r.findings) hostSide.push(`${rel}:${f.line}:${f.column} perf-coach/${f.ruleId} ${f.message}`);
      }
      expect(hostSide.sort().join('\n')).toBe(eslintSide.sort().join('\n'));
      expect(hostSide.length).toBeGreaterThan(0);
    });
  }
});
