import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

// The real-application audit on a tiny fixture (test/corpus/real-apps/fixture/): two apps written
// for the test, one per split, with their own per-item list, labels and recorded findings. CI has
// no network and no fetched apps, so this is where the scoring is checked.

const REPO = path.resolve(__dirname, '../..');
const SCRIPT = path.join(REPO, 'scripts/real-app-audit.mjs');
const FIXTURE = path.join(REPO, 'test/corpus/real-apps/fixture');
const PLUGIN = path.join(REPO, 'dist/eslint-plugin/index.js');

interface Report {
  apps: Array<{ name: string; filesLinted: number; parseErrors: Array<{ file: string }> }>;
  findings: Array<{ app: string; file: string; line: number; rule: string }>;
  /** Without --show-held-out: how many findings of each hidden split the JSON leaves out. */
  hiddenFindings?: Record<string, number>;
  recall: Record<string, { listed: number; found: number; recall: number; interval: number[]; missed: string[] | { hidden: number }; flaggedNegatives: string[] | { hidden: number } }>;
  precision: {
    perSplit: Record<string, Record<string, { findings: number; judged: number; TP: number; debatable: number; FP: number; strict: number; lenient: number; strictInterval: number[]; unlabelled: string[] | { hidden: number } }>>;
    stale: string[];
  };
  sample?: { findings: Array<{ app: string; file: string; line: number; rule: string }> };
}

function audit(args: string[]) {
  const dir = tempDir('real-app-audit-');
  const json = path.join(dir, 'report.json');
  const r = spawnSync(process.execPath, [SCRIPT, '--manifest', path.join(FIXTURE, 'apps.json'), '--json', json, ...args], { encoding: 'utf8' });
  const report = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as Report) : undefined;
  return { ...r, report };
}

const round = (x: number) => Math.round(x * 100) / 100;

describe('scripts/real-app-audit.mjs', () => {
  it('scores recall per split and precision per rule from recorded findings and labels', () => {
    const r = audit(['--apps', path.join(FIXTURE, 'apps'), '--findings', path.join(FIXTURE, 'findings.json')]);
    expect(r.status, r.stderr).toBe(0);
    const { recall, precision } = r.report!;

    // Recall: tune 1 of 2 (the helper in another file is missed), held-out 1 of 1.
    expect(recall.tune).toMatchObject({ listed: 2, found: 1, recall: 0.5, missed: ['shop-helper'], flaggedNegatives: ['shop-lookalike'] });
    expect(recall.tune.interval.map(round)).toEqual([0.09, 0.91]);
    expect(recall['held-out']).toMatchObject({ listed: 1, found: 1, recall: 1 });

    // Precision: the duplicate report on one line counts once; TP 1, FP 1 -> strict = lenient = 0.5.
    const tuneN1 = precision.perSplit.tune['no-n-plus-one'];
    expect(tuneN1).toMatchObject({ findings: 2, judged: 2, TP: 1, debatable: 0, FP: 1, strict: 0.5, lenient: 0.5 });
    expect(tuneN1.strictInterval.map(round)).toEqual([0.09, 0.91]);
    // A debatable finding: strict 0, lenient 1, Wilson 0 of 1 = 0.00-0.79.
    const tuneSeq = precision.perSplit.tune['no-sequential-await'];
    expect(tuneSeq).toMatchObject({ judged: 1, debatable: 1, strict: 0, lenient: 1 });
    expect(tuneSeq.strictInterval.map(round)).toEqual([0, 0.79]);
    // Unlabelled findings are counted and named, not judged; a label without a finding is stale.
    expect(precision.perSplit.tune['no-sync-logging']).toMatchObject({ findings: 1, judged: 0, unlabelled: ['shop|src/orders.ts|3|no-sync-logging'] });
    expect(precision.perSplit['held-out']['no-n-plus-one']).toMatchObject({ judged: 1, TP: 1, strict: 1 });
    expect(precision.stale).toEqual(['shop|src/gone.ts|1|no-n-plus-one']);

    // The Markdown says the same.
    expect(r.stdout).toContain('| tune | 2 | 1 | 0.50 | 0.09–0.91 | 1 | 1 |');
    // Two distinct findings, one of which offers a quick fix.
    expect(r.stdout).toContain('| `no-n-plus-one` | 2 | 1 | 2 | 1 | 0 | 1 | 0.50 | 0.09–0.91 | 0.50 | 0.09–0.91 | 0 |');
    expect(r.stdout).toContain('| `no-sequential-await` | 1 | 0 | 1 | 0 | 1 | 0 | 0.00 | 0.00–0.79 | 1.00 | 0.21–1.00 | 0 |');
    expect(r.stdout).toContain('| all | 4 | 1 | 3 | 1 | 1 | 1 | 0.33 | 0.06–0.79 | 0.67 | 0.21–0.94 | 1 |');
    // Held-out findings are not listed for labelling unless asked.
    expect(r.stdout).not.toContain('blog|src/posts.js|7');
  });

  it('takes the splits from the manifest: a third split (fresh) is scored but hidden like held-out', () => {
    const r = audit(['--apps', path.join(FIXTURE, 'apps'), '--findings', path.join(FIXTURE, 'findings.json')]);
    expect(r.status, r.stderr).toBe(0);
    const { recall, precision } = r.report!;
    // The JSON, like the Markdown, gives a hidden split's entries and findings as counts only.
    expect(recall.fresh).toMatchObject({ listed: 2, found: 1, recall: 0.5, missed: { hidden: 1 } });
    expect(precision.perSplit.fresh['no-n-plus-one']).toMatchObject({ findings: 1, judged: 1, TP: 1, strict: 1 });
    expect(precision.perSplit.fresh['no-sequential-await']).toMatchObject({ findings: 1, judged: 0, unlabelled: { hidden: 1 } });
    expect(r.report!.findings.filter((f) => f.app === 'forum')).toEqual([]);
    expect(r.report!.hiddenFindings).toEqual({ 'held-out': 1, fresh: 2 });
    expect(JSON.stringify(r.report)).not.toContain('forum-missed');
    expect(r.stdout).toContain('### fresh');
    expect(r.stdout).toContain('| fresh | 2 | 1 | 0.50 |');
    // Neither the missed entries nor the unlabelled findings of a hidden split are printed ...
    expect(r.stdout).not.toContain('forum-missed');
    expect(r.stdout).not.toContain('forum|src/threads.ts|20');
    expect(r.stdout).toContain('1 fresh findings are unlabelled (listed only with --show-held-out).');
    // ... unless asked.
    const shown = audit(['--findings', path.join(FIXTURE, 'findings.json'), '--show-held-out']);
    expect(shown.stdout).toContain('forum-missed');
    expect(shown.report!.recall.fresh).toMatchObject({ missed: ['forum-missed'] });
    expect(shown.report!.findings.filter((f) => f.app === 'forum')).toHaveLength(2);
    expect(shown.stdout).toContain('forum|src/threads.ts|20|no-sequential-await');
    // --only narrows the splits to those of the apps that ran; a split with no app is refused.
    const only = audit(['--findings', path.join(FIXTURE, 'findings.json'), '--only', 'forum']);
    expect(only.status, only.stderr).toBe(0);
    expect(Object.keys(only.report!.recall)).toEqual(['fresh']);
    expect(audit(['--findings', path.join(FIXTURE, 'findings.json'), '--only', 'forum', '--sample', '1', '--split', 'tune']).status).toBe(2);
    // The default sample leaves hidden splits out.
    const sample = audit(['--findings', path.join(FIXTURE, 'findings.json'), '--sample', '5', '--seed', 's1']);
    expect(sample.report!.sample!.findings.every((f) => f.app === 'shop')).toBe(true);
  });

  it('draws the same sample for the same seed, at most N per rule and split', () => {
    const args = ['--findings', path.join(FIXTURE, 'findings.json'), '--sample', '1', '--seed', 's1', '--split', 'tune'];
    const a = audit(args);
    const b = audit(args);
    expect(a.status, a.stderr).toBe(0);
    expect(a.report!.sample!.findings).toEqual(b.report!.sample!.findings);
    const rules = a.report!.sample!.findings.map((f) => f.rule);
    expect(rules.sort()).toEqual(['no-n-plus-one', 'no-sequential-await', 'no-sync-logging']);
    expect(a.report!.sample!.findings.every((f) => f.app === 'shop')).toBe(true);
  });

  it.skipIf(!existsSync(PLUGIN))('lints the fixture apps with the built plugin, counting a file that does not parse', () => {
    // A copy of the fixture apps with a broken file added (the corpus itself must parse).
    const apps = tempDir('real-app-audit-apps-');
    cpSync(path.join(FIXTURE, 'apps'), apps, { recursive: true });
    writeFileSync(path.join(apps, 'blog/src/broken.ts'), 'export const broken = (;\n');
    // A source folder called `build` (a module of the app's own) is linted; compiled output (`dist/`) is not.
    mkdirSync(path.join(apps, 'blog/src/core/build'), { recursive: true });
    writeFileSync(path.join(apps, 'blog/src/core/build/resolver.ts'), 'export const builds = [];\n');
    mkdirSync(path.join(apps, 'shop/src/dist'), { recursive: true });
    writeFileSync(path.join(apps, 'shop/src/dist/orders.js'), 'exports.orders = [];\n');
    const r = audit(['--apps', apps, '--list', path.join(FIXTURE, 'per-item-queries.json'), '--labels', path.join(FIXTURE, 'labels.json')]);
    expect(r.status, r.stderr).toBe(0);
    const { apps: ran, recall, findings } = r.report!;
    expect(ran.map((a) => [a.name, a.filesLinted, a.parseErrors.map((p) => p.file)])).toEqual([
      ['shop', 2, []],
      ['blog', 3, ['src/broken.ts']],
    ]);
    expect(r.stdout).toContain('parse error `src/broken.ts:1`');
    // The direct per-item queries are found in both apps (the cross-file one depends on the project model).
    // It offers the batched read before the loop, and the audit records that.
    expect(findings).toContainEqual(expect.objectContaining({ app: 'shop', file: 'src/orders.ts', line: 10, rule: 'no-n-plus-one', quickFix: 'batchReadBeforeLoop' }));
    expect(recall.tune.found).toBeGreaterThanOrEqual(1);
    expect(recall['held-out']).toMatchObject({ listed: 1, found: 1 });
  });
});
