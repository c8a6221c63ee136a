#!/usr/bin/env node
// UI test of the packaged extension in a real VS Code (code-server + headless Chromium):
// package the .vsix (scripts/package-vsix.mjs), install it into a fresh code-server, open a copy
// of examples/, and click through what a user sees. Screenshots go to test-output/screenshots/
// (perf-coach-*.png); look at them after a change to the UI.
//
//   node test/e2e/run.mjs [--vsix <file>]     (npm run test:editor runs it after the integration suite)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureProvisioned, startCodeServer } from '../editor/code-server.mjs';
import * as ui from '../editor/ui-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({ options: { vsix: { type: 'string' } } });
const t0 = Date.now();
const say = (m) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

ensureProvisioned();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-coach-e2e-'));
const workspace = path.join(tmp, 'examples');
cpSync(path.join(root, 'examples'), workspace, { recursive: true });

let vsix = args.vsix && path.resolve(args.vsix);
if (!vsix) {
  vsix = path.join(tmp, 'perf-coach.vsix');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/package-vsix.mjs'), '--out', vsix], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`${r.stdout}\n${r.stderr}`);
    process.exit(1);
  }
  say(r.stdout.trim().split('\n').at(-1));
  // Kept for the benchmark's quick run (bench/ours.mjs reports its size).
  mkdirSync(path.join(root, 'test-output'), { recursive: true });
  copyFileSync(vsix, path.join(root, 'test-output', 'perf-coach.vsix'));
}

const results = [];
let cs;
let browser;
let page;
/** One named check; a failure is recorded with a screenshot and the next checks still run when they can. */
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    say(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: e.stack ?? String(e) });
    say(`FAIL ${name}\n${e.stack ?? e}`);
    if (page) say(`failure screenshot: ${await ui.screenshot(page, `perf-coach-failure-${results.length}`).catch((err) => err.message)}`);
  }
}

/** Screenshot after the workbench has painted (headless Chromium can catch a half-drawn editor). */
async function shot(name) {
  await page.waitForTimeout(400);
  return ui.screenshot(page, name);
}

/** Moves the cursor to line:column of the active editor through the quick open's ":" mode. */
async function goToLine(line, column) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.statusbar').getByText(`Ln ${line}, Col ${column}`).waitFor();
}

/** The side bar pane of a view, by its header title. */
const pane = (title) => page.locator('.pane').filter({ has: page.locator(`.pane-header[aria-label^="${title}"]`) }).first();

try {
  cs = await startCodeServer({
    workspace,
    installExtensions: [vsix],
    settings: {
      'workbench.colorTheme': 'Default Dark Modern',
      // The examples' npm dependencies are not installed, so TypeScript would fill Problems with
      // "Cannot find module" errors; the screenshots are about Perf Coach's entries.
      'typescript.validate.enable': false,
      'javascript.validate.enable': false,
      // The sticky header would sit over the flagged line after "go to line".
      'editor.stickyScroll.enabled': false,
    },
  });
  say(`code-server up at ${cs.url}`);
  browser = await ui.launchBrowser();
  page = await ui.openWorkbench(browser, cs.url, workspace);
  say('workbench open');

  await check('a flagged file shows the squiggle and the Problems entry', async () => {
    await ui.openFileFromExplorer(page, 'express-api/src/services/orders.ts');
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
    await ui.openProblems(page);
    const [marker] = await ui.waitForProblems(page, 1);
    assert.equal(marker.source, 'Perf Coach');
    assert.equal(marker.line, 18);
    assert.match(marker.message, /prisma\.customer\.findUnique.*once per/);
    assert.match(marker.text, /perf-coach\/no-n-plus-one/);
    say(`screenshot ${await shot('perf-coach-problems')}`);
  });

  await check('the status item names Perf Coach and shows the warm analysis time, in a line that fits', async () => {
    // A fresh window: the first analysis after start-up paid for the workers' warm-up; the item
    // must show the time of a warm run and no over-budget warning about Perf Coach itself.
    const entry = page.locator('.hover-language-status .element').filter({ hasText: 'Perf Coach' }).first();
    let text = '';
    for (let i = 0; i < 20 && !/analysis of this file: \d+ ms/.test(text); i++) {
      if (!(await entry.isVisible())) await page.locator('[id="status.languageStatus"]').click();
      await entry.waitFor({ timeout: 10_000 });
      text = (await entry.innerText()).replace(/\s+/g, ' ');
      if (!/\d+ ms/.test(text)) await page.waitForTimeout(500);
    }
    assert.match(text, /Perf Coach: 1 finding/);
    assert.match(text, /analysis of this file: \d+ ms/);
    // The warning is there exactly when the warm time shown is over the budget: on an idle machine
    // the demo file is well under it; on a loaded one (CI shares its cores) a warm run can be over,
    // and then the item must say so rather than hide it.
    const shownMs = Number(/analysis of this file: (\d+) ms/.exec(text)[1]);
    const warnings = await entry.locator('.codicon-warning').count();
    if (shownMs <= 50) assert.equal(warnings, 0, `no over-budget warning for a warm time within budget: ${text}`);
    else {
      assert.equal(warnings, 1, `a warm time over budget is flagged: ${text}`);
      assert.match(text, /over 50/);
      say(`the machine is loaded: warm analysis ${shownMs} ms, flagged as over budget`);
    }
    const cut = await entry.locator('.label, .detail').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
    assert.deepEqual(cut, [], 'nothing in the item is cut off');
    say(`screenshot ${await shot('perf-coach-status')}`);
    await page.keyboard.press('Escape');
  });

  await check('hovering the squiggle explains why it costs', async () => {
    await goToLine(18, 28);
    // "Show or Focus Hover" at the cursor: the same hover the mouse gets, without aiming at pixels.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // The marker's own hover appears first; ours follows once the catalog has loaded.
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Cost:' }).first();
    await hover.waitFor({ timeout: 15_000 });
    assert.match(await hover.innerText(), /Cost:/);
    assert.match(await hover.innerText(), /Explain this pattern/);
    say(`screenshot ${await shot('perf-coach-hover')}`);
    await page.keyboard.press('Escape');
  });

  await check('"Perf Coach: Explain This Pattern" opens the explainer on the finding', async () => {
    await goToLine(18, 28);
    await ui.runCommand(page, 'Perf Coach: Explain This Pattern');
    const frame = await ui.findWebviewFrame(page, 'N+1 calls');
    const text = await frame.locator('body').innerText();
    assert.match(text, /N\+1/);
    // The user's own flagged code is shown (escaped) in the panel.
    assert.match(text, /prisma\.customer\.findUnique/);
    say(`screenshot ${await shot('perf-coach-explainer')}`);
  });

  await check('the topic browser lists categories and opens a topic', async () => {
    await ui.runCommand(page, 'Perf Coach: Browse Topics');
    const topics = pane('Topics');
    const rows = topics.locator('.monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 });
    const database = rows.filter({ hasText: 'Database' }).first();
    await database.waitFor({ timeout: 15_000 });
    if ((await database.getAttribute('aria-expanded')) !== 'true') await database.click();
    await page.waitForTimeout(500);
    const labels = await rows.allInnerTexts();
    assert.ok(labels.length > 3, `topic rows: ${labels.join(' | ')}`);
    say(`screenshot ${await shot('perf-coach-topics')}`);
  });

  await check('"Scan Workspace" fills the findings view, grouped by pattern', async () => {
    await ui.runCommand(page, 'Perf Coach: Scan Workspace');
    const findings = pane('Findings');
    await findings.locator('.monaco-list-row').filter({ hasText: 'N+1 calls' }).first().waitFor({ timeout: 60_000 });
    // All five patterns, with counts: what `recommended` reports on the example backend
    // (examples/expected-findings.json; hints are not listed). With that many the groups start
    // collapsed, so all five rows are in view.
    // The scan fills the view file by file: on a loaded machine the five groups can show before the
    // last files are in, so wait (up to a minute) for the count to reach the expected total.
    const groupRows = findings.locator('.monaco-list-row').filter({ hasText: /\d+ findings?/ });
    const expectedTotal = JSON.parse(readFileSync(path.join(root, 'examples/expected-findings.json'), 'utf8')).length;
    const countFindings = async () => {
      const groups = await groupRows.allInnerTexts();
      return { groups, total: groups.map((g) => Number(/(\d+) findings?/.exec(g)?.[1] ?? 0)).reduce((a, b) => a + b, 0) };
    };
    let seen = await countFindings();
    for (let i = 0; i < 120 && (seen.groups.length < 5 || seen.total < expectedTotal); i++) {
      await page.waitForTimeout(500);
      seen = await countFindings();
    }
    assert.equal(seen.total, expectedTotal, seen.groups.join(' | '));
    // Open one group to show the findings under it.
    await findings.locator('.monaco-list-row').filter({ hasText: 'N+1 calls' }).first().click();
    await findings.locator('.monaco-list-row[aria-level="2"]').first().waitFor();
    await page.waitForTimeout(300);
    say(`screenshot ${await shot('perf-coach-findings')}`);
  });
} catch (e) {
  results.push({ name: 'setup', ok: false, error: e.stack ?? String(e) });
  console.error(e);
  if (page) console.error(`failure screenshot: ${await ui.screenshot(page, 'perf-coach-failure').catch((err) => err.message)}`);
} finally {
  await browser?.close().catch(() => {});
  await cs?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
say(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
