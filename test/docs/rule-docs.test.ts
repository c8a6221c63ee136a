import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules';

/** Metadata is written once; everything derived from it must agree (as typescript-eslint's docs test does). */
const repo = resolve(__dirname, '../..');

describe.each(Object.entries(rules))('rule %s', (id, rule) => {
  it('has its three files: logic, explainer, tests', () => {
    expect(existsSync(join(repo, 'src/rules', `${id}.ts`))).toBe(true);
    expect(existsSync(join(repo, 'rules', `${id}.md`))).toBe(true);
    expect(existsSync(join(repo, 'test/rules', `${id}.test.ts`))).toBe(true);
  });

  it('links its explainer from meta.docs.url', () => {
    expect(rule.meta.docs.url).toMatch(new RegExp(`/rules/${id}\\.md$`));
  });

  it('has an explainer whose front matter matches the rule', () => {
    const text = readFileSync(join(repo, 'rules', `${id}.md`), 'utf8');
    expect(text).toMatch(new RegExp(`^---\\r?\\n[\\s\\S]*?^id: ${id}$`, 'm'));
    expect(text).toMatch(new RegExp(`^category: ${rule.meta.docs.category}$`, 'm'));
  });

  it('declares a JSON schema for its options and defaults that satisfy it', () => {
    expect(Array.isArray(rule.meta.schema)).toBe(true);
    expect(rule.meta.defaultOptions).toHaveLength((rule.meta.schema as unknown[]).length);
  });
});

describe('README', () => {
  it('rule table is generated from the rules (node scripts/update-readme.mjs)', () => {
    expect(() => execFileSync(process.execPath, [join(repo, 'scripts/update-readme.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('starts with exactly the two set-up commands, and CI runs the README test command', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');
    expect(firstBlock).toHaveLength(2);
    const testCommand = /npm ci && (npm test)/.exec(firstBlock[1])?.[1];
    expect(testCommand).toBe('npm test');
    expect(readFileSync(join(repo, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
