#!/usr/bin/env node
// Run an extension test suite inside a real VS Code extension host.
//
// code-server serves VS Code's web workbench; headless Chromium opens it with
// the same development options @vscode/test-electron passes on the desktop
// (extensionDevelopmentPath, extensionTestsPath), so VS Code loads the
// extension from its folder and calls the suite module's run().
//
//   node test/editor/run-extension-tests.mjs \
//     --extension <abs extension root> --suite <abs suite index, no .js> \
//     --workspace <folder> [--timeout <seconds>] [--result <file>]
//
// Result contract: the suite writes JSON { passed, failed, tests? } to the
// path in env PERF_COACH_TEST_RESULT (the extension host inherits the server's
// environment). Exit 0 only when that file appears with failed === 0 and
// passed > 0. On failure or timeout, a screenshot goes to test-output/.

import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureProvisioned, loadPlaywright, outputDir, startCodeServer } from './code-server.mjs';
import { launchBrowser } from './ui-helpers.mjs';

const { values: args } = parseArgs({
  options: {
    extension: { type: 'string' },
    suite: { type: 'string' },
    workspace: { type: 'string' },
    timeout: { type: 'string', default: '180' },
    result: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help || !args.extension || !args.suite || !args.workspace) {
  console.error(
    'usage: run-extension-tests.mjs --extension <abs dir> --suite <abs path without .js> --workspace <dir> [--timeout s] [--result file]',
  );
  process.exit(args.help ? 0 : 2);
}

const extensionPath = path.resolve(args.extension);
const suitePath = path.resolve(args.suite).replace(/\.js$/, '');
const workspace = path.resolve(args.workspace);
const timeoutMs = Number(args.timeout) * 1000;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const resultFile = path.resolve(args.result ?? path.join(outputDir, 'extension-tests', `result-${stamp}.json`));

for (const [what, p] of [
  ['extension manifest', path.join(extensionPath, 'package.json')],
  ['suite', `${suitePath}.js`],
  ['workspace', workspace],
]) {
  if (!existsSync(p)) {
    console.error(`[run-extension-tests] ${what} not found: ${p}`);
    process.exit(2);
  }
}

// The extension host process exits once run() settles, whether it resolved or
// threw (exit code 0 either way). If it is gone and no result appeared shortly
// after, the suite crashed before writing one: fail now instead of at the timeout.
const HOST_EXIT = /Extension Host Process exited/;
const GRACE_MS = 5000;

// Console lines from the workbench and the extension host. VS Code styles its
// log lines with %c; strip that. Gallery look-ups fail without network and
// Chromium warns about VS Code's own iframes: hidden unless verbose.
const NOISE = [
  /open-vsx\.org|ENOTFOUND|ERR_NAME_NOT_RESOLVED/,
  /vsda/, // Microsoft-only licensing module, absent from code-server
  /allow-scripts and allow-same-origin/,
  /web worker extension host is started in a same-origin iframe/,
  /Found unexpected service worker controller/,
];
const verbose = process.env.PERF_COACH_EDITOR_VERBOSE === '1';
const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const say = (m) => console.log(`[run-extension-tests ${since()}] ${m}`);

ensureProvisioned();
say('provisioned');
rmSync(resultFile, { force: true });
mkdirSync(path.dirname(resultFile), { recursive: true });

let cs;
let browser;
let page;
let exitCode = 1;
// A hard stop for anything that hangs (browser launch, navigation...). The
// exit hooks in code-server.mjs still kill the server on process.exit.
const watchdog = setTimeout(() => {
  console.error(`[run-extension-tests] watchdog: no result after ${timeoutMs + 60_000} ms, giving up`);
  process.exit(1);
}, timeoutMs + 60_000);
watchdog.unref();

/** Errors the workbench logs about our extension (its id is `<publisher>.<name>`). */
const OUR_EXTENSION = /\bperf-coach\.perf-coach\b/;
const workbenchErrors = [];

try {
  cs = await startCodeServer({ workspace, env: { PERF_COACH_TEST_RESULT: resultFile } });
  say(`code-server up at ${cs.url} (pid ${cs.pid})`);

  const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(suitePath)],
  ];
  const url = `${cs.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  browser = await launchBrowser(loadPlaywright());
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // Suite console output (run in the extension host) is forwarded to the page console.
  page.on('console', (msg) => {
    const line = consoleLine(msg);
    if (line) console.log(line);
    if (msg.type() === 'error' && OUR_EXTENSION.test(msg.text())) workbenchErrors.push(msg.text());
  });
  page.on('pageerror', (err) => {
    console.log(`[page:error] ${err.message}`);
    if (OUR_EXTENSION.test(err.message)) workbenchErrors.push(err.message);
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  say('workbench opened; waiting for the suite result');

  const result = await waitForResult(resultFile, timeoutMs, cs);
  // The workbench logs manifest problems (an unknown walkthrough event, a bad menu `when`) as
  // errors naming the extension; the suite cannot see them, so they fail the run here.
  for (const e of workbenchErrors) console.log(`  FAIL the workbench reported an error about the extension: ${e}`);
  const ok = result.failed === 0 && result.passed > 0 && workbenchErrors.length === 0;
  say(`suite finished: ${result.passed} passed, ${result.failed} failed -> ${ok ? 'PASS' : 'FAIL'} (${resultFile})`);
  for (const t of result.tests ?? []) if (!t.ok) console.log(`  FAIL ${t.name}\n${t.error ?? ''}`);
  exitCode = ok ? 0 : 1;
} catch (e) {
  console.error(`[run-extension-tests] ${e.stack ?? e}`);
  exitCode = 1;
} finally {
  if (exitCode !== 0 && page) {
    const shot = path.join(outputDir, `extension-tests-failure-${stamp}.png`);
    try {
      await page.screenshot({ path: shot, timeout: 10_000 });
      console.error(`[run-extension-tests] screenshot: ${shot}`);
    } catch (e) {
      console.error(`[run-extension-tests] screenshot failed: ${e.message}`);
    }
  }
  if (exitCode !== 0 && cs) {
    console.error(`--- last code-server output ---\n${cs.logs.slice(-30).join('\n')}`);
  }
  await browser?.close().catch(() => {});
  await cs?.stop();
  say(`done, exit ${exitCode}`);
  process.exit(exitCode);
}

async function waitForResult(file, ms, server) {
  const deadline = Date.now() + ms;
  let hostGoneAt = 0;
  while (Date.now() < deadline) {
    if (server.exited) throw new Error('code-server exited before the suite wrote its result');
    if (existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        /* still being written */
      }
    }
    if (!hostGoneAt && server.logs.some((l) => HOST_EXIT.test(l))) hostGoneAt = Date.now();
    if (hostGoneAt && Date.now() - hostGoneAt > GRACE_MS) {
      throw new Error(`the extension host exited without a result file; did run() throw before writing ${file}? (see [page:error] above)`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no result file after ${ms / 1000}s: ${file} (did the suite write PERF_COACH_TEST_RESULT?)`);
}

function consoleLine(msg) {
  const text = msg.text().replace(/^%c\s*(\w+)\s+color:\s*#[0-9a-f]{3,6}\s?/i, '$1 ');
  if (!verbose && NOISE.some((re) => re.test(text))) return '';
  // "Failed to load resource" says nothing about which one without the URL.
  const where = /^Failed to load resource/.test(text) ? ` ${msg.location()?.url ?? ''}` : '';
  return `[page:${msg.type()}] ${text}${where}`;
}
