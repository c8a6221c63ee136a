// Measures garbage-collection pauses with a large live heap: builds 3 million small objects kept
// alive in an array, records young-generation (scavenge) pauses while building, then times one
// forced full collection. Each run is a fresh process started with --expose-gc.
// Run: node bench/facts/gc-pauses.mjs
import { execFileSync } from 'node:child_process';
import { PerformanceObserver, constants, performance } from 'node:perf_hooks';
import { header, median, ms } from './_util.mjs';

if (process.argv[2] === '--child') {
  const minor = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) minor.push(e.duration);
  });
  obs.observe({ entryTypes: ['gc'] });
  const live = [];
  for (let i = 0; i < 3_000_000; i++) live.push({ id: i, score: i * 0.5, tag: `t${i % 1000}` });
  await new Promise((r) => setTimeout(r, 50)); // let the observer deliver
  const t0 = performance.now();
  globalThis.gc();
  const full = performance.now() - t0;
  obs.disconnect();
  console.log(JSON.stringify({ maxMinor: Math.max(...minor), scavenges: minor.length, full, heapMB: process.memoryUsage().heapUsed / 1e6, n: live.length }));
} else {
  header('GC pauses with 3 million live small objects');
  const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--child'], { encoding: 'utf8' })));
  const m = (k) => median(runs.map((r) => r[k]));
  console.log(`Medians of 5 fresh processes: heap ${m('heapMB').toFixed(0)} MB live; longest scavenge while building ${ms(m('maxMinor'))} (of ${m('scavenges')} scavenges); forced full GC ${ms(m('full'))}`);
}
