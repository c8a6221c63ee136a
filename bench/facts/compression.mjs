// Measures gzip and Brotli at common settings on a ~1.3 MB JSON product list: CPU time per
// response (sync calls, so the time is all on one thread) and output size.
// Run: node bench/facts/compression.mjs
import zlib from 'node:zlib';
import { header, kb, mb, ms, products, timeMs } from './_util.mjs';

header('Compressing a JSON response');
const json = Buffer.from(JSON.stringify(products(10_000)));
console.log(`Payload: ${mb(json.length)} of JSON (10,000 products)\n`);
const B = zlib.constants;
const cases = [
  ['gzip level 1', () => zlib.gzipSync(json, { level: 1 })],
  ['gzip level 6 (default)', () => zlib.gzipSync(json, { level: 6 })],
  ['Brotli quality 4', () => zlib.brotliCompressSync(json, { params: { [B.BROTLI_PARAM_QUALITY]: 4, [B.BROTLI_PARAM_SIZE_HINT]: json.length } })],
  ['Brotli quality 11 (zlib default)', () => zlib.brotliCompressSync(json), { reps: 3, warmup: 1 }],
];
console.log('| method | time (median) | output | of original |\n|---|---|---|---|');
for (const [name, fn, opts] of cases) {
  const t = await timeMs(fn, opts ?? { reps: 11, warmup: 3 });
  const size = fn().length;
  console.log(`| ${name} | ${ms(t)} | ${kb(size)} | ${((100 * size) / json.length).toFixed(1)} % |`);
}
