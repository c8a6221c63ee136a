import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

// scripts/real-app-fix-check.mjs on an app written here: it re-lints each finding that offers a fix,
// applies the fix, and says whether the result parses and whether the rewritten call is still reported.

const REPO = path.resolve(__dirname, '../..');
const SCRIPT = path.join(REPO, 'scripts/real-app-fix-check.mjs');

const CODE = `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function invite(emails: string[], teamId: string) {
  for (const email of emails) {
    await prisma.invite.create({ data: { email, teamId } });
  }
}
export async function priceTiers(tiers: Array<{ id: string; prices: Record<string, number> }>) {
  for (const tier of tiers) {
    for (const [usageType, price] of Object.entries(tier.prices)) {
      await prisma.price.create({ data: { tierId: tier.id, usageType, price } });
    }
  }
}
`;

describe('scripts/real-app-fix-check.mjs', () => {
  it('applies each offered fix: one clears the finding, one inside an outer loop is still reported there, both parse', () => {
    const apps = tempDir('real-app-fix-check-');
    mkdirSync(path.join(apps, 'shop/src'), { recursive: true });
    writeFileSync(path.join(apps, 'shop/src/invites.ts'), CODE);
    const findings = path.join(apps, 'run.json');
    const finding = (line: number) => ({ app: 'shop', file: 'src/invites.ts', line, rule: 'no-n-plus-one', quickFix: ['batchWrite'] });
    writeFileSync(findings, JSON.stringify({ findings: [finding(5), finding(11), { ...finding(1), quickFix: [] }] }));
    const r = spawnSync(process.execPath, [SCRIPT, '--apps', apps, '--findings', findings, '--fix', 'batchWrite'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ok               shop src/invites.ts:5: Collect the rows and write them all with one `prisma.invite.createMany`.');
    expect(r.stdout).toMatch(/STILL REPORTED {3}shop src\/invites\.ts:11: `prisma\.price\.createMany` runs once per item of `tiers`/);
    expect(r.stdout).toContain('2 findings offering batchWrite: 1 fixed cleanly, 1 still reported after the fix, 0 do not parse, 0 no longer offered');
  });
});
