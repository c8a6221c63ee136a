// Measures libuv thread-pool queueing: how long a tiny fs call waits when eight async password
// hashes are queued in front of it, with the default 4 threads and with UV_THREADPOOL_SIZE=16.
// Each probe runs in a fresh child process (the pool size is fixed at first use).
// Run: node bench/facts/libuv-pool.mjs
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { header, median, ms, timeMs } from './_util.mjs';

if (process.argv[2] === '--probe') {
  const [, , , job, file] = process.argv;
  await readFile(file); // warm the page cache and the pool
  const t0 = performance.now();
  if (job !== 'none') {
    for (let i = 0; i < 8; i++) {
      if (job === 'scrypt') crypto.scrypt('pw', 'salt', 64, () => {});
      else crypto.pbkdf2('pw', 'salt', 100_000, 64, 'sha512', () => {});
    }
  }
  await (job === 'scrypt' ? stat(file) : readFile(file));
  console.log(performance.now() - t0);
} else {
  header('libuv thread pool: small fs calls queued behind crypto');
  const scrypt = await timeMs(() => new Promise((r) => crypto.scrypt('pw', 'salt', 64, r)), { reps: 11, warmup: 2 });
  const pbkdf2 = await timeMs(() => new Promise((r) => crypto.pbkdf2('pw', 'salt', 100_000, 64, 'sha512', r)), { reps: 11, warmup: 2 });
  console.log(`One async crypto.scrypt (default cost): ${ms(scrypt)}; one async pbkdf2 (100k, SHA-512): ${ms(pbkdf2)} (medians of 11)\n`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-uv-'));
  const file = path.join(dir, 'small.json');
  fs.writeFileSync(file, 'x'.repeat(4096));
  const probe = (job, size) => {
    const env = { ...process.env };
    if (size) env.UV_THREADPOOL_SIZE = String(size); else delete env.UV_THREADPOOL_SIZE;
    const times = Array.from({ length: 7 }, () => Number(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--probe', job, file], { env, encoding: 'utf8' })));
    return median(times);
  };
  console.log('Median of 7 fresh processes each:');
  console.log(`  4 KB fs.readFile alone:                             ${ms(probe('none'))}`);
  console.log(`  4 KB fs.readFile behind 8 async pbkdf2, 4 threads:  ${ms(probe('pbkdf2'))}`);
  console.log(`  fs.stat behind 8 async scrypt, 4 threads (default): ${ms(probe('scrypt'))}`);
  console.log(`  fs.stat behind 8 async scrypt, UV_THREADPOOL_SIZE=16: ${ms(probe('scrypt', 16))}`);
  fs.rmSync(dir, { recursive: true, force: true });
}
