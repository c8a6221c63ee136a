import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts', 'robustness.mjs');
const N_PLUS_ONE = `const { PrismaClient } = require('@prisma/client');\nconst prisma = new PrismaClient();\nexport async function load(ids) {\n  for (const id of ids) await prisma.user.findFirst({ where: { id } });\n}\n`;

let dir: string;
beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'eslint-plugin', 'index.js'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
  dir = mkdtempSync(path.join(os.tmpdir(), 'perf-coach-robustness-'));
  const files: Record<string, string> = {
    'a.ts': N_PLUS_ONE,
    'b.mts': N_PLUS_ONE,
    'c.cts': N_PLUS_ONE,
    'd.tsx': `${N_PLUS_ONE}export const V = () => <div>{1}</div>;\n`,
    'e.jsx': `${N_PLUS_ONE}export const V = () => <div>{1}</div>;\n`,
    'f.js': N_PLUS_ONE,
    'g.mjs': N_PLUS_ONE,
    'h.cjs': N_PLUS_ONE.replace('export ', ''),
    'node_modules/pkg/node_modules/inner/i.ts': N_PLUS_ONE,
    'node_modules/pkg/j.d.ts': 'export declare function load(ids: string[]): Promise<void>;\n',
    'README.md': '# not source\n',
    'k.json': '{}\n',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/robustness.mjs counts every file', () => {
  it('every JS/TS extension and nested node_modules are linted; nothing is "not linted"', () => {
    const out = path.join(dir, 'report.json');
    const run = spawnSync(process.execPath, [SCRIPT, dir, '--json', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.files).toBe(10);
    expect(report.notLinted).toBe(0);
    expect(report.exceptions).toEqual([]);
    expect(report.parseErrors).toBe(0);
    // One N+1 in each of the nine files that have one: proof the rules ran on every extension.
    expect(report.findings).toBe(9);
    expect(run.stdout).toMatch(/not linted \(no configuration, ignored\): 0/);
  }, 120_000);
});
