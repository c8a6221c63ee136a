// Measures how long common synchronous calls block the event loop (crypto, bcryptjs, zlib, fs),
// then what one blocking call per login does to an unrelated /health route: a server process with
// GET /login (pbkdf2Sync, or async pbkdf2) and GET /health, 4 clients on /login and
// 10 on /health, health latency measured at the client.
// Run: node bench/facts/blocking-crypto.mjs          (about 1.5 minutes)
import bcrypt from 'bcryptjs';
import { fork } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { load } from './_load.mjs';
import { header, median, ms, percentile, products, timeMs } from './_util.mjs';

const hashSync = () => crypto.pbkdf2Sync('correct horse', 'salt', 100_000, 64, 'sha512');

if (process.argv[2] === '--server') {
  const sync = process.argv[3] === 'sync';
  http.createServer((req, res) => {
    if (req.url === '/login') {
      if (sync) { hashSync(); res.end('ok'); }
      else crypto.pbkdf2('correct horse', 'salt', 100_000, 64, 'sha512', () => res.end('ok'));
    } else res.end('ok');
  }).listen(0, '127.0.0.1', function () { process.send(this.address().port); });
} else {
  header('Synchronous calls that block the event loop');
  const json = JSON.stringify(products(10_000)); // ~1.3 MB
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-io-'));
  const files = { '50 MB': 50e6, '1 MB': 1e6, '10 KB': 10e3 };
  for (const [name, size] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), crypto.randomBytes(size));
  const rows = [
    ['crypto.pbkdf2Sync (100k iterations, SHA-512)', hashSync],
    ['crypto.scryptSync (default cost)', () => crypto.scryptSync('correct horse', 'salt', 64)],
    ['bcryptjs.hashSync, cost 10', () => bcrypt.hashSync('correct horse', 10)],
    ['bcryptjs.hashSync, cost 12', () => bcrypt.hashSync('correct horse', 12), { reps: 5, warmup: 1 }],
    ["crypto.generateKeyPairSync('rsa', 2048)", () => crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }), { reps: 9 }],
    [`zlib.gzipSync, ${(json.length / 1e6).toFixed(1)} MB JSON`, () => zlib.gzipSync(json)],
    [`zlib.brotliCompressSync, ${(json.length / 1e6).toFixed(1)} MB, default quality (11)`, () => zlib.brotliCompressSync(json), { reps: 3, warmup: 1 }],
    ...Object.keys(files).map((name) => [`fs.readFileSync, ${name} from page cache`, () => fs.readFileSync(path.join(dir, name)), { reps: 21, warmup: 3 }]),
  ];
  console.log('| call | time blocked (median) |\n|---|---|');
  for (const [name, fn, opts] of rows) console.log(`| ${name} | ${ms(await timeMs(fn, opts ?? { reps: 7, warmup: 2 }))} |`);
  fs.rmSync(dir, { recursive: true, force: true });

  console.log('\n/health latency while 4 clients hit /login and 10 hit /health (8 s measured after 1 s warm-up), 3 rounds:');
  for (const mode of ['sync', 'async']) {
    const rounds = [];
    for (let round = 0; round < 3; round++) {
      const server = fork(new URL(import.meta.url).pathname, ['--server', mode]);
      const port = await new Promise((r) => server.once('message', r));
      const [, health] = await Promise.all([
        load({ port, path: '/login', connections: 4, seconds: 8 }),
        load({ port, path: '/health', connections: 10, seconds: 8 }),
      ]);
      server.kill();
      rounds.push({ p50: median(health.latencies), p99: percentile(health.latencies, 99), rps: health.perSecond });
    }
    const m = (k) => median(rounds.map((r) => r[k]));
    console.log(`  ${mode === 'sync' ? 'pbkdf2Sync ' : 'async pbkdf2'}: /health median ${ms(m('p50'))}, p99 ${ms(m('p99'))}, ${m('rps').toFixed(0)} req/s (medians of the 3 rounds)`);
  }
}
