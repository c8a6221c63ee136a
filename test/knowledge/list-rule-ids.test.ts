import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listRuleIds } from '../../src/knowledge/build-catalog.js';

describe('listRuleIds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'perf-coach-rules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps modules that build a rule and skips the index, helpers and sub-folders', () => {
    writeFileSync(join(dir, 'index.ts'), "import a from './no-a';\nexport const rules = { 'no-a': a };\n");
    writeFileSync(join(dir, 'no-a.ts'), 'export default createRule<Ids, Opts>({ name: "no-a" });\n');
    writeFileSync(join(dir, 'no-b.ts'), 'export default createRule({ name: "no-b" });\n');
    writeFileSync(join(dir, 'prefilters.ts'), "import { createRule } from './util/create-rule';\nexport const PREFILTERS = {};\n");
    mkdirSync(join(dir, 'util'));
    writeFileSync(join(dir, 'util', 'create-rule.ts'), 'export const createRule = RuleCreator(() => "");\n');
    expect(listRuleIds(dir)).toEqual(['no-a', 'no-b']);
  });

  it('returns nothing for a missing folder', () => {
    expect(listRuleIds(join(dir, 'missing'))).toEqual([]);
  });
});
