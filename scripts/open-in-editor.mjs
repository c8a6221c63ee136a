#!/usr/bin/env node
// Try the extension in a real VS Code on the bundled example backend: package the .vsix,
// install it into a fresh code-server (VS Code's server and web workbench, on loopback only) and
// print the URL to open. Ctrl+C stops the server.
//
//   npm run editor                      (examples/)
//   node scripts/open-in-editor.mjs <folder>
//
// On a desktop VS Code instead: `npm run package:vsix` and `code --install-extension perf-coach-<version>-<target>.vsix`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureProvisioned, startCodeServer } from '../test/editor/code-server.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.resolve(process.argv[2] ?? path.join(root, 'examples'));

ensureProvisioned();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-coach-editor-'));
const vsix = path.join(tmp, 'perf-coach.vsix');
const packaged = spawnSync(process.execPath, [path.join(root, 'scripts/package-vsix.mjs'), '--out', vsix], { cwd: root, stdio: 'inherit' });
if (packaged.status !== 0) process.exit(packaged.status ?? 1);

const cs = await startCodeServer({ workspace: folder, installExtensions: [vsix], settings: { 'workbench.startupEditor': 'none' } });
rmSync(tmp, { recursive: true, force: true });
console.log(`\nPerf Coach is running in VS Code at:\n\n  ${cs.url}/?folder=${encodeURIComponent(folder)}\n\nOpen a file under src/ to see findings; Ctrl+C stops the server.`);
await new Promise(() => {}); // until Ctrl+C (code-server.mjs stops the server on exit)
