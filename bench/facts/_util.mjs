// Small helpers shared by the fact scripts: statistics, timing, machine info and a
// synthetic product list. Not a fact script itself (run-all.mjs skips files starting with "_").
import os from 'node:os';
import { performance } from 'node:perf_hooks';

export const median = (xs) => percentile(xs, 50);

export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}

/** Runs fn `warmup` times unmeasured, then `reps` times; returns the median in ms. */
export async function timeMs(fn, { reps = 7, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3)) + ' ms';
export const mb = (bytes) => (bytes / 1e6).toFixed(2) + ' MB';
export const kb = (bytes) => (bytes / 1e3).toFixed(0) + ' KB';

export function header(what) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`# ${what}`);
  console.log(`Machine: ${os.cpus().length} CPUs (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`);
  console.log(`Load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);
}

/** A deterministic pseudo-random generator, so every run builds the same data. */
export function rng(seed = 42) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const WORDS = 'steel oak linen cotton wool carbon matte glossy compact travel studio outdoor kitchen desk garden classic pro mini ultra eco'.split(' ');

/** n product objects; 10,000 of them serialize to about 1.3 MB of JSON. */
export function products(n, { descWords = 0, seed = 42 } = {}) {
  const r = rng(seed);
  const pick = () => WORDS[Math.floor(r() * WORDS.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({
      id: i + 1,
      sku: `SKU-${(100000 + i).toString(36).toUpperCase()}`,
      name: `${pick()} ${pick()} ${pick()}`,
      ...(descWords > 0 && { description: Array.from({ length: descWords }, pick).join(' ') }),
      priceCents: Math.floor(r() * 100000),
      currency: 'EUR',
      stock: Math.floor(r() * 500),
      tags: [pick(), pick()],
    });
  }
  return out;
}
