import assert from 'node:assert/strict';
import { disableForFile, disableForLine } from '../../src/extension/disable-comments';
import { createScanFilter } from '../../src/extension/scan/scan-filter';
import { readSettings } from '../../src/extension/settings';
import { test } from './harness';

/**
 * The extension's pure logic (no `vscode` import), checked on the cases the example files do
 * not reach: where disable comments go, how settings are validated, what the scan skips.
 */
const ID = 'perf-coach/no-n-plus-one';

test('disable for this line: indentation, extending an existing comment, nothing twice', () => {
  assert.deepEqual(disableForLine(['a();', '    b();'], 1, ID), { line: 1, character: 0, endCharacter: 0, text: `    // eslint-disable-next-line ${ID}\n` });
  assert.deepEqual(disableForLine(['\tb();'], 0, ID, '\r\n'), { line: 0, character: 0, endCharacter: 0, text: `\t// eslint-disable-next-line ${ID}\r\n` });
  const above = ['  // eslint-disable-next-line perf-coach/no-sync-logging -- request logger', '  b();'];
  assert.deepEqual(disableForLine(above, 1, ID), { line: 0, character: above[0].indexOf(' -- '), endCharacter: above[0].indexOf(' -- '), text: `, ${ID}` });
  assert.equal(disableForLine([`  // eslint-disable-next-line ${ID}`, '  b();'], 1, ID), undefined);
  assert.equal(disableForLine(['  // eslint-disable-next-line', '  b();'], 1, ID), undefined, 'a bare comment already disables every rule');
});

test('disable for this file: after a shebang and directives, or into an existing comment', () => {
  assert.equal(disableForFile(['import x from "y";'], ID)!.line, 0);
  assert.equal(disableForFile(['#!/usr/bin/env node', "'use strict';", 'run();'], ID)!.line, 2);
  assert.equal(disableForFile(['"use server";', 'export async function save() {}'], ID)!.line, 1);
  assert.deepEqual(disableForFile(['/* eslint-disable perf-coach/no-sync-logging */', 'x();'], ID), {
    line: 0,
    character: '/* eslint-disable perf-coach/no-sync-logging'.length,
    endCharacter: '/* eslint-disable perf-coach/no-sync-logging'.length,
    text: `, ${ID}`,
  });
  assert.equal(disableForFile(['/* eslint-disable */', 'x();'], ID), undefined);
  const onlyPrologue = disableForFile(["'use strict';"], ID)!;
  assert.equal(onlyPrologue.line, 0);
  assert.equal(onlyPrologue.text, `\n/* eslint-disable ${ID} */\n`);
});

test('settings: defaults, accepted spellings, and one readable problem per bad value', () => {
  const defaults = readSettings(() => undefined);
  assert.deepEqual(defaults.problems, []);
  assert.equal(defaults.settings.enable, true);
  assert.equal(defaults.settings.timeBudgetMs, 50);
  assert.equal(defaults.settings.rules['no-n-plus-one'], 'warning');

  const values: Record<string, unknown> = {
    rules: { 'perf-coach/no-n-plus-one': 'error', 'no-sync-logging': 'loud', 'no-such-rule': 'off' },
    maxFileSize: -3,
    timeBudgetMs: 'fast',
    enable: 'yes',
    exclude: ['dist/**', ''],
    clients: { db: 'knex' },
    allow: ['cache.get'],
  };
  const { settings, problems } = readSettings((k) => values[k]);
  assert.equal(settings.rules['no-n-plus-one'], 'error');
  assert.equal(settings.rules['no-sync-logging'], 'warning');
  assert.equal(settings.maxFileSizeKb, 1000);
  assert.equal(settings.timeBudgetMs, 50);
  assert.equal(settings.enable, true);
  assert.deepEqual(settings.exclude, []);
  // The editor always asks for every finding; cold-path ones come back marked and show as hints.
  assert.deepEqual(settings.analysis, { report: 'all', clients: { db: 'knex' }, allow: ['cache.get'] });
  assert.equal(problems.length, 6, problems.join('\n'));
  assert.ok(problems.some((p) => /unknown rule "no-such-rule"/.test(p)));
  assert.ok(problems.every((p) => p.startsWith('perfCoach.')));
});

test('scan filter: node_modules, files.exclude (with "when"), perfCoach.exclude, nested .gitignore', () => {
  const filter = createScanFilter({
    filesExclude: { '**/.git': true, '**/build': true, '**/*.js': { when: '$(basename).ts' }, '**/off': false },
    exclude: ['scripts/**'],
    gitignores: new Map([
      ['', 'dist/\n*.generated.ts\n'],
      ['packages/api', 'tmp/\n'],
    ]),
  });
  const exists = (p: string) => p === 'src/app.ts';
  const why = (p: string) => filter.excludedBy(p, exists);
  assert.equal(why('node_modules/x/index.js'), 'node_modules');
  assert.equal(why('src/build/a.ts'), 'files.exclude "**/build"');
  assert.match(why('src/app.js') ?? '', /next to app\.ts/);
  assert.equal(why('src/other.js'), undefined);
  assert.equal(why('off/a.ts'), undefined);
  assert.equal(why('scripts/seed.ts'), 'perfCoach.exclude "scripts/**"');
  assert.equal(why('dist/server.js'), '.gitignore');
  assert.equal(why('src/schema.generated.ts'), '.gitignore');
  assert.equal(why('packages/api/tmp/x.ts'), 'packages/api/.gitignore');
  assert.equal(why('packages/web/tmp/x.ts'), undefined);
  assert.equal(why('src/routes/orders.ts'), undefined);
});
