import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFindings, formatFindings, sortFindings, type Finding } from './expected-findings';
import { tempDir } from '../support/temp-dir';

/**
 * The published artefact, used the way a team uses it in CI: `npm pack` the plugin, install the
 * tarball next to ESLint 9 and ESLint 10 in a fresh project, run the `eslint` CLI on fixtures and
 * compare findings exactly with the `// expect:` markers in the fixture files.
 */
const repo = resolve(__dirname, '../..');
const pluginDir = join(repo, 'dist/eslint-plugin');
const fixtures = join(__dirname, 'fixtures');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const ESLINT_VERSIONS = ['9.39.5', '10.15.0'];
/**
 * Each test below starts the eslint CLI (typed linting and the cache run it three times): about
 * 2 s on an idle machine, past 25 s on a busy 2-core one. Being slow is not what these tests
 * check, so their budget is generous.
 */
const CLI_TEST_MS = 300_000;

let tarball = '';
let tarballHash = '';

beforeAll(() => {
  if (!existsSync(join(pluginDir, 'index.js'))) throw new Error('dist/eslint-plugin is missing: run `npm run build` first (npm test does).');
  const packDir = tempDir('perf-coach-pack-');
  const name = execFileSync(npm, ['pack', pluginDir, '--pack-destination', packDir, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop()!;
  tarball = join(packDir, name);
  tarballHash = createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 16);
});

/** A project with ESLint `version` and the packed plugin installed; cached by tarball hash. */
function projectFor(version: string): string {
  const dir = join(repo, 'node_modules/.cache/perf-coach-pack', `${tarballHash}-eslint-${version}`);
  if (!existsSync(join(dir, 'node_modules/eslint-plugin-perf-coach/index.js'))) {
    // Install beside the cache entry, then rename: parallel test runs never see a half-made project.
    const staging = `${dir}.staging-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    cpSync(tarball, join(staging, 'plugin.tgz'));
    writeFileSync(
      join(staging, 'package.json'),
      JSON.stringify({
        name: 'perf-coach-pack-test',
        private: true,
        type: 'module',
        devDependencies: {
          eslint: version,
          'eslint-plugin-perf-coach': 'file:plugin.tgz',
          '@typescript-eslint/parser': '8.73.0',
          typescript: '5.9.3',
          '@microsoft/eslint-formatter-sarif': '3.1.0',
        },
      }),
    );
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: staging, stdio: 'pipe' });
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another run got there first
    }
  }
  return dir;
}

/** Fresh fixtures per run, inside the project so `eslint-plugin-perf-coach` resolves from node_modules. */
function appFor(dir: string): string {
  const app = mkdtempSync(join(dir, 'app-'));
  cpSync(fixtures, app, { recursive: true });
  return app;
}

function writeConfig(app: string, typed: boolean) {
  writeFileSync(
    join(app, 'eslint.config.mjs'),
    `import perfCoach from 'eslint-plugin-perf-coach';
import tsParser from '@typescript-eslint/parser';

export default [
  {
    files: ['**/*.{ts,tsx,js,jsx}'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true }${typed ? ", projectService: { allowDefaultProject: ['*.mjs'] }, tsconfigRootDir: import.meta.dirname" : ''} },
    },
  },
  perfCoach.configs.recommended,
];
`,
  );
}

interface EslintResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; column: number; message: string; fatal?: boolean }>;
}

function runEslint(dir: string, app: string, extraArgs: string[] = []): { findings: Finding[]; fatal: string[]; raw: EslintResult[] } {
  const bin = join(dir, 'node_modules/eslint/bin/eslint.js');
  const r = spawnSync(process.execPath, [bin, '--format', 'json', ...extraArgs, '.'], { cwd: app, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (!r.stdout.trim().startsWith('[')) throw new Error(`eslint did not print JSON (exit ${r.status}):\n${r.stderr}\n${r.stdout}`);
  const raw = JSON.parse(r.stdout) as EslintResult[];
  const findings: Finding[] = [];
  const fatal: string[] = [];
  for (const file of raw) {
    const rel = relative(app, file.filePath).replace(/\\/g, '/');
    for (const m of file.messages) {
      if (m.fatal || !m.ruleId) fatal.push(`${rel}:${m.line} ${m.message}`);
      else findings.push({ file: rel, line: m.line, rule: m.ruleId });
    }
  }
  return { findings: sortFindings(findings), fatal, raw };
}

const expected = expectedFindings(fixtures);

describe.each(ESLINT_VERSIONS)('packed plugin under ESLint %s', (version) => {
  let dir = '';
  let app = '';
  beforeAll(() => {
    dir = projectFor(version);
    app = appFor(dir);
    const installed = JSON.parse(readFileSync(join(dir, 'node_modules/eslint/package.json'), 'utf8')).version;
    expect(installed).toBe(version);
  }, 240_000);
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  it('reports exactly the expected findings with configs.recommended', () => {
    writeConfig(app, false);
    const { findings, fatal } = runEslint(dir, app);
    expect(formatFindings(findings)).toBe(formatFindings(expected));
    // The syntax error is ESLint's parse error, not a rule crash.
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatch(/^src\/broken\.ts:\d+ Parsing error/);
  }, CLI_TEST_MS);

  it('reports the same findings with typed linting (projectService)', () => {
    writeConfig(app, true);
    const { findings } = runEslint(dir, app);
    expect(formatFindings(findings)).toBe(formatFindings(expected));
  }, CLI_TEST_MS);

  it('reports the same findings with --concurrency and with --cache (cold and warm)', () => {
    writeConfig(app, false);
    const concurrent = runEslint(dir, app, ['--concurrency', '2']);
    expect(formatFindings(concurrent.findings)).toBe(formatFindings(expected));
    const cacheFile = join(app, '.eslintcache-test');
    rmSync(cacheFile, { force: true });
    const cold = runEslint(dir, app, ['--cache', '--cache-location', cacheFile]);
    expect(existsSync(cacheFile)).toBe(true);
    const warm = runEslint(dir, app, ['--cache', '--cache-location', cacheFile]);
    expect(formatFindings(cold.findings)).toBe(formatFindings(expected));
    expect(formatFindings(warm.findings)).toBe(formatFindings(expected));
  }, CLI_TEST_MS);

  it('writes SARIF for code-scanning UIs with one result per finding', () => {
    writeConfig(app, false);
    const out = join(app, 'results.sarif');
    spawnSync(process.execPath, [join(dir, 'node_modules/eslint/bin/eslint.js'), '--format', '@microsoft/eslint-formatter-sarif', '--output-file', out, '.'], { cwd: app, encoding: 'utf8' });
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    const results = sarif.runs[0].results.filter((r: { ruleId?: string }) => r.ruleId?.startsWith('perf-coach/'));
    expect(results).toHaveLength(expected.length);
    const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(rules).toEqual(expect.arrayContaining([...new Set(expected.map((f) => f.rule))]));
  }, CLI_TEST_MS);

  it('exposes meta and flat configs', async () => {
    const plugin = (await import(join(dir, 'node_modules/eslint-plugin-perf-coach/index.js'))).default;
    expect(plugin.meta.name).toBe('eslint-plugin-perf-coach');
    expect(plugin.meta.version).toBe(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version);
    expect(Object.keys(plugin.configs.all.rules).sort()).toEqual(Object.keys(plugin.rules).map((r: string) => `perf-coach/${r}`).sort());
    expect(readdirSync(join(dir, 'node_modules/eslint-plugin-perf-coach/docs')).sort()).toEqual(Object.keys(plugin.rules).map((r: string) => `${r}.md`).sort());
  });
});
