// Measures what logging costs a trivial HTTP endpoint that writes three lines per request:
// (1) throughput under 50 keep-alive connections with stdout redirected to a file, for no logging,
//     console.log, and pino with an async destination;
// (2) event-loop delay (p99, max) with console.log when stdout is a pipe read quickly versus a
//     pipe drained at about 1 MB/s, like a log shipper that falls behind.
// Server and load generator are separate processes. Run: node bench/facts/sync-logging.mjs (~1.5 min)
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { load } from './_load.mjs';
import { header, median, ms } from './_util.mjs';

if (process.argv[2] === '--server') {
  const mode = process.argv[3];
  let log = () => {};
  if (mode === 'console') log = (msg, obj) => console.log(new Date().toISOString(), msg, obj);
  if (mode === 'pino') {
    const { default: pino } = await import('pino');
    const logger = pino(pino.destination({ dest: 1, sync: false, minLength: 4096 }));
    log = (msg, obj) => logger.info(obj, msg);
  }
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let requests = 0;
  let cpu = process.cpuUsage();
  process.on('message', (m) => {
    if (m === 'reset') { delay.reset(); delay.enable(); requests = 0; cpu = process.cpuUsage(); process.send('ok'); }
    if (m === 'report') {
      const used = process.cpuUsage(cpu);
      process.send({ p99: delay.percentile(99) / 1e6, max: delay.max / 1e6, rssMB: process.memoryUsage().rss / 1e6, cpuPerRequestUs: (used.user + used.system) / requests });
    }
  });
  http.createServer((req, res) => {
    requests++;
    log('request received', { method: req.method, url: req.url, agent: req.headers['user-agent'] ?? 'none' });
    log('user loaded', { userId: 4711, role: 'customer', plan: 'pro', region: 'eu-central-1' });
    res.end('{"ok":true}');
    log('request done', { status: 200, bytes: 11, route: '/orders/:id' });
  }).listen(0, '127.0.0.1', function () { process.send({ port: this.address().port }); });
} else {
  header('Logging cost on a trivial endpoint (3 lines per request)');
  const self = new URL(import.meta.url).pathname;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-log-'));
  const ask = (child, msg) => new Promise((r) => { child.once('message', r); child.send(msg); });
  const start = async (mode, stdout) => {
    const child = fork(self, ['--server', mode], { stdio: ['ignore', stdout, 'inherit', 'ipc'] });
    const { port } = await new Promise((r) => child.once('message', r));
    return { child, port };
  };

  // Load for `seconds` after a 1 s warm-up; the server reports its own CPU time per request.
  const measure = async (child, port, seconds) => {
    const run = load({ port, connections: 50, seconds: seconds + 1, warmupSeconds: 0 });
    await new Promise((r) => setTimeout(r, 1000));
    await ask(child, 'reset');
    const { perSecond } = await run;
    return { ...(await ask(child, 'report')), perSecond };
  };
  const rounds = { none: [], console: [], pino: [] };
  for (let round = 0; round < 3; round++) {
    for (const mode of Object.keys(rounds)) {
      const fd = fs.openSync(path.join(dir, `${mode}.log`), 'w');
      const { child, port } = await start(mode, fd);
      rounds[mode].push(await measure(child, port, 5));
      child.kill();
      fs.closeSync(fd);
    }
  }
  console.log('stdout redirected to a file, 50 connections, medians of 3 rounds of 5 s:');
  console.log('(the load generator shares the 2 cores, so req/s is capped by it; the server CPU per request is the figure to compare)');
  for (const [mode, xs] of Object.entries(rounds)) {
    const cpu = median(xs.map((x) => x.cpuPerRequestUs));
    console.log(`  ${mode.padEnd(8)} server CPU ${cpu.toFixed(0)} µs/request (one core's worth: ~${Math.round(1e6 / cpu)} req/s), measured ${Math.round(median(xs.map((x) => x.perSecond)))} req/s`);
  }
  fs.rmSync(dir, { recursive: true, force: true });

  console.log('\nconsole.log with stdout as a pipe, 50 connections, 8 s measured:');
  for (const bytesPerSecond of [Infinity, 1e6]) {
    const { child, port } = await start('console', 'pipe');
    const out = child.stdout;
    let drain;
    if (bytesPerSecond === Infinity) out.resume();
    else drain = setInterval(() => { let budget = bytesPerSecond / 20; while (budget > 0 && out.readableLength > 0) budget -= out.read(Math.min(budget, out.readableLength))?.length ?? budget; }, 50);
    const d = await measure(child, port, 8);
    clearInterval(drain);
    child.kill();
    const label = bytesPerSecond === Infinity ? 'fast reader     ' : 'reader at 1 MB/s';
    console.log(`  ${label}: event-loop delay p99 ${ms(d.p99)}, max ${ms(d.max)}, server RSS at the end ${d.rssMB.toFixed(0)} MB`);
  }
}
