import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

/**
 * A plugin copied away from its `node_modules` (or on a platform with no prebuilt oxc binary) cannot
 * load oxc-parser: the rules must still run, on one file at a time, and say once on stderr why
 * cross-file findings are missing, instead of silently finding less.
 */
const repo = resolve(__dirname, '../..');
const pluginDir = join(repo, 'dist/eslint-plugin');
/** One ESLint run in a child process: seconds when idle, much more on a loaded 2-core machine. */
const CHILD_MS = 300_000;

describe('plugin without its native parts', () => {
  it('warns once that cross-file analysis is off, and still reports what one file shows', { timeout: CHILD_MS }, () => {
    if (!existsSync(join(pluginDir, 'index.js'))) throw new Error('dist/eslint-plugin is missing: run `npm run build` first (npm test does).');
    // Outside any node_modules tree: `require('oxc-parser')` from the copy cannot succeed.
    const dir = tempDir('perf-coach-no-native-');
    cpSync(pluginDir, join(dir, 'plugin'), { recursive: true });
    mkdirSync(join(dir, 'app/src'), { recursive: true });
    writeFileSync(join(dir, 'app/package.json'), JSON.stringify({ name: 'app', private: true, dependencies: { '@prisma/client': '*' } }));
    writeFileSync(join(dir, 'app/src/db.ts'), "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n");
    writeFileSync(
      join(dir, 'app/src/orders.ts'),
      [
        "import { PrismaClient } from '@prisma/client';",
        'const local = new PrismaClient();',
        'export async function load(ids: string[]) {',
        '  for (const id of ids) await local.order.findUnique({ where: { id } });',
        '}',
        '',
      ].join('\n'),
    );
    const script = `
      const { ESLint } = require(${JSON.stringify(require.resolve('eslint', { paths: [repo] }))});
      const parser = require(${JSON.stringify(require.resolve('@typescript-eslint/parser', { paths: [repo] }))});
      const plugin = require(${JSON.stringify(join(dir, 'plugin/index.js'))});
      const eslint = new ESLint({ cwd: ${JSON.stringify(join(dir, 'app'))}, overrideConfigFile: true,
        overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser } }, plugin.configs.recommended] });
      eslint.lintFiles(['src/**/*.ts']).then((results) => {
        for (const r of results) for (const m of r.messages) console.log(m.ruleId + ' ' + m.line);
      });
    `;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: CHILD_MS });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(['perf-coach/no-n-plus-one 4']);
    const warnings = run.stderr.split('\n').filter((l) => l.includes('Perf Coach:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/oxc-parser could not be loaded .*cross-file analysis is off/);
  });
});
