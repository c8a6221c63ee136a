// Measures what awaiting independent calls one after another costs against starting them together:
// a loopback HTTP service answers three routes after 40, 25 and 55 ms (like a product, its reviews
// and its stock from three services), and a client fetches all three, awaited in turn and with
// Promise.all. Also 20 calls of 30 ms: one at a time, and 5 at a time.
// The figures in rules/no-sequential-await.md and rules/topics/sequential-awaits.md come from here.
// Run: node bench/facts/sequential-await.mjs (~20 s)
import http from 'node:http';
import { header, median, ms } from './_util.mjs';

const DELAYS = { product: 40, reviews: 25, stock: 55 };
const server = http.createServer((req, res) => {
  const wait = Number(new URL(req.url, 'http://x').searchParams.get('ms') ?? 0);
  setTimeout(() => res.end('{}'), wait);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const call = (wait) =>
  new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: `/?ms=${wait}`, agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      })
      .on('error', reject);
  });

async function time(fn, reps) {
  await fn(); // warm-up: sockets open, code compiled
  const out = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

async function limited(waits, limit) {
  let next = 0;
  const worker = async () => {
    while (next < waits.length) await call(waits[next++]);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

header('independent awaits: in turn vs together (loopback HTTP, server-side delays)');
const three = Object.values(DELAYS);
const inTurn = await time(async () => {
  for (const d of three) await call(d);
}, 15);
const together = await time(() => Promise.all(three.map(call)), 15);
console.log(`three calls of ${three.join(', ')} ms: awaited in turn ${ms(inTurn)}, with Promise.all ${ms(together)}`);

const twenty = Array.from({ length: 20 }, () => 30);
const oneByOne = await time(async () => {
  for (const d of twenty) await call(d);
}, 5);
const fiveAtATime = await time(() => limited(twenty, 5), 5);
console.log(`20 calls of 30 ms: one at a time ${ms(oneByOne)}, 5 at a time ${ms(fiveAtATime)}`);

agent.destroy();
server.close();
