#!/usr/bin/env node
// `npm test`: every layer, on one build, with the slow set-up beside the CPU work.
//
//   build ─┬─ typecheck → vitest → robustness (a 2,000-file sample) ─┬─ real-editor tests → benchmark smoke run
//          └─ provision the real editor → package the .vsix once ────┘
//
// The two lanes share the machine: the left one is CPU work, the right one mostly downloads and
// installs (apt-get, npm), so they overlap well even on two cores. The real-editor tests and the
// benchmark time things, so they run alone, after both lanes. A failed step stops its own lane;
// the other lane goes on, and the run fails at the end with a table of every step and its time.
//
// Full runs stay separate: `npm run test:robustness` (every file in node_modules), `npm run bench`.
// --skip-editor leaves out provisioning and the real-editor tests (for a machine without apt-get).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipEditor = process.argv.includes('--skip-editor');
const vsix = join(root, 'test-output/perf-coach.vsix');
const node = process.execPath;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
const steps = [];
// Lines that name what failed (vitest's FAIL/× lines, assertion and error messages). They are
// printed again under the final table: a CI log is often read from its end, where they would be lost.
const FAILURE_LINE = /^(FAIL\b|×|✗|AssertionError|Error:|TypeError|not ok\b)/;
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** Runs one step, its output prefixed with its name; resolves true when it exits with 0. */
function step(name, cmd, args, env = {}) {
  const t0 = Date.now();
  const record = { name, ok: false, ms: 0, failures: [] };
  steps.push(record);
  console.log(`[${name}] start at ${seconds(t0 - started)}: ${[cmd === node ? 'node' : cmd, ...args].join(' ')}`);
  return new Promise((resolve) => {
    // Every step after the build reuses dist/ (esbuild.mjs reads this).
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, PERF_COACH_DIST_BUILT: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = (stream, out) => {
      let rest = '';
      stream.on('data', (b) => {
        const lines = (rest + b.toString('utf8')).split('\n');
        rest = lines.pop();
        for (const line of lines) {
          out.write(`[${name}] ${line}\n`);
          const plain = line.replace(ANSI, '').trim();
          if (FAILURE_LINE.test(plain) && record.failures.length < 200) record.failures.push(plain);
        }
      });
      stream.on('end', () => rest && out.write(`[${name}] ${rest}\n`));
    };
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    child.on('error', (e) => {
      console.error(`[${name}] ${e.message}`);
      record.ms = Date.now() - t0;
      resolve(false);
    });
    child.on('close', (code) => {
      record.ok = code === 0;
      record.ms = Date.now() - t0;
      console.log(`[${name}] ${record.ok ? 'ok' : `FAILED (exit ${code})`} in ${seconds(record.ms)}`);
      resolve(record.ok);
    });
  });
}

/** Runs steps one after another; stops at the first failure. */
async function lane(list) {
  for (const [name, cmd, args, env] of list) if (!(await step(name, cmd, args, env))) return false;
  return true;
}

const built = await step('build', node, ['esbuild.mjs'], { PERF_COACH_DIST_BUILT: '' });
if (built) {
  mkdirSync(join(root, 'test-output'), { recursive: true });
  const [, editorReady] = await Promise.all([
    lane([
      ['typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']],
      ['vitest', npx, ['vitest', 'run']],
      ['robustness', node, ['scripts/robustness.mjs', '--sample', '2000']],
    ]),
    skipEditor
      ? true
      : lane([
          ['provision', 'bash', ['test/editor/provision.sh']],
          ['vsix', node, ['scripts/package-vsix.mjs', '--out', vsix]],
        ]),
  ]);
  if (!skipEditor && editorReady) {
    await lane([
      ['editor:integration', node, ['test/integration/run.mjs']],
      ['editor:ui', node, ['test/e2e/run.mjs', '--vsix', vsix]],
      ['editor:knowledge', node, ['test/e2e/knowledge.e2e.mjs', '--vsix', vsix]],
      ['editor:demo', node, ['test/e2e/editor-demo.e2e.mjs', '--vsix', vsix]],
    ]);
  }
  await step('bench:smoke', node, ['bench/run.mjs', '--quick']);
}

const failed = steps.filter((s) => !s.ok);
console.log(`\nnpm test: ${failed.length ? `${failed.length} step(s) FAILED` : 'all steps passed'} in ${seconds(Date.now() - started)}`);
for (const s of steps) console.log(`  ${s.ok ? 'ok    ' : 'FAILED'} ${s.name.padEnd(20)} ${seconds(s.ms).padStart(6)}`);
if (skipEditor) console.log('  (real-editor tests left out: --skip-editor)');
for (const s of failed) {
  const unique = [...new Set(s.failures)];
  if (!unique.length) continue;
  console.log(`\n${s.name} failed on:`);
  for (const line of unique.slice(0, 12)) console.log(`  ${line.slice(0, 300)}`);
  if (unique.length > 12) console.log(`  ... and ${unique.length - 12} more lines (search the log for "[${s.name}]")`);
}
process.exit(failed.length || !built ? 1 : 0);
