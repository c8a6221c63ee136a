import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
    // The editor says why after the message.
    expect(r.findings[0]!.lowCostReason).toMatch(/^only once-only code reaches it: /);
  });

  it('the same loop on a request path is worth fixing either way', () => {
    const route = perRowScript.replace("import { prisma } from '../src/db';", "import { prisma } from '../db';\napp.post('/audit', async () => {") + '\n});';
    for (const options of [{}, { report: 'all' as const }]) {
      const r = lintText({ filename: '/repo/src/routes/audit.ts', text: route, cwd: '/repo', rules: { 'no-n-plus-one': 'warning' }, options });
      expect(r.findings.map((f) => [f.line, f.lowCost ?? false])).toEqual([[4, false]]);
    }
  });
});

/**
 * Models loaded into a global registry (`APP.models.editors`, as Wiki.js does): no import names
 * the model file, so its methods' callers are found by the method's name when it is distinctive.
 */
describe('callers found by a distinctive method name', () => {
  const root = mkdtempSync(join(tmpdir(), 'perf-coach-registry-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'registry-app', private: true }),
    'server/models/editors.js': [
      "const { Model } = require('objection');",
      'module.exports = class Editor extends Model {',
      '  static async refreshEditorsFromDisk(newEditors) {',
      '    for (const editor of newEditors) {',
      '      await APP.models.editors.query().insert(editor);',
      '    }',
      '  }',
      '  static async updateEditorsFromSettings(changes) {',
      '    for (const editor of changes) {',
      '      await APP.models.editorHistory.query().insert({ key: editor.key });',
      '    }',
      '  }',
      '};',
    ].join('\n'),
    // Start-up: `postBootMaster` is called only by `bootMaster`.
    'server/core/kernel.js': 'module.exports = {\n  async bootMaster() { await this.postBootMaster(); },\n  async postBootMaster() { await APP.models.editors.refreshEditorsFromDisk([]); },\n};',
    // The first-run wizard: served over HTTP, run once.
    'server/setup.js': "module.exports = (app) => {\n  app.post('/finalize', async (req, res) => { await APP.models.editors.refreshEditorsFromDisk([]); res.json({}); });\n};",
    'server/graph/editors.js': 'module.exports = { Mutation: { async updateEditors(obj, args) { await APP.models.editors.updateEditorsFromSettings(args.editors); return true; } } };',
    // A custom static method of a registry model, called per file of a sync.
    'server/models/pages.js': [
      "const { Model } = require('objection');",
      'module.exports = class Page extends Model {',
      '  static async movePage(opts) {',
      '    const page = await APP.models.pages.query().findById(opts.id);',
      '    return page;',
      '  }',
      '};',
    ].join('\n'),
    'server/modules/storage/sync.js': 'module.exports = {\n  async sync(files) {\n    for (const file of files) {\n      await APP.models.pages.movePage({ id: file.id });\n    }\n  },\n};',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const filename = join(root, 'server/models/editors.js');
  const lint = (options = {}) => lintText({ filename, text: readFileSync(filename, 'utf8'), cwd: root, rules: { 'no-n-plus-one': 'warning' }, options }).findings.map((f) => [f.line, f.lowCost ?? false]);

  it("a registry model's own static method is found in its module (models/pages.js) and its query reported per item", () => {
    const sync = join(root, 'server/modules/storage/sync.js');
    const r = lintText({ filename: sync, text: readFileSync(sync, 'utf8'), cwd: root, rules: { 'no-n-plus-one': 'warning' } });
    expect(r.findings.map((f) => [f.line, f.message])).toEqual([[4, expect.stringContaining('`APP.models.pages.movePage` queries once per item of `files`')]]);
  });

  it('a method only start-up code and the setup wizard call is cold: a hint, not in recommended', () => {
    expect(lint()).toEqual([[10, false]]);
    expect(lint({ report: 'all' })).toEqual([
      [5, true],
      [10, false],
    ]);
  });
});

/**
 * A start-up name (`setup`, `init…`, `register…`) makes a function once-only code when no caller
 * says otherwise: a job or a route that runs it per account makes it hot.
 */
describe('functions with a start-up name', () => {
  const root = mkdtempSync(join(tmpdir(), 'perf-coach-startup-names-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'search-app', private: true, dependencies: { express: '4', '@prisma/client': '5' } }),
    'src/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();",
    'src/search.ts': [
      "import { prisma } from './db';",
      'export async function setup({ accountId }: { accountId: string }) {',
      '  for (const user of await prisma.user.findMany({ where: { accountId } })) {',
      '    await prisma.user.update({ where: { id: user.id }, data: { searchKey: accountId } });',
      '  }',
      '}',
      'export async function setupCollections() {',
      '  for (const account of await prisma.account.findMany()) {',
      '    await prisma.collection.create({ data: { accountId: account.id } });',
      '  }',
      '}',
    ].join('\n'),
    'src/routes.ts': "import express from 'express';\nimport { setup } from './search';\nconst router = express.Router();\nrouter.post('/accounts/:id/search', async (req, res) => { await setup({ accountId: req.params.id }); res.json({}); });\nexport default router;",
    'src/server.ts': "import { setupCollections } from './search';\nawait setupCollections();",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const filename = join(root, 'src/search.ts');

  it('run by a route per request: worth fixing; run only at start-up: a hint', () => {
    const r = lintText({ filename, text: readFileSync(filename, 'utf8'), cwd: root, rules: { 'no-n-plus-one': 'warning' }, options: { report: 'all' } });
    expect(r.findings.map((f) => [f.line, f.lowCost ?? false])).toEqual([
      [4, false],
      [9, true],
    ]);
  });
});
