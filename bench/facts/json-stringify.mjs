// Measures JSON.stringify and JSON.parse on the main thread for arrays of product objects of
// growing size, plus the "5,000 records of about 1 MB" case used in the interview question.
// Run: node bench/facts/json-stringify.mjs
import { header, ms, products, timeMs } from './_util.mjs';

header('JSON.stringify / JSON.parse cost by payload size');
const cases = [
  ['1k objects', products(1_000)],
  ['10k objects', products(10_000)],
  ['100k objects', products(100_000)],
  ['5,000 records with text', products(5_000, { descWords: 10 })],
];
console.log('| payload | JSON.stringify | JSON.parse |\n|---|---|---|');
for (const [name, data] of cases) {
  const text = JSON.stringify(data);
  const reps = data.length >= 100_000 ? 7 : 21;
  const s = await timeMs(() => JSON.stringify(data), { reps, warmup: 3 });
  const p = await timeMs(() => JSON.parse(text), { reps, warmup: 3 });
  console.log(`| ${(text.length / 1e6).toFixed(2)} MB (${name}) | ${ms(s)} | ${ms(p)} |`);
}
console.log('\nMedians after warm-up. Each is time the event loop is blocked.');
