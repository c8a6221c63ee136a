// Runs every fact script in bench/facts/ one after another and prints a summary.
// A script that exits with code 2 is missing something it needs (PostgreSQL, say): reported as
// "needs ...", not as a failure. Run: npm run facts   (or node bench/facts/run-all.mjs [name ...])
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && !f.startsWith('_') && f !== 'run-all.mjs')
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const results = [];
for (const file of scripts) {
  console.log(`\n=== node bench/facts/${file}`);
  const t0 = Date.now();
  const { code, stderr } = await new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, file)], { stdio: ['ignore', 'inherit', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; process.stderr.write(d); });
    child.on('close', (c, signal) => resolve({ code: c ?? (signal ? 1 : 0), stderr: err }));
  });
  const lastLine = stderr.trim().split('\n').pop() ?? '';
  const status = code === 0 ? 'ok' : code === 2 ? `needs: ${lastLine}` : `FAILED (exit ${code})`;
  results.push({ file, status, seconds: (Date.now() - t0) / 1000 });
}

console.log('\n=== Summary');
for (const r of results) console.log(`  ${r.file.padEnd(24)} ${r.seconds.toFixed(0).padStart(4)} s  ${r.status}`);
const failed = results.filter((r) => r.status.startsWith('FAILED')).length;
const missing = results.filter((r) => r.status.startsWith('needs')).length;
console.log(`${results.length - failed - missing} ok, ${missing} need something installed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
