import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/eslint-plugin';
// Imported before any lint: it hands the native parser and resolver to the project model.
import '../../src/host/lint-text';
import { tempDir } from '../support/temp-dir';

/**
 * ESLint's `--cache` keeps a file's results while that file and the config are unchanged. Our
 * findings also depend on the modules a file imports, which the cache does not know about. This
 * test pins down the documented limit (docs/ARCHITECTURE.md, "ESLint's --cache") and the remedy
 * the docs give: a cache location per commit, so changed sources start from an empty cache.
 */
function project(): string {
  const root = tempDir('perf-coach-cache-');
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'package.json'), '{"name":"cache-test","private":true}');
  writeFileSync(join(root, 'src/repo.ts'), "import { prisma } from './db';\nexport const getOrder = (id: string) => prisma.order.findFirst({ where: { id } });\n");
  writeFileSync(join(root, 'src/db.ts'), "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n");
  writeFileSync(join(root, 'src/service.ts'), "import { getOrder } from './repo';\nexport async function load(ids: string[]) {\n  return Promise.all(ids.map((id) => getOrder(id)));\n}\n");
  return root;
}

async function lint(root: string, cacheLocation: string | undefined) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.recommended as never],
    ...(cacheLocation && { cache: true, cacheLocation, cacheStrategy: 'content' as const }),
  });
  const results = await eslint.lintFiles(['src/service.ts']);
  return results.flatMap((r) => r.messages.map((m) => `${m.ruleId}:${m.line}`));
}

describe("ESLint's --cache and findings that depend on other files", () => {
  it('keeps a stale cross-file finding after the helper changes; a fresh cache location does not', async () => {
    const root = project();
    const cache = join(root, '.eslintcache');
    expect(await lint(root, cache)).toEqual(['perf-coach/no-n-plus-one:3']);
    // The helper stops querying; service.ts itself is unchanged.
    writeFileSync(join(root, 'src/repo.ts'), 'export const getOrder = (id: string) => ({ id });\n');
    expect(await lint(root, cache)).toEqual(['perf-coach/no-n-plus-one:3']); // stale: the documented limit
    expect(await lint(root, join(root, '.eslintcache-next-commit'))).toEqual([]);
    expect(await lint(root, undefined)).toEqual([]);
  }, 60_000);
});
