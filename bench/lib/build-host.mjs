// Bundles the extension's analysis engine (src/host) for the benchmark: the worker script with
// the extension's own build settings (esbuild.mjs: Node, ES module, minified, oxc-parser left
// external), and the vscode-free WorkerPool that drives it. Built from source on every run, so
// the figures always describe the code in the tree.

import fs from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, REPO_ROOT } from './tools.mjs';

export const HOST_DIR = path.join(BENCH_DIR, '.cache', 'host');
export const HOST_WORKER = path.join(HOST_DIR, 'worker.mjs');
export const HOST_POOL = path.join(HOST_DIR, 'worker-pool.cjs');
/**
 * Bench only: the worker's engine (lintText) with the project model's registry and native parts
 * in one bundle, so a task can run an analysis on its own thread and read the model's counters
 * (tasks/editor.mjs: an edit re-analyses only the changed file).
 */
export const HOST_PROBE = path.join(HOST_DIR, 'project-probe.mjs');
const PROBE_SOURCE = [
  "export { lintText } from './src/host/lint-text';",
  "export { projectFor } from './src/project/registry';",
  "export { nativeParts, provideNative } from './src/project/native';",
].join('\n');

export async function buildHost() {
  const { build } = await import('esbuild');
  fs.mkdirSync(HOST_DIR, { recursive: true });
  const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(REPO_ROOT, 'src/host/worker.ts')],
      outfile: HOST_WORKER,
      format: 'esm',
      // oxc-parser's native binding is resolved at run time from the repo's node_modules.
      external: ['oxc-parser', 'oxc-resolver'],
      minify: true,
      keepNames: true,
    }),
    build({ ...common, entryPoints: [path.join(REPO_ROOT, 'src/host/worker-pool.ts')], outfile: HOST_POOL, format: 'cjs' }),
    build({
      ...common,
      stdin: { contents: PROBE_SOURCE, resolveDir: REPO_ROOT, sourcefile: 'bench-project-probe.ts', loader: 'ts' },
      outfile: HOST_PROBE,
      format: 'esm',
      external: ['oxc-parser', 'oxc-resolver'],
    }),
  ]);
  return { worker: HOST_WORKER, pool: HOST_POOL, probe: HOST_PROBE };
}
