// A second opinion for source-overlap.test.ts (which always runs): where the
// original overlap tool and the source documents sit beside this repository,
// run it over rules/ too, so a stale fingerprints file cannot hide a copy.
// Elsewhere this test is skipped with a message; the fingerprint check still runs.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from './repo.js';

const repoRoot = findRepoRoot();
const tool = path.resolve(repoRoot, '..', 'shared', 'tools', 'seed-overlap.mjs');
const available = existsSync(tool);

describe('seed overlap', () => {
  if (!available) console.warn(`seed-overlap check skipped: ${tool} not found (it ships outside this repository)`);

  it.skipIf(!available)('rules/ shares no run of 8+ words with the source documents', () => {
    const run = spawnSync(process.execPath, [tool, 'rules'], { cwd: repoRoot, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`.trim();
    expect(run.status, output).toBe(0);
  });
});
