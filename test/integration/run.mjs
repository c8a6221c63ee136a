#!/usr/bin/env node
// Run the integration suite inside a real VS Code extension host, on a fresh copy of examples/.
//
//   node test/integration/run.mjs        (npm run test:editor runs it after provisioning and building)
//
// Bundles the suite (test/integration/index.ts → out/test/integration/index.js), copies
// examples/ to a temp folder (the tests edit, save settings and write a .gitignore there), and
// hands both to test/editor/run-extension-tests.mjs with the repository root as the extension.
// Metrics land in test-output/extension-metrics.json.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();

// Always rebuild: a stale dist/ would test yesterday's extension (a few seconds). Under npm test,
// esbuild.mjs sees PERF_COACH_DIST_BUILT and keeps the build made at its start.
const built = spawnSync(process.execPath, [path.join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

// The suite imports some extension modules directly; give them the rule table the build injects.
const severities = Object.fromEntries(
  readdirSync(path.join(root, 'rules'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => [f.replace(/\.md$/, ''), /^severity:\s*(\w+)/m.exec(readFileSync(path.join(root, 'rules', f), 'utf8'))?.[1] ?? 'warn']),
);
const suite = path.join(root, 'out/test/integration/index.js');
await build({
  entryPoints: [path.join(root, 'test/integration/index.ts')],
  outfile: suite,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: 'inline',
  define: { __PERF_COACH_SEVERITIES__: JSON.stringify(severities) },
  logLevel: 'warning',
});

const workspace = path.join(mkdtempSync(path.join(os.tmpdir(), 'perf-coach-it-')), 'examples');
cpSync(path.join(root, 'examples'), workspace, { recursive: true });
let status = 1;
try {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'test/editor/run-extension-tests.mjs'), '--extension', root, '--suite', suite.replace(/\.js$/, ''), '--workspace', workspace, '--timeout', '420'],
    { stdio: 'inherit', env: { ...process.env, PERF_COACH_METRICS_FILE: path.join(root, 'test-output/extension-metrics.json') } },
  );
  status = r.status ?? 1;
} finally {
  rmSync(path.dirname(workspace), { recursive: true, force: true });
}
console.log(`[integration] ${status === 0 ? 'PASS' : 'FAIL'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(status);
