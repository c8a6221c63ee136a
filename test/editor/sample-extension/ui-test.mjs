#!/usr/bin/env node
// UI test of the packaged sample extension, proving test/editor/ui-helpers.mjs:
// package to .vsix, install into a fresh code-server, open a file from the
// explorer, read the Problems panel, run a command from the palette, read the
// webview it opens, and take two screenshots (test-output/screenshots/).
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureProvisioned, startCodeServer } from '../code-server.mjs';
import * as ui from '../ui-helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const workspace = path.join(here, 'fixture');
const t0 = Date.now();
const say = (m) => console.log(`[sample-ui ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

ensureProvisioned();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-coach-vsix-'));
let cs;
let browser;
let page;
let ok = false;
try {
  const vsix = ui.packageVsix(here, path.join(tmp, 'sample.vsix'));
  say(`packaged ${vsix}`);
  cs = await startCodeServer({ workspace, installExtensions: [vsix] });
  say(`code-server up at ${cs.url}`);
  browser = await ui.launchBrowser();
  page = await ui.openWorkbench(browser, cs.url, workspace);
  say('workbench open');

  await ui.openFileFromExplorer(page, 'demo.js');
  await ui.openProblems(page);
  const markers = await ui.waitForProblems(page, 1);
  say(`problems: ${JSON.stringify(markers)}`);
  assert.equal(markers.length, 1);
  assert.deepEqual(
    { ...markers[0], text: undefined, ariaLabel: undefined },
    {
      severity: 'warning',
      message: 'Harness sample: readFileSync blocks the event loop',
      source: 'harness-sample',
      line: 5,
      column: 24,
      file: 'demo.js',
      text: undefined,
      ariaLabel: undefined,
    },
  );
  assert.match(markers[0].text, /Ln 5, Col 24/);
  // The squiggle is drawn in the editor too.
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
  say(`screenshot ${await ui.screenshot(page, 'sample-problems')}`);

  await ui.runCommand(page, 'Harness Sample: Show Panel');
  const frame = await ui.findWebviewFrame(page, 'Harness Sample Panel');
  const greeting = await frame.locator('#greeting').innerText();
  const count = await frame.locator('#count').innerText();
  say(`webview: "${greeting}" / "${count}"`);
  assert.equal(greeting, 'Hello from the harness sample webview');
  assert.equal(count, 'Warnings found: 1');
  say(`screenshot ${await ui.screenshot(page, 'sample-webview')}`);
  ok = true;
} catch (e) {
  console.error(e);
  if (page) console.error(`failure screenshot: ${await ui.screenshot(page, 'sample-ui-failure').catch((err) => err.message)}`);
} finally {
  await browser?.close().catch(() => {});
  await cs?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
say(ok ? 'PASS' : 'FAIL');
process.exit(ok ? 0 : 1);
