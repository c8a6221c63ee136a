import * as parser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installPackages } from './fixtures/typed/install-packages.mjs';
import { analyzeFile } from '../../src/analysis/file-analysis';
import { typedOriginsFor } from '../../src/analysis/typed-origins';
import plugin from '../../src/eslint-plugin';

/**
 * Typed mode under real ESLint: the fixture folder is a small TypeScript project; its `packages/`
 * folder holds hand-written declarations of the libraries (just the members the cases use). The
 * tests lint a temporary copy where that folder is `node_modules/` (installPackages: the repository
 * commits no `node_modules` and no dot-folders, which checkouts and copies may leave out). Each `pos-*` file is a query per item on a value only its declared type identifies: typed
 * mode reports it, the untyped analysis (same code, no program) does not. Each `neg-*` file calls
 * query-like method names on values that are not a library's (or writes through a value typed as
 * a transaction handle): typed mode adds nothing there. Each `both-*` file names the library's type
 * in an annotation, which the untyped analysis already follows.
 */
const fixture = join(__dirname, 'fixtures/typed');
const copies: string[] = [];
/** A fresh copy of the fixture project. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'perf-coach-typed-'));
  cpSync(join(fixture, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(fixture, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  installPackages(dir);
  copies.push(dir);
  return dir;
}
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
// `parserOptions.project` gets a copy of its own: with CI=true typescript-eslint assumes a single
// run, and a program it then builds for a folder the project service already served in this
// process resolved no imports (every library type an error type), so the comparison between the
// two modes failed on CI machines only.
const root = copyProject();
const projectRoot = copyProject();
const files = readdirSync(join(fixture, 'src')).filter((f) => f.endsWith('.ts')).sort();
const positives = files.filter((f) => f.startsWith('pos-'));
const negatives = files.filter((f) => f.startsWith('neg-'));
/** Annotated with the library's own type name: found by names and imports already, and still in typed mode. */
const both = files.filter((f) => f.startsWith('both-'));

type Mode = 'untyped' | 'projectService' | 'project';

function config(mode: Mode, parserOverride: Linter.Parser = parser as unknown as Linter.Parser): Linter.Config[] {
  const parserOptions =
    mode === 'projectService' ? { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: root } : mode === 'project' ? { project: './tsconfig.json', tsconfigRootDir: projectRoot } : {};
  return [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: parserOverride, parserOptions },
      plugins: { 'perf-coach': plugin as never },
      rules: Object.fromEntries(Object.keys(plugin.rules).map((id) => [`perf-coach/${id}`, 'warn'])),
    },
  ];
}

interface Found {
  file: string;
  rule: string;
  line: number;
  message: string;
}

const runs = new Map<string, Promise<Found[]>>();
function lint(mode: Mode, parserOverride?: Linter.Parser): Promise<Found[]> {
  const key = parserOverride ? `${mode}+override` : mode;
  let run = runs.get(key);
  if (!run) {
    const cwd = mode === 'project' ? projectRoot : root;
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config(mode, parserOverride) });
    run = eslint.lintFiles(['src/**/*.ts']).then((results) =>
      results.flatMap((r) => {
        const fatal = r.messages.find((m) => m.fatal || !m.ruleId);
        if (fatal) throw new Error(`${r.filePath}: ${fatal.message}`);
        return r.messages.map((m) => ({ file: r.filePath.slice(cwd.length + 5), rule: m.ruleId!.replace('perf-coach/', ''), line: m.line, message: m.message }));
      }),
    );
    runs.set(key, run);
  }
  return run;
}

const nPlusOne = (found: Found[], file: string) => found.filter((f) => f.file === file && f.rule === 'no-n-plus-one');

describe('typed mode', () => {
  it('has cases to run', () => {
    expect(positives.length).toBeGreaterThanOrEqual(8);
    expect(negatives.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of positives) {
    it(`reports ${file} with types, and not without`, async () => {
      expect(nPlusOne(await lint('projectService'), file), 'typed (projectService)').toHaveLength(1);
      expect(nPlusOne(await lint('untyped'), file), 'untyped').toEqual([]);
    }, 120_000);
  }

  for (const file of both) {
    it(`reports ${file} in both modes`, async () => {
      expect(nPlusOne(await lint('projectService'), file), 'typed (projectService)').toHaveLength(1);
      expect(nPlusOne(await lint('untyped'), file), 'untyped').toHaveLength(1);
    }, 120_000);
  }

  for (const file of negatives) {
    it(`adds nothing to ${file}`, async () => {
      const here = (found: Found[]) => found.filter((f) => f.file === file);
      expect(nPlusOne(await lint('projectService'), file)).toEqual([]);
      // (no-sequential-await still reports a loop of awaits on the project's own class, in both modes.)
      expect(here(await lint('projectService'))).toEqual(here(await lint('untyped')));
    }, 120_000);
  }

  it('only adds evidence: every call the untyped analysis reports is still reported', async () => {
    // A loop of awaits no-sequential-await reports becomes no-n-plus-one's finding once the type
    // shows the call is a query (one finding per call: the N+1 is the better advice), never nothing.
    const untyped = await lint('untyped');
    const typed = new Set((await lint('projectService')).map((f) => `${f.file}:${f.line}`));
    for (const f of untyped) expect(typed.has(`${f.file}:${f.line}`), JSON.stringify(f)).toBe(true);
    for (const f of untyped.filter((f) => !positives.includes(f.file))) expect(await lint('projectService')).toContainEqual(f);
  }, 120_000);

  it('treats a value typed as a transaction handle like the handle a transaction callback receives', async () => {
    // An update per item through a transaction is still a round trip each (no-n-plus-one's
    // in-a-transaction finding). Both modes see the handle a `$transaction` callback receives, and a
    // parameter typed by an alias of `Prisma.TransactionClient` from another module (the project
    // model follows exported aliases; typed mode asks the checker).
    const typed = await lint('projectService');
    const untyped = await lint('untyped');
    const inTx = (found: Found[], file: string) => nPlusOne(found, file).filter((f) => f.message.includes('in a transaction'));
    expect(inTx(typed, 'tx-prisma-callback.ts')).toHaveLength(1);
    expect(inTx(untyped, 'tx-prisma-callback.ts')).toHaveLength(1);
    expect(inTx(typed, 'tx-prisma-writes.ts')).toHaveLength(1);
    expect(inTx(untyped, 'tx-prisma-writes.ts')).toHaveLength(1);
  }, 120_000);

  it('works the same with parserOptions.project', async () => {
    expect(await lint('project')).toEqual(await lint('projectService'));
  }, 120_000);

  it('names the library and the call in the message', async () => {
    const [finding] = nPlusOne(await lint('projectService'), 'both-knex-imported-alias.ts');
    expect(finding.message).toContain('q(…)');
    const [prisma] = nPlusOne(await lint('projectService'), 'both-prisma-alias.ts');
    expect(prisma.message).toContain('store.user.findUnique');
  }, 120_000);

  it('does not crash when the parser maps no node to TypeScript, and then finds what untyped mode finds', async () => {
    // The real parser and program, with a node map that knows no node (and one that throws).
    const blind = (get: () => unknown): Linter.Parser => ({
      meta: { name: 'blind-parser' },
      parseForESLint(code: string, options: unknown) {
        const result = parser.parseForESLint(code, options as never);
        return { ...result, services: { ...result.services, esTreeNodeToTSNodeMap: { get } } } as never;
      },
    });
    const untyped = await lint('untyped');
    expect(await lint('projectService', blind(() => undefined))).toEqual(untyped);
    const throwing = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: config('projectService', blind(() => {
        throw new Error('no mapping');
      })),
    });
    const results = await throwing.lintFiles(['src/both-prisma-alias.ts', 'src/neg-map-get.ts']);
    expect(results.flatMap((r) => r.messages.filter((m) => m.fatal || !m.ruleId))).toEqual([]);
  }, 120_000);

  it('ignores parser services without a program (typescript-eslint without a project)', () => {
    expect(typedOriginsFor(undefined)).toBeUndefined();
    expect(typedOriginsFor({ program: null, esTreeNodeToTSNodeMap: new WeakMap() })).toBeUndefined();
    const { ast } = parser.parseForESLint('for (const id of ids) await db.find(id);', { range: true, loc: true });
    const typed = typedOriginsFor({ program: { getTypeChecker: () => ({}) }, esTreeNodeToTSNodeMap: { get: () => ({}) } });
    expect(typed).toBeDefined();
    // A program whose checker is unusable: every question is answered "unknown", nothing throws.
    const analysis = analyzeFile({ ast: ast as never, text: 'for (const id of ids) await db.find(id);', filename: 'src/a.ts', typed });
    expect(() => analysis.collected.calls.map((c) => analysis.effectOf(c))).not.toThrow();
  });
});
