#!/usr/bin/env node
// Writes test/knowledge/source-fingerprints.json: a hash of every run of 8 consecutive words in
// the source documents the product's subject came from. The test that keeps our text in our own
// words (test/knowledge/source-overlap.test.ts) compares against these hashes, so it runs on any
// machine without the documents themselves, and the repository holds none of their text.
//
// Usage: node scripts/fingerprint-sources.mjs <folder with the source .txt files>
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUN_WORDS, shingleHashes, words } from '../test/knowledge/shingles.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/fingerprint-sources.mjs <folder with the source .txt files>');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
if (!files.length) {
  console.error(`no .txt files in ${dir}`);
  process.exit(2);
}
const hashes = new Set();
for (const f of files) for (const h of shingleHashes(words(readFileSync(path.join(dir, f), 'utf8')))) hashes.add(h);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'knowledge', 'source-fingerprints.json');
const sorted = [...hashes].sort();
writeFileSync(out, `${JSON.stringify({ runWords: RUN_WORDS, documents: files.length, hashes: sorted.join(' ') })}\n`);
console.log(`${sorted.length} fingerprints of ${RUN_WORDS}-word runs from ${files.length} documents -> ${path.relative(process.cwd(), out)}`);
