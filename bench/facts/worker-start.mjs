// Measures worker_threads costs: starting a trivial worker (until 'online' and until it answers
// a first message), and the postMessage round trip (structured clone both ways) of arrays of
// 5,000 and 10,000 small objects to a running worker and back.
// Run: node bench/facts/worker-start.mjs
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { header, median, ms, products } from './_util.mjs';

const ECHO = `require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage(m));`;
const reply = (w) => new Promise((r) => w.once('message', r));

header('worker_threads: start-up and message cost');
const online = [], firstReply = [];
for (let i = 0; i < 18; i++) {
  const t0 = performance.now();
  const w = new Worker(ECHO, { eval: true });
  await new Promise((r) => w.once('online', r));
  const t1 = performance.now();
  w.postMessage('ping');
  await reply(w);
  const t2 = performance.now();
  await w.terminate();
  if (i >= 3) { online.push(t1 - t0); firstReply.push(t2 - t0); } // 3 warm-ups
}
console.log('Median of 15 starts after 3 warm-ups:');
console.log(`  new Worker() until 'online':           ${ms(median(online))}`);
console.log(`  new Worker() until it answers a ping:  ${ms(median(firstReply))}`);

const w = new Worker(ECHO, { eval: true });
await new Promise((r) => w.once('online', r));
console.log('\npostMessage round trip to a running worker (median of 15 after 3 warm-ups):');
for (const n of [5_000, 10_000]) {
  const data = products(n);
  const times = [];
  for (let i = 0; i < 18; i++) {
    const t0 = performance.now();
    w.postMessage(data);
    await reply(w);
    if (i >= 3) times.push(performance.now() - t0);
  }
  console.log(`  ${n.toLocaleString('en')} objects (${(JSON.stringify(data).length / 1e6).toFixed(2)} MB as JSON): ${ms(median(times))}`);
}
await w.terminate();
