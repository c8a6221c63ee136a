// Starts the workbench `npm run editor` shows (scripts/open-in-editor.mjs), and that
// test/e2e/editor-demo.e2e.mjs checks: a fresh code-server with Perf Coach's .vsix and the demo
// layout helper (./extension.js) installed, on examples/ with one example file open.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, ensureProvisioned, startCodeServer } from '../../test/editor/code-server.mjs';
import { packageVsix } from '../../test/editor/ui-helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
export const EXAMPLES = path.join(root, 'examples');
/** Opened on examples/: two findings of two rules, one with a quick fix (Promise.all). */
export const DEMO_FILE = { path: 'express-api/src/routes/orders.ts', line: 19 };

/** The helper's .vsix, packaged once per content and kept in the editor cache folder. */
function helperVsix() {
  const hash = createHash('sha256');
  for (const f of ['package.json', 'extension.js']) hash.update(readFileSync(path.join(here, f)));
  const out = path.join(cacheDir, `perf-coach-editor-demo-${hash.digest('hex').slice(0, 12)}.vsix`);
  return existsSync(out) ? out : packageVsix(here, out);
}

/**
 * @param {{ folder?: string, vsix?: string, settings?: object, log?: (line: string) => void }} [opts]
 * @returns {Promise<{ url: string, serverUrl: string, folder: string, file?: { path: string, line: number }, stop: () => Promise<void> }>}
 */
export async function startEditorDemo(opts = {}) {
  const folder = path.resolve(opts.folder ?? EXAMPLES);
  ensureProvisioned();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-coach-editor-'));
  try {
    let vsix = opts.vsix;
    if (!vsix) {
      vsix = path.join(tmp, 'perf-coach.vsix');
      const packaged = spawnSync(process.execPath, [path.join(root, 'scripts/package-vsix.mjs'), '--out', vsix], { cwd: root, stdio: 'inherit' });
      if (packaged.status !== 0) throw new Error(`scripts/package-vsix.mjs failed (exit ${packaged.status})`);
    }
    const file = existsSync(path.join(folder, DEMO_FILE.path)) ? DEMO_FILE : undefined;
    const cs = await startCodeServer({
      workspace: folder,
      installExtensions: [vsix, helperVsix()],
      env: { PERF_COACH_DEMO: '1', ...(file && { PERF_COACH_DEMO_FILE: file.path, PERF_COACH_DEMO_LINE: String(file.line) }) },
      settings: {
        'workbench.startupEditor': 'none',
        // The examples' npm dependencies are not installed: TypeScript would fill Problems with
        // "Cannot find module" errors and hide Perf Coach's entries.
        'typescript.validate.enable': false,
        'javascript.validate.enable': false,
        ...opts.settings,
      },
      log: opts.log,
    });
    return { url: `${cs.url}/?folder=${encodeURIComponent(folder)}`, serverUrl: cs.url, folder, file, stop: () => cs.stop() };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
