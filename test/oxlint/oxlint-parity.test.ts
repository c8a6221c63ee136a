/**
 * Parity between ESLint and oxlint's JS plugin host.
 *
 * The published plugin (dist/eslint-plugin, packed with `npm pack` exactly as users get it) is
 * installed next to pinned ESLint, @typescript-eslint/parser and oxlint. Both linters run over the
 * same fixtures with every perf-coach rule on, and their findings must agree one for one on
 * (rule, file, line, column). See docs/oxlint-host.md for why positions need converting.
 *
 * The install is cached under node_modules/.cache/perf-coach-oxlint/, keyed by the tarball's hash,
 * so only a changed plugin (or a bump of the pins below) pays for `npm install` again.
 *
 * Overrides, for trying the harness on something other than the repo's build:
 *   PERF_COACH_PLUGIN_DIR      a plugin package folder to pack instead of dist/eslint-plugin
 *   PERF_COACH_PARITY_FIXTURES folders to lint instead of test/plugin/fixtures + test/corpus,
 *                              separated by the platform's path delimiter
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PINS = {
  oxlint: '1.94.0',
  eslint: '9.39.5',
  '@typescript-eslint/parser': '8.73.0',
} as const;

const PLUGIN_PACKAGE = 'eslint-plugin-perf-coach';
const PREFIX = 'perf-coach';
const EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts']);
const TIMEOUT = 300_000;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const npmBin = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Finding {
  rule: string;
  file: string; // relative to the run folder, forward slashes
  line: number; // 1-based
  column: number; // 1-based, UTF-16 code units, as ESLint reports
  message: string;
}

interface HostProblem {
  host: 'eslint' | 'oxlint';
  kind: 'parse-error' | 'crash' | 'other';
  file: string;
  text: string;
}

interface RunResult {
  findings: Finding[];
  problems: HostProblem[];
}

// ---------------------------------------------------------------------------------------------
// Process helpers

interface Exec {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Async so vitest's timeout still fires while a child runs. */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Exec> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

function describeExec(what: string, r: Exec): string {
  const tail = (s: string) => s.trim().split('\n').slice(-40).join('\n');
  return `${what} exited with ${r.code}\n--- stdout\n${tail(r.stdout)}\n--- stderr\n${tail(r.stderr)}`;
}

/**
 * npm puts its own settings into the environment of scripts it runs (`npm test`); a nested
 * install must not inherit them (e.g. a global prefix or a workspace filter).
 */
function cleanNpmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k)) continue;
    env[k] = v;
  }
  return env;
}

// ---------------------------------------------------------------------------------------------
// Plugin build, pack and cached install

async function pluginDir(): Promise<string> {
  const override = process.env.PERF_COACH_PLUGIN_DIR;
  if (override) return path.resolve(override);
  const dir = path.join(repoRoot, 'dist', 'eslint-plugin');
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    // `npm test` builds first; a bare `vitest run test/oxlint` may not have.
    const r = await run(npmBin, ['run', 'build'], repoRoot);
    if (r.code !== 0) throw new Error(describeExec('npm run build', r));
  }
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    throw new Error(`No plugin package at ${dir} after \`npm run build\`; the build must emit dist/eslint-plugin/.`);
  }
  return dir;
}

async function packPlugin(dir: string, dest: string): Promise<string> {
  const r = await run(npmBin, ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], dir, cleanNpmEnv());
  if (r.code !== 0) throw new Error(describeExec('npm pack', r));
  // npm may print lifecycle noise before the JSON array.
  const json = r.stdout.slice(r.stdout.indexOf('['));
  const [info] = JSON.parse(json) as Array<{ filename: string; name: string }>;
  if (info.name !== PLUGIN_PACKAGE) throw new Error(`Packed ${info.name}, expected ${PLUGIN_PACKAGE}`);
  return path.join(dest, info.filename);
}

/** Returns a folder whose node_modules holds the plugin tarball and the pinned tools. */
async function cachedInstall(tarball: string): Promise<string> {
  const hash = createHash('sha256')
    .update(fs.readFileSync(tarball))
    .update(JSON.stringify(PINS))
    .update(`${process.platform}-${process.arch}`)
    .digest('hex')
    .slice(0, 16);
  const base = path.join(repoRoot, 'node_modules', '.cache', 'perf-coach-oxlint');
  const dir = path.join(base, hash);
  if (fs.existsSync(path.join(dir, '.ready'))) return dir;

  // Install beside the final folder and rename, so an interrupted or concurrent run never
  // leaves a half-installed cache entry behind.
  fs.mkdirSync(base, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(base, `${hash}.tmp-`));
  fs.copyFileSync(tarball, path.join(tmp, 'plugin.tgz'));
  fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ name: 'perf-coach-oxlint-parity', private: true }, null, 2));
  const specs = ['./plugin.tgz', ...Object.entries(PINS).map(([name, v]) => `${name}@${v}`)];
  const r = await run(
    npmBin,
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error', ...specs],
    tmp,
    cleanNpmEnv(),
  );
  if (r.code !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(describeExec('npm install', r));
  }
  fs.writeFileSync(path.join(tmp, '.ready'), new Date().toISOString());
  try {
    fs.renameSync(tmp, dir);
  } catch {
    // Another run finished first; use its copy.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  // Keep the cache from growing with every plugin change.
  for (const entry of fs.readdirSync(base)) {
    if (entry !== hash && !entry.includes('.tmp-')) fs.rmSync(path.join(base, entry), { recursive: true, force: true });
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Configs for the two hosts

type RuleEntry = string | number | [string | number, ...unknown[]];

interface PluginShape {
  meta?: { name?: string; version?: string };
  rules: Record<string, unknown>;
  configs?: Record<string, unknown>;
}

interface ConfigShape {
  rules?: Record<string, RuleEntry>;
  settings?: Record<string, unknown>;
}

function configsAll(plugin: PluginShape): ConfigShape[] {
  const all = plugin.configs?.all;
  if (!all) throw new Error(`${PLUGIN_PACKAGE} has no configs.all`);
  return (Array.isArray(all) ? all : [all]) as ConfigShape[];
}

function isOff(entry: RuleEntry): boolean {
  const sev = Array.isArray(entry) ? entry[0] : entry;
  return sev === 'off' || sev === 0;
}

/** Every rule of the plugin on, with the options configs.all gives it (JSON only, like oxlint). */
function oxlintConfig(plugin: PluginShape): object {
  const fromAll = new Map<string, RuleEntry>();
  const settings: Record<string, unknown> = {};
  for (const c of configsAll(plugin)) {
    for (const [id, entry] of Object.entries(c.rules ?? {})) fromAll.set(id, entry);
    Object.assign(settings, c.settings ?? {});
  }
  const rules: Record<string, unknown> = {};
  for (const name of Object.keys(plugin.rules)) {
    const entry = fromAll.get(`${PREFIX}/${name}`);
    rules[`${PREFIX}/${name}`] = Array.isArray(entry) && entry.length > 1 ? ['error', ...entry.slice(1)] : 'error';
  }
  return {
    // Only our rules: oxlint's built-in rules would add findings ESLint has no counterpart for.
    categories: { correctness: 'off', suspicious: 'off', pedantic: 'off', perf: 'off', style: 'off', restriction: 'off', nursery: 'off' },
    jsPlugins: [PLUGIN_PACKAGE],
    settings: JSON.parse(JSON.stringify(settings)) as unknown,
    rules,
  };
}

const ESLINT_CONFIG = `// Generated by test/oxlint/oxlint-parity.test.ts
import plugin from '${PLUGIN_PACKAGE}';
import tsParser from '@typescript-eslint/parser';

const all = [].concat(plugin.configs.all).map((c) =>
  // An eslintrc-style entry names plugins as strings; flat config wants the object.
  Array.isArray(c.plugins) ? { ...c, plugins: { '${PREFIX}': plugin } } : c,
);

export default [
  {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  ...all,
];
`;

// ---------------------------------------------------------------------------------------------
// Reading the two outputs

/** ESLint's line breaks; oxlint's offsets are converted with the same rule. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

interface FileText {
  bytes: Buffer;
  hasBom: boolean;
  lineStarts: number[]; // UTF-16 indexes into the BOM-less text
}

function makeTextCache(runDir: string): (rel: string) => FileText {
  const cache = new Map<string, FileText>();
  return (rel) => {
    let t = cache.get(rel);
    if (!t) {
      const bytes = fs.readFileSync(path.join(runDir, rel));
      const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      const text = bytes.subarray(hasBom ? 3 : 0).toString('utf8');
      const lineStarts = [0];
      for (const m of text.matchAll(LINE_BREAK)) lineStarts.push(m.index + m[0].length);
      t = { bytes, hasBom, lineStarts };
      cache.set(rel, t);
    }
    return t;
  };
}

/**
 * oxlint's `span.offset` counts UTF-8 bytes from the start of the file, BOM included, and its
 * `line`/`column` are derived from those bytes. ESLint counts UTF-16 code units in the text
 * without the BOM. Convert so the two can be compared.
 */
function toEslintPosition(t: FileText, byteOffset: number): { line: number; column: number } {
  const start = t.hasBom ? 3 : 0;
  const index = t.bytes.subarray(start, Math.max(start, byteOffset)).toString('utf8').length;
  let lo = 0;
  let hi = t.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.lineStarts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: index - t.lineStarts[lo] + 1 };
}

const isLinted = (rel: string) => EXTENSIONS.has(path.extname(rel)) && !rel.split('/').includes('node_modules');
const toRel = (runDir: string, file: string) => path.relative(runDir, path.resolve(runDir, file)).split(path.sep).join('/');

interface OxlintJson {
  diagnostics: Array<{
    message: string;
    code?: string;
    severity: string;
    filename: string;
    labels?: Array<{ span: { offset: number; length: number; line: number; column: number } }>;
  }>;
}

function readOxlint(runDir: string, stdout: string): RunResult {
  const json = JSON.parse(stdout) as OxlintJson;
  const text = makeTextCache(runDir);
  const findings: Finding[] = [];
  const problems: HostProblem[] = [];
  for (const d of json.diagnostics) {
    const file = toRel(runDir, d.filename);
    if (!isLinted(file)) continue;
    const span = d.labels?.[0]?.span;
    const pos = span ? toEslintPosition(text(file), span.offset) : { line: 0, column: 0 };
    const m = d.code ? /^(.+)\((.+)\)$/.exec(d.code) : null;
    if (m && m[1] === PREFIX) {
      findings.push({ rule: `${m[1]}/${m[2]}`, file, ...pos, message: d.message });
    } else {
      // A rule that throws loses every JS-plugin finding for that file and shows up as a
      // code-less "Error running JS plugin." diagnostic; a syntax error is code-less too.
      const crash = d.message.startsWith('Error running JS plugin');
      problems.push({
        host: 'oxlint',
        kind: crash ? 'crash' : d.code ? 'other' : 'parse-error',
        file,
        text: `${d.code ?? ''} ${pos.line}:${pos.column} ${d.message.split('\n').slice(0, crash ? 3 : 1).join(' | ')}`.trim(),
      });
    }
  }
  return { findings, problems };
}

interface EslintJson {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; line: number; column: number; fatal?: boolean }>;
}

function readEslint(runDir: string, raw: string): RunResult {
  const results = JSON.parse(raw) as EslintJson[];
  const findings: Finding[] = [];
  const problems: HostProblem[] = [];
  for (const r of results) {
    const file = toRel(runDir, r.filePath);
    if (!isLinted(file)) continue;
    for (const m of r.messages) {
      if (m.ruleId?.startsWith(`${PREFIX}/`) && !m.fatal) {
        findings.push({ rule: m.ruleId, file, line: m.line, column: m.column, message: m.message });
      } else {
        problems.push({
          host: 'eslint',
          kind: m.fatal ? 'parse-error' : 'other',
          file,
          text: `${m.ruleId ?? ''} ${m.line}:${m.column} ${m.message}`.trim(),
        });
      }
    }
  }
  return { findings, problems };
}

// ---------------------------------------------------------------------------------------------
// Comparison

const findingKey = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.rule}`;

function byPosition(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Multiset difference: a finding reported twice by one host must be reported twice by the other. */
function difference(a: Finding[], b: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of b) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
  const out: Finding[] = [];
  for (const f of a) {
    const k = findingKey(f);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else out.push(f);
  }
  return out.sort(byPosition);
}

function mismatchReport(runDir: string, eslint: Finding[], oxlint: Finding[]): string {
  const onlyEslint = difference(eslint, oxlint);
  const onlyOxlint = difference(oxlint, eslint);
  if (onlyEslint.length === 0 && onlyOxlint.length === 0) return '';
  const lines = new Map<string, string[]>();
  const sourceLine = (f: Finding) => {
    if (!lines.has(f.file)) lines.set(f.file, fs.readFileSync(path.join(runDir, f.file), 'utf8').replace(/^\uFEFF/, '').split(LINE_BREAK));
    return (lines.get(f.file)![f.line - 1] ?? '').trim().slice(0, 100);
  };
  const show = (f: Finding) => `    ${findingKey(f)}  ${f.message}\n        | ${sourceLine(f)}`;
  const out = [
    `ESLint: ${eslint.length} findings, oxlint: ${oxlint.length} findings.`,
    `Only ESLint reported (${onlyEslint.length}):`,
    ...onlyEslint.map(show),
    `Only oxlint reported (${onlyOxlint.length}):`,
    ...onlyOxlint.map(show),
  ];
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

function fixtureDirs(): Array<{ name: string; dir: string }> {
  const override = process.env.PERF_COACH_PARITY_FIXTURES;
  const dirs = override
    ? override.split(path.delimiter).filter(Boolean).map((d) => path.resolve(d))
    : [path.join(repoRoot, 'test', 'plugin', 'fixtures'), path.join(repoRoot, 'test', 'corpus')];
  return dirs.filter((d) => fs.existsSync(d)).map((dir, i) => ({ name: `${i}-${path.basename(dir)}`, dir }));
}

describe('oxlint JS plugin host runs the rules like ESLint', () => {
  let runDir = '';
  let plugin: PluginShape;
  let eslint: RunResult;
  let oxlint: RunResult;

  beforeAll(async () => {
    const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-coach-pack-'));
    try {
      const tarball = await packPlugin(await pluginDir(), packDir);
      const installDir = await cachedInstall(tarball);
      plugin = createRequire(path.join(installDir, 'package.json'))(PLUGIN_PACKAGE) as PluginShape;

      // A neutral folder name: the rules classify files by path (tests, fixtures, scripts…),
      // and neither the repo's folder names nor the cache's must change what they report.
      runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-coach-parity-'));
      fs.symlinkSync(path.join(installDir, 'node_modules'), path.join(runDir, 'node_modules'), 'junction');
      for (const { name, dir } of fixtureDirs()) fs.cpSync(dir, path.join(runDir, 'cases', name), { recursive: true });
      fs.mkdirSync(path.join(runDir, 'cases'), { recursive: true });
      fs.writeFileSync(path.join(runDir, '.oxlintrc.json'), JSON.stringify(oxlintConfig(plugin), null, 2));
      fs.writeFileSync(path.join(runDir, 'eslint.config.mjs'), ESLINT_CONFIG);

      const bin = (p: string) => path.join(installDir, 'node_modules', p);
      const [es, ox] = [
        await run(
          process.execPath,
          [bin('eslint/bin/eslint.js'), '--config', 'eslint.config.mjs', '--format', 'json', '--output-file', 'eslint.json', '--no-error-on-unmatched-pattern', 'cases'],
          runDir,
        ),
        await run(
          process.execPath,
          [bin('oxlint/bin/oxlint'), '--config', '.oxlintrc.json', '--disable-nested-config', '--format', 'json', '--no-error-on-unmatched-pattern', 'cases'],
          runDir,
        ),
      ];
      // Exit 1 only means "found something"; 2 is ESLint crashing (a rule threw, bad config).
      if (es.code !== 0 && es.code !== 1) throw new Error(describeExec('eslint', es));
      if ((ox.code !== 0 && ox.code !== 1) || !ox.stdout.trimStart().startsWith('{')) throw new Error(describeExec('oxlint', ox));
      eslint = readEslint(runDir, fs.readFileSync(path.join(runDir, 'eslint.json'), 'utf8'));
      oxlint = readOxlint(runDir, ox.stdout);
    } finally {
      fs.rmSync(packDir, { recursive: true, force: true });
    }
  }, TIMEOUT);

  afterAll(() => {
    if (runDir && !process.env.PERF_COACH_PARITY_KEEP) fs.rmSync(runDir, { recursive: true, force: true });
  });

  it('configs.all turns on every rule the plugin has', () => {
    const on = new Set<string>();
    for (const c of configsAll(plugin)) {
      for (const [id, entry] of Object.entries(c.rules ?? {})) if (!isOff(entry)) on.add(id);
    }
    const missing = Object.keys(plugin.rules).map((r) => `${PREFIX}/${r}`).filter((id) => !on.has(id));
    expect(missing).toEqual([]);
  });

  it('neither host crashes, and both fail to parse the same files', () => {
    const crashes = [...eslint.problems, ...oxlint.problems].filter((p) => p.kind !== 'parse-error');
    expect(crashes.map((p) => `${p.host} ${p.file}: ${p.text}`)).toEqual([]);
    const parseFailures = (r: RunResult) => [...new Set(r.problems.filter((p) => p.kind === 'parse-error').map((p) => p.file))].sort();
    expect(parseFailures(oxlint)).toEqual(parseFailures(eslint));
  });

  it('reports the same findings, finding for finding', () => {
    // Guards against a run where nothing was linted or no rule fired on either side.
    expect(eslint.findings.length, 'ESLint reported nothing: are the fixtures there and the rules on?').toBeGreaterThan(0);
    const report = mismatchReport(runDir, eslint.findings, oxlint.findings);
    expect(report, 'findings differ between ESLint and oxlint (rule, file, line, column)').toBe('');
  });
});
