import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/host/lint-text';

/**
 * `recommended` reports what is worth fixing; with `report: 'all'` (the `all` config, the editor)
 * findings on cold paths come back too, marked low cost, and the editor shows them as hints.
 */
const perRowScript = [
  "import { prisma } from '../src/db';",
  'for (const user of await prisma.user.findMany()) {',
  '  await prisma.audit.create({ data: { userId: user.id } });',
  '}',
].join('\n');

describe('findings on cold paths', () => {
  it('are left out by default (recommended)', () => {
    const r = lintText({ filename: '/repo/scripts/backfill-audit.ts', text: perRowScript, cwd: '/repo', rules: { 'no-n-plus-one': 'warning' } });
    expect(r.findings).toEqual([]);
  });

  it("come back marked low cost with report: 'all'", () => {
    const r = lintText({ filename: '/repo/scripts/backfill-audit.ts', text: perRowScript, cwd: '/repo', rules: { 'no-n-plus-one': 'warning' }, options: { report: 'all' } });
    expect(r.findings.map((f) => [f.ruleId, f.line, f.lowCost])).toEqual([['no-n-plus-one', 3, true]]);
  });

  it('the same loop on a request path is worth fixing either way', () => {
    const route = perRowScript.replace("import { prisma } from '../src/db';", "import { prisma } from '../db';\napp.post('/audit', async () => {") + '\n});';
    for (const options of [{}, { report: 'all' as const }]) {
      const r = lintText({ filename: '/repo/src/routes/audit.ts', text: route, cwd: '/repo', rules: { 'no-n-plus-one': 'warning' }, options });
      expect(r.findings.map((f) => [f.line, f.lowCost ?? false])).toEqual([[4, false]]);
    }
  });
});
