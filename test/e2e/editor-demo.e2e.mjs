#!/usr/bin/env node
// What `npm run editor` shows, in a real VS Code (code-server + headless Chromium): the workbench
// it starts must show the product at once, without a click: the example file open with its
// findings underlined, the Problems panel listing them, the Perf Coach findings view filled by a
// scan. Screenshot: test-output/screenshots/editor-demo.png; look at it.
//
//   node test/e2e/editor-demo.e2e.mjs [--vsix <file>]     (npm test runs it with the .vsix it packaged)
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_FILE, EXAMPLES, startEditorDemo } from '../../scripts/editor-demo/start.mjs';
import * as ui from '../editor/ui-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({ options: { vsix: { type: 'string' } } });
const t0 = Date.now();
const say = (m) => console.log(`[editor-demo ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const expected = JSON.parse(readFileSync(path.join(EXAMPLES, 'expected-findings.json'), 'utf8'));
const inDemoFile = expected.filter((f) => f.file === DEMO_FILE.path);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-coach-demo-e2e-'));
const folder = path.join(tmp, 'examples');
cpSync(EXAMPLES, folder, { recursive: true });
let demo;
let browser;
let page;
let failed = false;
try {
  demo = await startEditorDemo({ folder, vsix: args.vsix && path.resolve(args.vsix) });
  say(`code-server up at ${demo.serverUrl}`);
  browser = await ui.launchBrowser();
  page = await ui.openWorkbench(browser, demo.serverUrl, folder);

  // Nothing is clicked from here on: all of it must be there by itself.
  const fileName = path.basename(DEMO_FILE.path);
  await page.locator(`.tabs-container .tab.active[data-resource-name="${fileName}"]`).waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('.editor-instance .monaco-editor .squiggly-warning').count() >= inDemoFile.length, true, 'every finding of the open file is underlined');

  const problems = page.locator('.markers-panel');
  await problems.waitFor({ state: 'visible', timeout: 30_000 });
  const markers = await ui.waitForProblems(page, inDemoFile.length, { timeout: 60_000 });
  assert.ok(markers.every((m) => m.source === 'Perf Coach'), markers.map((m) => m.text).join(' | '));

  // The scan fills the findings view: one group per pattern, counts adding up to the examples' findings.
  const findings = page.locator('.pane').filter({ has: page.locator('.pane-header[aria-label^="Findings"]') }).first();
  const groups = findings.locator('.monaco-list-row').filter({ hasText: /\d+ findings?/ });
  const total = async () =>
    (await groups.allInnerTexts()).map((g) => Number(/(\d+) findings?/.exec(g)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
  for (let i = 0; i < 120 && (await total()) < expected.length; i++) await page.waitForTimeout(500);
  assert.equal(await total(), expected.length, (await groups.allInnerTexts()).join(' | '));

  // The cursor sits on the finding the hint names.
  await page.locator('.statusbar').getByText(new RegExp(`Ln ${DEMO_FILE.line}, Col`)).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  say(`screenshot ${path.relative(root, await ui.screenshot(page, 'editor-demo'))}`);
  say('ok   npm run editor shows the example file, its findings, Problems and the findings view');
} catch (e) {
  failed = true;
  say(`FAIL ${e.stack ?? e}`);
  if (page) say(`failure screenshot: ${await ui.screenshot(page, 'editor-demo-failure').catch((err) => err.message)}`);
} finally {
  await browser?.close().catch(() => {});
  await demo?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
say(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
