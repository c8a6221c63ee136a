import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

const SCRIPT = path.resolve(__dirname, '../../scripts/audit-summary.mjs');

/** Runs the audit summary on a sample and labels written to a temporary folder. */
function summarize(findings: Array<{ rule: string; file: string; line: number }>, labels: Record<string, { label: string; reason: string }>) {
  const dir = tempDir('audit-summary-');
  const corpus = path.join(dir, 'files');
  const sample = { corpus: { dir: corpus }, totals: {}, sample: findings.map((f, i) => ({ n: i + 1, ...f, file: path.join(corpus, f.file) })) };
  writeFileSync(path.join(dir, 'sample.json'), JSON.stringify(sample));
  writeFileSync(path.join(dir, 'labels.json'), JSON.stringify(labels));
  return spawnSync(process.execPath, [SCRIPT, '--sample', path.join(dir, 'sample.json'), '--labels', path.join(dir, 'labels.json')], { encoding: 'utf8' });
}

describe('scripts/audit-summary.mjs', () => {
  it('counts labels per rule and gives precision, strict precision and the Wilson interval', () => {
    const findings = [
      { rule: 'perf-coach/no-n-plus-one', file: 'pkg@1/a.js', line: 1 },
      { rule: 'perf-coach/no-n-plus-one', file: 'pkg@1/a.js', line: 2 },
      { rule: 'perf-coach/no-n-plus-one', file: 'pkg@1/b.js', line: 3 },
      { rule: 'perf-coach/no-n-plus-one', file: 'pkg@1/b.js', line: 4 },
    ];
    const r = summarize(findings, {
      'pkg@1/a.js:1': { label: 'TP', reason: '' },
      'pkg@1/a.js:2': { label: 'TP', reason: '' },
      'pkg@1/b.js:3': { label: 'TP', reason: '' },
      'pkg@1/b.js:4': { label: 'FP', reason: '' },
    });
    expect(r.status).toBe(0);
    // 3 of 4: Wilson 95 % interval 0.30–0.95.
    expect(r.stdout).toContain('| `no-n-plus-one` | 4 | 3 | 0 | 1 | 0.75 | 0.75 | 0.30–0.95 |');
  });

  it('refuses a sample with an unlabelled finding and names it', () => {
    const r = summarize([{ rule: 'perf-coach/no-blocking-io', file: 'pkg@1/c.js', line: 9 }], {});
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('pkg@1/c.js:9');
  });
});
