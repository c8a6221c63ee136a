// Every sentence the product shows must be written in our own words: no run of 8+ consecutive
// words shared with the source documents the subject came from. The documents are not in this
// repository; their 8-word runs are, as hashes (scripts/fingerprint-sources.mjs), so this check
// runs everywhere. seed-overlap.test.ts runs the original tool too where it is available.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from './repo.js';
import { RUN_WORDS, hashRun, words } from './shingles.mjs';

const repoRoot = findRepoRoot();
const fingerprints = JSON.parse(readFileSync(path.join(repoRoot, 'test/knowledge/source-fingerprints.json'), 'utf8')) as { runWords: number; hashes: string };
const known = new Set(fingerprints.hashes.split(' '));

/** What users read: explainers and questions, UI strings, panel assets, the manifest and README. */
const ROOTS = ['rules', 'src', 'media', 'README.md', 'package.json'];
const EXTENSIONS = new Set(['.md', '.ts', '.js', '.mjs', '.json', '.html', '.css', '.svg']);

function* filesUnder(p: string): Generator<string> {
  const s = statSync(p);
  if (s.isFile()) {
    if (EXTENSIONS.has(path.extname(p))) yield p;
    return;
  }
  for (const e of readdirSync(p)) if (!e.startsWith('.') && e !== 'node_modules') yield* filesUnder(path.join(p, e));
}

/** Shared runs in one text, each extended as far as it goes. */
export function sharedRuns(text: string, isKnown: (hash: string) => boolean, n = RUN_WORDS): string[] {
  const w = words(text);
  const runs: string[] = [];
  for (let i = 0; i + n <= w.length; i++) {
    if (!isKnown(hashRun(w.slice(i, i + n).join(' ')))) continue;
    let j = i + n;
    while (j < w.length && isKnown(hashRun(w.slice(j - n + 1, j + 1).join(' ')))) j++;
    runs.push(w.slice(i, j).join(' '));
    i = j - 1;
  }
  return runs;
}

describe('own words', () => {
  it('the fingerprints are of the expected run length and not empty', () => {
    expect(fingerprints.runWords).toBe(RUN_WORDS);
    expect(known.size).toBeGreaterThan(1000);
  });

  it('finds a shared run when there is one (the check can fail)', () => {
    const ours = 'one two three four five six seven eight nine';
    const planted = new Set([hashRun('two three four five six seven eight nine')]);
    expect(sharedRuns(ours, (h) => planted.has(h))).toEqual(['two three four five six seven eight nine']);
    expect(sharedRuns('one two three four five six seven eight', (h) => planted.has(h))).toEqual([]);
  });

  it(`no user-facing text shares a run of ${RUN_WORDS}+ words with the source documents`, () => {
    const hits: string[] = [];
    let files = 0;
    for (const root of ROOTS) {
      for (const file of filesUnder(path.join(repoRoot, root))) {
        files++;
        for (const run of sharedRuns(readFileSync(file, 'utf8'), (h) => known.has(h))) hits.push(`${path.relative(repoRoot, file)}: "${run}"`);
      }
    }
    expect(files).toBeGreaterThan(100);
    expect(hits, `rewrite these in our own words:\n${hits.join('\n')}`).toEqual([]);
  });
});
