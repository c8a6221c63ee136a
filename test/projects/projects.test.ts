import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/eslint-plugin';
// Imported before any lint: it hands the native parser and resolver to the project model.
import { lintText } from '../../src/host/lint-text';
import { evaluateProjects, formatTable, type Evaluation } from '../../scripts/eval-projects.mjs';

/**
 * The multi-file evaluation (see README.md here): every project of test/projects linted by ESLint
 * with `cwd` = the project folder, so the project model resolves its imports, tsconfig paths and
 * workspace packages. Any false positive or false negative fails, unless it is listed in
 * known-gaps.json with the engine capability it is waiting for; a listed gap that now passes also
 * fails, so the list can only shrink.
 */
const projectsDir = resolve(__dirname);

interface Gap {
  file: string;
  line: number;
  rule: string;
  kind: 'FN' | 'FP';
  why: string;
}
const gaps: Gap[] = JSON.parse(readFileSync(join(projectsDir, 'known-gaps.json'), 'utf8')).gaps;
const gapKey = (g: { kind: string; file: string; line: number; rule?: string; ruleId?: string }) => `${g.kind} ${g.file}:${g.line} ${g.rule ?? g.ruleId}`;

let result: Evaluation;

beforeAll(async () => {
  result = await evaluateProjects({ plugin, projectsDir });
}, 120_000);

describe('multi-file projects (test/projects)', () => {
  it('lints every project without parse errors, rule crashes or malformed labels', () => {
    expect(result.parseErrors).toEqual([]);
    expect(result.crashes).toEqual([]);
    expect(result.labelProblems).toEqual([]);
    expect(result.otherMessages).toEqual([]);
  });

  it('has the size the README promises: 8+ projects, 40+ labelled positives, look-alikes', () => {
    expect(result.projects.length).toBeGreaterThanOrEqual(8);
    expect(result.rows.find((r) => r.rule === 'perf-coach/no-n-plus-one')!.labels).toBeGreaterThanOrEqual(40);
    expect(result.negatives.length).toBeGreaterThanOrEqual(40);
  });

  it('reports every labelled finding and nothing else, apart from the known gaps', () => {
    const actual = [
      ...result.falseNegatives.map((x) => ({ kind: 'FN', ...x })),
      ...result.falsePositives.map((x) => ({ kind: 'FP', ...x })),
    ];
    const listed = new Set(gaps.map(gapKey));
    const failing = new Set(actual.map(gapKey));
    const unexpected = actual.filter((x) => !listed.has(gapKey(x))).map((x) => `${gapKey(x)}${'message' in x ? `  ${x.message}` : ''}`);
    const stale = gaps.filter((g) => !failing.has(gapKey(g))).map(gapKey);

    console.log(
      `\n${formatTable([...result.rows, result.totals])}\n\nknown gaps (${gaps.length}, must shrink):\n${gaps.map((g) => `  ${gapKey(g)}: ${g.why}`).join('\n')}`,
    );
    expect(unexpected, 'false negatives / positives not in known-gaps.json (fix the engine or, if the label is wrong, the label)').toEqual([]);
    expect(stale, 'entries of known-gaps.json that now pass: delete them').toEqual([]);
    expect(new Set(gaps.map(gapKey)).size, 'duplicate entries in known-gaps.json').toBe(gaps.length);
  });
});

describe('messages', () => {
  /** The message of the finding in `file` whose message starts with `start`. */
  const messageOf = (file: string, start: string) => result.findings.find((x) => x.file === file && x.message.startsWith(start))?.message;

  it('a helper of the file whose query is in another module names that module, not a line of the file', () => {
    const message = messageOf('koa-slonik-query-factories/src/routes/user-roles.ts', '`loadUser`');
    expect(message).toMatch(/It calls|It runs/);
    expect(message).toContain('`this.pool.one` (src/queries/users.ts:8)');
  });

  it("a member the summary lacks, of the project's database module (its exports made at run time), is a query of that module, not a guess by name", () => {
    const message = messageOf('key-value-store-modules/src/node/handler/notes.ts', '`db.getSub`');
    expect(message).toContain('That is one round trip per item');
    expect(message).not.toContain('Its name says');
  });

  it("a parameter's default (`constructor(id, database = db)`) is what the field holds: the method's query is the database module's", () => {
    const message = messageOf('key-value-store-modules/src/node/handler/notes.ts', '`note.getRevisionDate`');
    expect(message).toContain('It runs `this.db.getSub`');
    expect(message).not.toContain('Its name says');
  });

  it('an app whose packages have an SQLite driver and no database server: Knex talks to a file in the process, each statement is no round trip', () => {
    const message = messageOf('knex-sqlite-local-server/src/routes/tags.js', '`db(…).where(…).first`');
    expect(message).toContain('The database runs inside this process');
    expect(message).not.toContain('That is one round trip per item');
  });

  it('a model made by a factory of the models index (`DeviceParamModel(sequelize, Sequelize)`, spread into `db`) is a Sequelize model, not a guess by name', () => {
    const message = messageOf('sequelize-factory-models/server/lib/device/device.saveParams.js', '`db.DeviceParam.create`');
    expect(message).toContain('That is one round trip per item');
    expect(message).not.toContain('Its name says');
  });
});

/** One project linted with `recommended` in place of `configs.all` (the evaluation lints with `all`). */
const recommendedOn = (only: string) => evaluateProjects({ plugin: { ...plugin, configs: { all: plugin.configs.recommended } }, projectsDir, only });

describe('recommended on a worker started once at boot', () => {
  it('a loop that runs until the process stops makes what it calls hot, in its file and in other modules (also in a command-line worker run with --loop); a retry or drain loop at start-up does not', async () => {
    const recommended = await recommendedOn('prisma-worker-loops');
    const reported = recommended.findings.map((f) => `${f.file}:${f.line}`).sort();
    expect(reported).toEqual([
      'prisma-worker-loops/apps/worker/workers/archiveLinks.ts:8',
      'prisma-worker-loops/apps/worker/workers/feedIndexer.ts:21',
      'prisma-worker-loops/apps/worker/workers/pollFeeds.ts:8',
      'prisma-worker-loops/packages/lib/getLinkBatchFairly.ts:8',
      'prisma-worker-loops/packages/lib/refreshOwnerLinks.ts:7',
    ]);
  });
});

describe('recommended on an app deployed as functions', () => {
  it('a vercel.json beside the app: console lines in its handlers are hints (an instance per request), its per-item query is still reported', async () => {
    const recommended = await recommendedOn('nextjs-vercel-functions');
    expect(recommended.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['nextjs-vercel-functions/app/api/cron/stats/route.ts:8 perf-coach/no-n-plus-one']);
  });
});

describe('recommended on a store handed in by its interface', () => {
  it('an object declared as the interface (`const insightStore: InsightStore = { … }`) answers for its methods: each call is a query of that object, not a guess by name', async () => {
    const recommended = await recommendedOn('prisma-extended-client-module');
    const engine = recommended.findings.filter((f) => f.file.endsWith('insights/engine.ts'));
    expect(engine.map((f) => `${f.line} ${f.message.match(/It runs `([^`]+)`/)?.[1]}`)).toEqual(['14 db.insight.findFirst', '15 db.insight.upsert']);
  });
});

describe('editor host parity on the projects', () => {
  it('lintText({ filename, text, cwd }) reports exactly what ESLint reports', () => {
    const eslintSide = result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`).sort();
    const hostSide: string[] = [];
    for (const project of result.projects) {
      const cwd = join(projectsDir, project);
      for (const rel of result.filesByProject[project]) {
        const filename = join(cwd, rel);
        // The same findings as ESLint's `configs.all` (report: 'all'), so cold paths are compared too.
        const r = lintText({ filename, text: readFileSync(filename, 'utf8'), cwd, options: { report: 'all' } });
        if (r.parseError) hostSide.push(`${project}/${rel} parse error: ${r.parseError.message}`);
        if (r.skipped) hostSide.push(`${project}/${rel} skipped: ${r.skipped}`);
        for (const f of r.findings) hostSide.push(`${project}/${rel}:${f.line}:${f.column} perf-coach/${f.ruleId} ${f.message}`);
      }
    }
    expect(hostSide.sort().join('\n')).toBe(eslintSide.join('\n'));
    expect(hostSide.length).toBeGreaterThan(40);
  });
});
