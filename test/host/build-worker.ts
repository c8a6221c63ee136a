import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '../..');
/** Git-ignored; inside the repo so the bundle's `import 'oxc-parser'` resolves to node_modules. */
const OUT = path.join(ROOT, '.cache', 'host-test');

/**
 * Bundles the real analysis worker as the extension build does (esbuild.mjs), plus the test-only
 * wrapper fixtures/faulty-worker.mjs next to it. The wrapper misbehaves on request, by file name;
 * the product's worker and pool have no hook for it.
 */
export async function buildWorkers(): Promise<{ worker: string; faulty: string }> {
  mkdirSync(OUT, { recursive: true });
  const worker = path.join(OUT, 'worker.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'src/host/worker.ts')],
    outfile: worker,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['oxc-parser', 'oxc-resolver'],
    logLevel: 'warning',
  });
  const faulty = path.join(OUT, 'faulty-worker.mjs');
  copyFileSync(path.join(__dirname, 'fixtures', 'faulty-worker.mjs'), faulty);
  return { worker, faulty };
}
