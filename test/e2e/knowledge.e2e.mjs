#!/usr/bin/env node
// UI test of the coaching half of the extension in a real VS Code (code-server
// + headless Chromium; see test/editor/README.md): install the .vsix, run
// "Perf Coach: Explain This Pattern" and pick the N+1 pattern from the quick
// pick, read the explainer panel, move the cost sliders, reveal a model
// answer, follow a related-topic link and come back, browse the topic tree,
// practise an interview question, and explain the finding under the cursor
// (the user's snippet beside the fix). Screenshots go to
// test-output/screenshots/knowledge-*.png; look at them.
//
//   node test/e2e/knowledge.e2e.mjs                    # build + package the repo
//   node test/e2e/knowledge.e2e.mjs --vsix perf-coach.vsix
//   node test/e2e/knowledge.e2e.mjs --extension-dir <folder with a manifest>
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureProvisioned, repoRoot, startCodeServer } from '../editor/code-server.mjs';
import * as ui from '../editor/ui-helpers.mjs';

const { values: args } = parseArgs({
  options: {
    vsix: { type: 'string' },
    'extension-dir': { type: 'string' },
    workspace: { type: 'string', default: path.join(repoRoot, 'examples') },
    // The default dark theme is what most people see; light and high contrast are worth a look too.
    theme: { type: 'string', default: 'Default Dark Modern' },
  },
});

const t0 = Date.now();
const say = (m) => console.log(`[knowledge-e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const shots = [];
const themeSuffix = args.theme === 'Default Dark Modern' ? '' : `-${args.theme.toLowerCase().replace(/[^a-z]+/g, '-')}`;
const shoot = async (page, name) => {
  const file = await ui.screenshot(page, `knowledge-${name}${themeSuffix}`);
  shots.push(file);
  say(`screenshot ${path.relative(repoRoot, file)}`);
};

/** The .vsix under test: given, packaged by the repo's script, or packaged here with vsce. */
function obtainVsix(tmp) {
  if (args.vsix) return path.resolve(args.vsix);
  const out = path.join(tmp, 'perf-coach.vsix');
  if (args['extension-dir']) return ui.packageVsix(path.resolve(args['extension-dir']), out);
  const packageScript = path.join(repoRoot, 'scripts/package-vsix.mjs');
  if (existsSync(packageScript)) {
    const r = spawnSync(process.execPath, [packageScript, '--out', out], { cwd: repoRoot, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`scripts/package-vsix.mjs failed (exit ${r.status})`);
    return out;
  }
  const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  return ui.packageVsix(repoRoot, out);
}

/**
 * Opens the palette on a command, retrying while the workbench is still
 * registering extension contributions right after start-up (the palette then
 * shows only "similar commands").
 */
async function openPaletteOn(page, title, { timeout = 45_000 } = {}) {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input');
  const row = widget.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: title }) }).first();
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 5_000 });
      return { widget, input };
    } catch (e) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw e;
    }
  }
}

/** Runs a palette command that opens a quick pick of its own, and returns that pick's input. */
async function runCommandExpectingPick(page, title, pickTitle) {
  // On a loaded machine the palette can swallow Enter while it is still filtering, or focus can sit
  // in the webview; try again from a clean state rather than fail on timing.
  for (let attempt = 1; ; attempt++) {
    const { widget, input } = await openPaletteOn(page, title);
    await page.keyboard.press('Enter');
    try {
      await widget.locator('.quick-input-title', { hasText: pickTitle }).waitFor({ state: 'visible', timeout: 10_000 });
      return input;
    } catch (e) {
      if (attempt >= 3) throw e;
      say(`"${title}" did not show its pick (attempt ${attempt}); retrying`);
      await page.keyboard.press('Escape');
      await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 } }).catch(() => {});
    }
  }
}

/**
 * Runs a palette command whose quick pick lists rows, types `filter` and clicks the row labelled
 * `rowTitle`. A webview that finishes loading just then can take focus and close the pick under the
 * typing (seen on a loaded machine); the whole step is tried again from a clean state.
 */
async function pickThroughCommand(page, title, pickTitle, filter, rowTitle) {
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  for (let attempt = 1; ; attempt++) {
    const input = await runCommandExpectingPick(page, title, pickTitle);
    try {
      await input.fill(filter, { timeout: 10_000 });
      await rows.filter({ has: page.locator('.label-name', { hasText: rowTitle }) }).first().click({ timeout: 10_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      say(`the "${pickTitle}" pick closed before "${rowTitle}" was chosen (attempt ${attempt}); retrying`);
      await page.keyboard.press('Escape');
    }
  }
}

async function runCommand(page, title) {
  const { widget } = await openPaletteOn(page, title);
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden' });
}

async function panelText(frame, selector) {
  return (await frame.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();
}

/** A row of the Topics view; rows carry the item label (plus description) as aria-label. */
function treeRow(page, labelStart) {
  const topics = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /topics/i }) });
  return topics.locator(`.pane-body .monaco-list-row[aria-label^=${JSON.stringify(labelStart)}]`).first();
}

ensureProvisioned();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-coach-knowledge-e2e-'));
let cs;
let browser;
let page;
let ok = false;
try {
  const vsix = obtainVsix(tmp);
  say(`vsix ${vsix}`);
  cs = await startCodeServer({
    workspace: args.workspace,
    installExtensions: [vsix],
    settings: {
      'workbench.colorTheme': args.theme,
      // The examples' npm dependencies are not installed: TypeScript's "Cannot find module" errors
      // would push Perf Coach's entries out of the Problems rows the test reads (a virtual list).
      'typescript.validate.enable': false,
      'javascript.validate.enable': false,
    },
  });
  say(`code-server up at ${cs.url}`);
  browser = await ui.launchBrowser();
  page = await ui.openWorkbench(browser, cs.url, args.workspace);
  say('workbench open');

  // 1. Explain This Pattern without a finding under the cursor: the quick pick of all patterns.
  const pick = await runCommandExpectingPick(page, 'Perf Coach: Explain This Pattern', 'Explain a pattern');
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  const labels = await rows.locator('.label-name').allInnerTexts();
  assert.ok(labels.some((l) => l.includes('N+1 calls')), `pattern pick lists N+1 calls: ${labels.join(' | ')}`);
  await shoot(page, 'pick-pattern');
  await pick.fill('cache stampede');
  await rows.filter({ hasText: 'Cache stampede' }).first().waitFor();
  await pick.fill('N+1');
  const n1 = rows.filter({ has: page.locator('.label-name', { hasText: 'N+1 calls' }) }).first();
  await n1.waitFor();
  await n1.click();

  let frame = await ui.findWebviewFrame(page, 'N+1 calls');
  assert.equal(await panelText(frame, 'h1'), 'N+1 calls');
  const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /^default-src 'none'; style-src [^;]+; img-src [^;]+; script-src 'nonce-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'$/);
  assert.match(await panelText(frame, '#compare'), /Before and after .*The pattern .*The fix/);
  // highlight.js classes are coloured from the theme, not left at the text colour.
  const keywordColour = await frame.locator('#compare .hljs-keyword').first().evaluate((el) => getComputedStyle(el).color);
  const textColour = await frame.locator('body').evaluate((el) => getComputedStyle(el).color);
  assert.notEqual(keywordColour, textColour, 'keywords are highlighted');
  await frame.locator('.timeline svg rect.tl-bad').first().waitFor();
  assert.equal(await frame.locator('.timeline svg rect.tl-bad').count(), 200, 'one red block per item at N = 200');
  assert.match(await panelText(frame, '.cost-facts'), /201 sequential round trips ≈ 241 ms per request; batched ≈ 4\.4 ms/);
  const staticSvgLoaded = await frame.locator('.cost-static img').evaluate((img) => img.complete && img.naturalWidth > 0);
  assert.ok(staticSvgLoaded, 'the static cost SVG loads under the CSP');
  await shoot(page, 'explainer');

  // 2. The interactive picture: drag N with the mouse-equivalent fill, the round trip with the keyboard.
  await frame.locator('#why-it-costs').scrollIntoViewIfNeeded();
  await frame.locator('#slider-n').fill('40');
  await frame.locator('.cost-facts', { hasText: '41 sequential round trips' }).waitFor();
  await frame.locator('#slider-rtt').focus();
  for (let i = 0; i < 15; i++) await frame.locator('#slider-rtt').press('ArrowRight');
  // The picture redraws on the next animation frame: wait for it rather than read at once.
  await frame.locator('#slider-rtt-value', { hasText: /^2\.5 ms$/ }).waitFor({ timeout: 5_000 });
  await frame.locator('.cost-facts', { hasText: /41 sequential round trips ≈ 111 ms/ }).waitFor();
  assert.equal(await frame.locator('.timeline svg rect.tl-bad').count(), 40);
  await frame.locator('.cost-interactive').scrollIntoViewIfNeeded();
  await shoot(page, 'cost-slider');

  // 3. Reveal a model answer (keyboard), then a hint (mouse).
  const answerButton = frame.locator('#qa-q-n-plus-one button[aria-controls="qa-q-n-plus-one-answer"]');
  assert.equal(await answerButton.getAttribute('aria-expanded'), 'false');
  assert.equal(await frame.locator('#qa-q-n-plus-one-answer').isVisible(), false, 'model answer hidden until asked');
  await answerButton.focus();
  await page.keyboard.press('Enter');
  assert.equal(await answerButton.getAttribute('aria-expanded'), 'true');
  await frame.locator('#qa-q-n-plus-one-answer').waitFor({ state: 'visible' });
  assert.equal(await answerButton.innerText(), 'Hide model answer');
  await frame.locator('#qa-q-n-plus-one button[aria-controls="qa-q-n-plus-one-hint"]').click();
  await frame.locator('#qa-q-n-plus-one-hint').waitFor({ state: 'visible' });
  await frame.locator('#qa-q-n-plus-one').scrollIntoViewIfNeeded();
  await shoot(page, 'model-answer');

  // 4. A related-topic link goes through the extension; Back returns to the page as it was left.
  const related = frame.locator('#related a[data-kb-kind="topic"]').first();
  const topicTitle = await related.innerText();
  await related.click();
  frame = await ui.findWebviewFrame(page, topicTitle);
  assert.equal(await panelText(frame, 'h1'), topicTitle);
  await page.waitForTimeout(300);
  assert.equal(await frame.evaluate(() => window.scrollY), 0, 'a newly opened page starts at the top');
  await frame.locator('button[data-action="back"]').click();
  frame = await ui.findWebviewFrame(page, 'N+1 calls');
  await frame.locator('#qa-q-n-plus-one-answer').waitFor({ state: 'visible' });
  assert.equal(await frame.locator('#slider-n').inputValue(), '40', 'slider value kept in webview state');
  say('related topic and back: ok');

  // 5. Every other rule has its own interactive picture.
  for (const [ruleId, title, facts] of [
    ['no-blocking-io', 'Blocking calls on request paths', /health check arriving with 8 requests waits 544 ms/],
    // Starts at the measured ~20 µs per line (bench/facts/sync-logging.mjs): cheap, until writes slow down.
    ['no-sync-logging', 'Synchronous logging on request paths', /20 requests hold the loop for only 0\.40 ms/],
    ['no-sequential-await', 'Independent awaits in sequence', /sum, 120 ms; together it waits for the slowest call, 55 ms/],
    ['prefer-connection-pool', 'Connections created per request', /database holds 20 connections instead of 10/],
  ]) {
    await pickThroughCommand(page, 'Perf Coach: Explain This Pattern', 'Explain a pattern', `perf-coach/${ruleId}`, title);
    frame = await ui.findWebviewFrame(page, title);
    await frame.locator('.timeline svg rect.tl-seg').first().waitFor();
    assert.match(await panelText(frame, '.cost-facts'), facts, ruleId);
    await frame.locator('.cost-interactive').scrollIntoViewIfNeeded();
    await shoot(page, `cost-${ruleId}`);
  }

  // 6. The topic browser: categories → topics → patterns and questions; clicking opens the panel.
  await page.locator('.activitybar .action-item[aria-label^="Perf Coach"], .activitybar .action-label[aria-label^="Perf Coach"]').first().click();
  const database = treeRow(page, 'Database');
  await database.waitFor();
  if ((await database.getAttribute('aria-expanded')) !== 'true') await database.click();
  const topicRow = treeRow(page, 'N+1 queries');
  await topicRow.click();
  frame = await ui.findWebviewFrame(page, 'N+1 queries');
  assert.match(await panelText(frame, '.check-status'), /Checked in your code by N\+1 calls/);
  if ((await topicRow.getAttribute('aria-expanded')) !== 'true') await topicRow.locator('.monaco-tl-twistie').click();
  await treeRow(page, 'N+1 calls').waitFor();
  const stampede = treeRow(page, 'Cache stampede');
  const caching = treeRow(page, 'Caching');
  if ((await caching.getAttribute('aria-expanded')) !== 'true') await caching.click();
  assert.match(await stampede.getAttribute('aria-label'), /no automatic check yet/);
  await shoot(page, 'topic-tree');

  // 7. Practice: a question with the model answer hidden until asked.
  await runCommand(page, 'Perf Coach: Practice Interview Question');
  frame = await ui.findWebviewFrame(page, 'Practice question');
  assert.match(await panelText(frame, '.practice-note'), /Practice\./);
  const hidden = await frame.locator('.reveal.answer').first().isHidden();
  assert.ok(hidden, 'model answer hidden');
  await shoot(page, 'practice');
  await frame.locator('button[data-action="anotherQuestion"]').click();
  await page.waitForTimeout(500);
  frame = await ui.findWebviewFrame(page, 'Practice question');
  await frame.locator('.practice-note').waitFor();

  // 8. The finding under the cursor: the user's own code, escaped, beside the fix.
  await page.locator('.activitybar .action-item[aria-label^="Explorer"], .activitybar .action-label[aria-label^="Explorer"]').first().click();
  await ui.openFileFromExplorer(page, 'express-api/src/services/orders.ts');
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+g');
  await page.locator('.quick-input-widget .quick-input-box input').fill(':18');
  await page.keyboard.press('Enter');
  // The extension explains the finding on the cursor's line, so its diagnostic must be there first.
  // (A stand-in extension given with --extension-dir looks findings up in expected-findings.json instead.)
  if (!args['extension-dir']) {
    await ui.openProblems(page);
    const deadline = Date.now() + 60_000;
    while (!(await ui.readProblems(page)).some((p) => p.source === 'Perf Coach' && p.line === 18)) {
      if (Date.now() > deadline) throw new Error('no Perf Coach diagnostic on orders.ts:18 within 60 s, so there is no finding to explain');
      await page.waitForTimeout(500);
    }
    await page.keyboard.press('Control+j'); // hide the panel again, for the screenshot
  }
  await runCommand(page, 'Perf Coach: Explain This Pattern');
  frame = await ui.findWebviewFrame(page, 'N+1 calls');
  await frame.locator('.user-code, .user-snippet').first().waitFor();
  // The panel moved beside the code instead of covering it.
  await page.locator('.editor-group-container .tab.active[data-resource-name="orders.ts"]').waitFor();
  assert.match(await panelText(frame, '#compare-heading'), /Your code and the fix/);
  assert.match(await panelText(frame, '#compare .where'), /^orders\.ts:18$/);
  assert.equal(await frame.locator('.user-code script, .user-code b, .user-snippet script, .finding-message b').count(), 0, 'user text is escaped');
  // The user's lines with context and highlighting, the flagged one marked.
  assert.ok((await frame.locator('.user-code .code-row').count()) > 3, 'the flagged line with lines around it');
  assert.ok((await frame.locator('.user-code .hljs-keyword').count()) > 0, 'highlighted');
  if (!(await frame.locator('.user-diff').count())) {
    // No suggestion for this finding: the fix shown is the one for its library (Prisma), not the first example.
    assert.match(await panelText(frame, '.compare-good h3'), /The fix with Prisma/);
  }
  assert.equal(await frame.locator('#compare').evaluate((el) => /[\u2705\u274c\u26a0]/u.test(el.textContent ?? '')), false, 'no emoji glyphs');
  await shoot(page, 'finding');

  // 8b. A finding with the rule's own fix (no-sequential-await offers the Promise.all rewrite):
  // the explainer shows that change of the user's own lines as a diff.
  const showExplorer = async () => {
    // Clicking the activity bar entry of the view already shown would hide the side bar.
    if (!(await page.locator('.explorer-folders-view').isVisible())) {
      await page.locator('.activitybar .action-item[aria-label^="Explorer"], .activitybar .action-label[aria-label^="Explorer"]').first().click();
    }
  };
  // Quick open by path: the explorer has two orders.ts rows at the same depth.
  const openByPath = async (rel, at) => {
    const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
    if (await editor.isVisible()) await editor.click();
    await page.keyboard.press('Control+p');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`${rel}${at}`);
    // Enter only once the list has filtered down to the file (recent files are listed first).
    const folder = rel.split('/').at(-2);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused').filter({ hasText: folder }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.locator('.breadcrumbs-control').filter({ hasText: folder }).first().waitFor();
  };
  await showExplorer();
  // One file and the panel beside it, as a user would have it.
  await runCommand(page, 'View: Close All Editor Groups');
  await openByPath('express-api/src/routes/orders.ts', ':19:22');
  if (!args['extension-dir']) {
    await ui.openProblems(page);
    const deadline = Date.now() + 60_000;
    // The pair of awaits on line 19 is a hint (not worth fixing in recommended: one extra round
    // trip, once), and hints are not listed in Problems. The console.log on line 11 comes from the
    // same analysis, so once it is listed, the hint is there too.
    while (!(await ui.readProblems(page)).some((p) => p.source === 'Perf Coach' && p.line === 11 && /no-sync-logging/.test(p.text))) {
      if (Date.now() > deadline) throw new Error('no no-sync-logging diagnostic on routes/orders.ts:11 within 60 s');
      await page.waitForTimeout(500);
    }
    await page.keyboard.press('Control+j');
    await runCommand(page, 'Perf Coach: Explain This Pattern');
    const awaitsTitle = JSON.parse(readFileSync(path.join(repoRoot, 'dist/catalog.json'), 'utf8')).rules.find((r) => r.id === 'no-sequential-await').title;
    let fixFrame = await ui.findWebviewFrame(page, awaitsTitle);
    await fixFrame.locator('.user-diff').waitFor();
    assert.match(await panelText(fixFrame, '#compare h3'), /The rule's fix for your code/);
    const added = (await fixFrame.locator('.user-diff .row-added').allInnerTexts()).join('\n');
    assert.match(added, /Promise\.all/);
    const removed = (await fixFrame.locator('.user-diff .row-removed').allInnerTexts()).join('\n');
    assert.match(removed, /prisma\.order\.count/);
    // Long lines scroll inside the code block instead of being cut off at the panel's edge.
    const overflow = await fixFrame.locator('.user-diff').evaluate((el) => getComputedStyle(el).overflowX);
    assert.match(overflow, /auto|scroll/);
    await fixFrame.locator('#compare-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await shoot(page, 'finding-fix');
    // Back to the N+1 explainer for the reload check below. On a busy machine the command can run
    // before the file's analysis is in (no finding under the cursor yet): ask again until it is.
    await openByPath('express-api/src/services/orders.ts', ':18:28');
    const analysedBy = Date.now() + 60_000;
    for (;;) {
      await runCommand(page, 'Perf Coach: Explain This Pattern');
      fixFrame = await ui.findWebviewFrame(page, 'N+1 calls', { timeout: 5_000 }).catch(() => undefined);
      if (fixFrame) break;
      if (Date.now() > analysedBy) throw new Error('Explain This Pattern on services/orders.ts:18 did not open the N+1 explainer within 60 s');
      await page.keyboard.press('Escape');
      await openByPath('express-api/src/services/orders.ts', ':18:28');
    }
    await fixFrame.locator('.user-code, .user-snippet').first().waitFor();
  }

  // 9. After a reload VS Code restores the panel through the serializer, from the state the webview saved.
  // "Reload Window" shuts the workbench down properly, so it saves the editors and webview state first.
  await runCommand(page, 'Developer: Reload Window').catch(() => {}); // the page navigates away mid-wait
  await page.waitForLoadState('domcontentloaded');
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  frame = await ui.findWebviewFrame(page, 'N+1 calls', { timeout: 60_000 });
  await frame.locator('.user-code, .user-snippet').first().waitFor();
  assert.match(await panelText(frame, '#compare .where'), /^orders\.ts:18$/);
  say('panel restored after reload');

  ok = true;
} catch (e) {
  console.error(e);
  if (page) console.error(`failure screenshot: ${await ui.screenshot(page, 'knowledge-failure').catch((err) => err.message)}`);
} finally {
  await browser?.close().catch(() => {});
  await cs?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
say(ok ? `PASS (${shots.length} screenshots)` : 'FAIL');
process.exit(ok ? 0 : 1);
