#!/usr/bin/env node
// How deep can source nest before oxc-parser, running in a worker thread as the editor runs it,
// overflows its native stack? A native overflow is a SIGSEGV of the whole process (the extension
// host), so each probe runs in a child process and the search bisects on its exit signal.
//
//   node bench/robustness/nesting-limits.mjs [--stack 4,16] [--shapes parens,callbacks]
//
// Prints, per shape and worker stack size, the deepest nesting that parsed and the first that
// crashed. docs/ARCHITECTURE.md ("Deeply nested input") quotes the figures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { shapes } from './nesting.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const stacks = arg('stack', '4,16').split(',').map(Number);
const only = arg('shapes', Object.keys(shapes).join(',')).split(',');
const HIGH = Number(arg('max', '200000'));

if (process.argv[2] === '--probe') {
  const [, , , shape, depth, stackMb] = process.argv;
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { parseSync } = require(workerData.oxc);
     const r = parseSync(workerData.name, workerData.text, { range: false });
     // Reading the program builds the JS objects, as the host does.
     parentPort.postMessage(r.errors.length ? 'error: ' + r.errors[0].message : r.program.body.length ? 'ok' : 'empty');`,
    {
      eval: true,
      workerData: { name: shape === 'jsx' ? 'probe.tsx' : 'probe.ts', text: shapes[shape](Number(depth)), oxc: import.meta.resolve('oxc-parser').replace('file://', '') },
      resourceLimits: { stackSizeMb: Number(stackMb) },
    },
  );
  worker.on('message', (m) => console.log(m));
  worker.on('error', (e) => console.log(`worker error: ${e.message}`));
} else {
  const self = fileURLToPath(import.meta.url);
  const probe = (shape, depth, stackMb) => {
    const r = spawnSync(process.execPath, [self, '--probe', shape, String(depth), String(stackMb)], { encoding: 'utf8' });
    if (r.signal) return { ok: false, how: r.signal };
    const out = r.stdout.trim();
    return { ok: out === 'ok', how: out || `exit ${r.status}` };
  };
  for (const stackMb of stacks) {
    for (const shape of only) {
      // Bisect between a depth that parses and one that does not (or the cap).
      let lo = 50;
      let hi = HIGH;
      let top = probe(shape, hi, stackMb);
      if (top.ok) {
        console.log(`stack ${stackMb} MB  ${shape.padEnd(10)} parses at ${hi} (cap)`);
        continue;
      }
      while (hi - lo > Math.max(10, lo * 0.02)) {
        const mid = Math.round((lo + hi) / 2);
        const r = probe(shape, mid, stackMb);
        if (r.ok) lo = mid;
        else [hi, top] = [mid, r];
      }
      console.log(`stack ${stackMb} MB  ${shape.padEnd(10)} parses at ${lo}, fails at ${hi} (${top.how})`);
    }
  }
}
