// Playwright helpers for driving the real VS Code workbench served by
// code-server. Selectors follow VS Code 1.100's DOM (code-server 4.100.x);
// when code-server is bumped, run the sample UI test first
// (test/editor/sample-extension/ui-test.mjs) to catch DOM changes here.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPlaywright, outputDir } from './code-server.mjs';

export const CHROMIUM_PATH = process.env.PERF_COACH_CHROMIUM || '/usr/bin/chromium';
// Headless Debian chromium as root in a container: no sandbox, no GPU, and
// nothing that phones home (only the npm registry and Debian are reachable).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const VSCE_VERSION = '3.9.2'; // vsce 4 needs Node 22

/**
 * Launch headless Debian chromium through playwright-core. Chromium keeps
 * crash-report, dconf and scratch files under XDG_CONFIG_HOME, XDG_CACHE_HOME
 * and TMPDIR even with a temp profile; point those at a temp folder removed
 * when the browser goes.
 */
export async function launchBrowser(playwright = loadPlaywright()) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-coach-chromium-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  process.once('exit', cleanup);
  try {
    const browser = await playwright.chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_CACHE_HOME: path.join(tmp, 'cache'), TMPDIR: tmp },
    });
    browser.once('disconnected', cleanup);
    return browser;
  } catch (e) {
    cleanup();
    throw e;
  }
}

/**
 * Package an extension folder into a .vsix with @vscode/vsce (run through npx,
 * so it is not a repo dependency). Runs `vscode:prepublish` if the manifest has
 * one. Returns the .vsix path.
 */
export function packageVsix(extensionDir, outFile) {
  mkdirSync(path.dirname(outFile), { recursive: true });
  const r = spawnSync(
    'npx',
    [
      '--yes',
      '--package',
      `@vscode/vsce@${VSCE_VERSION}`,
      '--',
      'vsce',
      'package',
      '--no-dependencies', // bundled extensions ship no node_modules
      '--skip-license',
      '--allow-missing-repository',
      '--out',
      outFile,
    ],
    { cwd: extensionDir, encoding: 'utf8', timeout: 300_000 },
  );
  if (r.status !== 0) throw new Error(`vsce package failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return outFile;
}

/**
 * Open the workbench on a folder and wait until the explorer shows it.
 * @returns {Promise<import('playwright-core').Page>}
 */
export async function openWorkbench(browser, serverUrl, folder, { width = 1400, height = 900, timeout = 60_000 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
  return page;
}

/**
 * Open a file by clicking through the explorer. relPath uses '/' (e.g. 'src/a.js');
 * folders on the way are expanded.
 */
export async function openFileFromExplorer(page, relPath, { timeout = 30_000 } = {}) {
  const parts = relPath.split('/');
  const rows = page.locator('.explorer-folders-view .monaco-list-row');
  for (const [i, name] of parts.entries()) {
    // Explorer rows carry the bare name as aria-label and their depth as aria-level.
    const row = rows.and(page.locator(`[aria-label=${JSON.stringify(name)}][aria-level="${i + 1}"]`)).first();
    await row.waitFor({ timeout });
    const isLast = i === parts.length - 1;
    if (!isLast) {
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
      continue;
    }
    await row.click();
  }
  const fileName = parts.at(-1);
  // The editor tab for the file becomes active and its text is rendered.
  // Any group may show it (a panel beside the code has its own group with its own active tab).
  await page.locator(`.tabs-container .tab.active[data-resource-name="${fileName}"]`).first().waitFor({ timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout });
}

/** Open the Problems panel (Ctrl+Shift+M) and wait for it. */
export async function openProblems(page, { timeout = 15_000 } = {}) {
  // Keyboard shortcuts go to the focused part; make sure it is the workbench.
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await page.keyboard.press('Control+Shift+M');
  }
  await panel.waitFor({ state: 'visible', timeout });
  return panel;
}

/**
 * Read the rows of the Problems panel (open it first; only rows scrolled into
 * view are in the DOM). Returns markers in display order:
 *   { severity: 'error'|'warning'|'info', message, source?, line?, column?, file?, text, ariaLabel }
 * message/source/line/column come from the row's aria-label
 * ("Warning: <message> at line 5 and character 24. generated by <source>");
 * text is what the row shows; file is the file row above it.
 */
export async function readProblems(page) {
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((els) =>
    els
      // Virtualized list: DOM order is not display order.
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((el) => ({
        ariaLabel: el.getAttribute('aria-label') ?? '',
        text: el.innerText.replace(/\s+/g, ' ').trim(),
        icon: el.querySelector('.marker-icon')?.className ?? null,
        fileName: el.querySelector('.label-name')?.textContent?.trim() ?? null,
      })),
  );
  const out = [];
  let file;
  for (const r of rows) {
    if (r.icon === null) {
      file = r.fileName ?? r.text;
      continue;
    }
    const severity = /error/.test(r.icon) ? 'error' : /warning/.test(r.icon) ? 'warning' : 'info';
    const m = /^\w+: ([\s\S]*) at line (\d+) and character (\d+)\.(?: generated by ([\s\S]*))?$/.exec(r.ariaLabel);
    out.push({
      severity,
      message: m ? m[1] : r.text,
      source: m?.[4],
      line: m ? Number(m[2]) : undefined,
      column: m ? Number(m[3]) : undefined,
      file,
      text: r.text,
      ariaLabel: r.ariaLabel,
    });
  }
  return out;
}

/** Wait until the Problems panel lists at least `count` markers; returns them. */
export async function waitForProblems(page, count = 1, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const markers = await readProblems(page);
    if (markers.length >= count) return markers;
    if (Date.now() > deadline) throw new Error(`Problems panel shows ${markers.length} markers, wanted ${count}`);
    await page.waitForTimeout(250);
  }
}

/**
 * Run a command from the palette: F1, type the title, Enter on the match.
 * `title` is what the palette shows, e.g. 'Harness Sample: Show Panel'.
 */
export async function runCommand(page, title, { timeout = 15_000 } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${title}`);
  // Wait for the palette to filter down to the command before pressing Enter.
  const row = page
    .locator('.quick-input-widget .quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: title }) })
    .first();
  await row.waitFor({ timeout });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
}

/**
 * Find the frame holding a webview panel's content by the panel's title.
 * The panel must be the active tab of its editor group (i.e. visible).
 *
 * VS Code draws webviews in an overlay outside the editor: an outer iframe
 * (class "webview", VS Code's host page) holding an inner iframe with the
 * extension's HTML. The overlay names the editor element it belongs to
 * (data-parent-flow-to-element-id), which sits in the editor group whose
 * active tab has the title. Returns the inner frame.
 * @returns {Promise<import('playwright-core').Frame>}
 */
export async function findWebviewFrame(page, title, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    // A window reload can destroy the page's context mid-call: treat that as "not there yet".
    const editorIds = await page.evaluate((t) => {
      const ids = [];
      for (const group of document.querySelectorAll('.editor-group-container')) {
        const label = group.querySelector('.tab.active .label-name');
        if (label?.textContent?.trim() !== t) continue;
        const el = group.querySelector('[id^="webview-editor-element-"]');
        if (el) ids.push(el.id);
      }
      return ids;
    }, title).catch((e) => {
      if (/context was destroyed|navigation|Target closed/i.test(String(e?.message))) return [];
      throw e;
    });
    for (const id of editorIds) {
      const outer = page.locator(`[data-parent-flow-to-element-id="${id}"] iframe.webview`).first();
      // The element can go between count() and elementHandle() (a reload re-renders the editor):
      // a short wait, and "not there yet" rather than a 30 s timeout that ends the run.
      const handle = (await outer.count()) ? await outer.elementHandle({ timeout: 2_000 }).catch(() => null) : null;
      const outerFrame = handle ? await handle.contentFrame() : null;
      // While content is (re)loading there can be a pending and an active inner frame; the last is current.
      const inner = outerFrame?.childFrames().filter((f) => !f.isDetached()).at(-1);
      if (inner && (await inner.locator('body *').count().catch(() => 0))) return inner;
    }
    if (Date.now() > deadline) {
      const tabs = await page.locator('.tab .label-name').allTextContents();
      throw new Error(`no visible webview titled "${title}" (tabs: ${JSON.stringify(tabs)})`);
    }
    await page.waitForTimeout(250);
  }
}

/** Screenshot the whole page into test-output/screenshots/<name>.png; returns the path. */
export async function screenshot(page, name) {
  const dir = path.join(outputDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}
