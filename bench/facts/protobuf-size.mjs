// Compares JSON with Protocol Buffers (protobufjs) on the same data: size raw and gzipped, encode
// and decode time. Data: 10,000 products (~1.3 MB of JSON), 5,000 text-heavy records (~1 MB), and
// 5,000 records of three integers.
// Run: node bench/facts/protobuf-size.mjs
import protobuf from 'protobufjs';
import zlib from 'node:zlib';
import { header, kb, mb, ms, products, rng, timeMs } from './_util.mjs';

const { root } = protobuf.parse(`
  syntax = "proto3";
  message Product {
    uint32 id = 1; string sku = 2; string name = 3; string description = 4; uint32 price_cents = 5;
    string currency = 6; uint32 stock = 7; repeated string tags = 8;
  }
  message Products { repeated Product items = 1; }
  message Triple { uint32 a = 1; uint32 b = 2; uint32 c = 3; }
  message Triples { repeated Triple items = 1; }
`);
const Products = root.lookupType('Products');
const Triples = root.lookupType('Triples');
const gz = (buf) => zlib.gzipSync(buf).length;
const opts = { reps: 15, warmup: 5 };

header('JSON vs Protocol Buffers (protobufjs)');
const r = rng(9);
const sets = [
  ['10,000 products', Products, products(10_000)],
  ['5,000 text-heavy records', Products, products(5_000, { descWords: 10 })],
  ['5,000 records of 3 integers', Triples, Array.from({ length: 5_000 }, () => ({ a: Math.floor(r() * 1e6), b: Math.floor(r() * 1e4), c: Math.floor(r() * 100) }))],
];
for (const [name, Type, items] of sets) {
  const json = Buffer.from(JSON.stringify(items));
  const bin = Type.encode({ items }).finish();
  const text = json.toString();
  console.log(`${name}:`);
  console.log(`  size          JSON ${mb(json.length)}   protobuf ${mb(bin.length)}   (protobuf = ${((100 * bin.length) / json.length).toFixed(0)} % of JSON)`);
  console.log(`  gzipped       JSON ${kb(gz(json))}   protobuf ${kb(gz(bin))}`);
  console.log(`  encode        JSON.stringify ${ms(await timeMs(() => JSON.stringify(items), opts))}   protobufjs encode ${ms(await timeMs(() => Type.encode({ items }).finish(), opts))}`);
  console.log(`  decode        JSON.parse ${ms(await timeMs(() => JSON.parse(text), opts))}   protobufjs decode ${ms(await timeMs(() => Type.decode(bin), opts))}, decode + toObject ${ms(await timeMs(() => Type.toObject(Type.decode(bin)), opts))}\n`);
}
console.log('Medians of 15 runs after 5 warm-ups.');
