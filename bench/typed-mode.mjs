// What typed mode costs the rules: the same generated files linted by ESLint with the built plugin,
// without type information and with `parserOptions.projectService`, alternating, in one process.
//
//   npm run build && node bench/typed-mode.mjs [--files 3] [--handlers 30] [--runs 5]
//
// The files (about 18 lines per handler) call clients of seven libraries through a `deps` object
// typed by an interface, plus project classes, Maps and arrays with query-like method names; they
// are written into a temporary copy of the typed-mode test fixture (its hand-written declarations).
// Reported per mode: parse time and rule time per file (the minimum and the median over the runs),
// findings, and for typed mode the questions asked of the checker (PERF_COACH_DEBUG=typed counters).
// The program itself is made while parsing, so it shows in parse time, not in rule time.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { installPackages } from '../test/rules/fixtures/typed/install-packages.mjs';

const repo = resolve(import.meta.dirname, '..');
const require = createRequire(join(repo, 'package.json'));
const { ESLint } = require('eslint');
const parser = require('@typescript-eslint/parser');
const plugin = require(join(repo, 'dist/eslint-plugin/index.js'));

const { values } = parseArgs({ options: { files: { type: 'string', default: '3' }, handlers: { type: 'string', default: '30' }, runs: { type: 'string', default: '5' } } });
const fileCount = Number(values.files);
const handlers = Number(values.handlers);
const runs = Number(values.runs);

const dir = mkdtempSync(join(tmpdir(), 'perf-coach-typed-'));
installPackages(dir);
cpSync(join(repo, 'test/rules/fixtures/typed/tsconfig.json'), join(dir, 'tsconfig.json'));

const head = `import type { PrismaClient } from '@prisma/client';
import type { Knex } from 'knex';
import type { Repository } from 'typeorm';
import type { Model } from 'mongoose';
import type { Pool } from 'pg';
import type Redis from 'ioredis';
import type { Kysely } from 'kysely';

interface Tables { users: { id: number; name: string } }
interface Deps { store: PrismaClient; q: Knex; kv: Redis; pool: Pool; k: Kysely<Tables>; things: Repository<{ id: number }>; model: Model<{ name: string }> }
class Finder { async findOne(id: number) { return { id }; } get(k: string) { return k; } }
`;
const handler = (i) => `
export async function handler${i}(deps: Deps, ids: number[], keys: string[], f: Finder) {
  const out: unknown[] = [];
  const seen = new Map<number, number>();
  for (const id of ids) {
    out.push(await deps.store.user.findUnique({ where: { id } }));
    out.push(await deps.q('users').where({ id }).first());
    out.push(await f.findOne(id));
    out.push(seen.get(id));
    out.push(ids.find((x) => x === id));
  }
  for (const key of keys) out.push(await deps.kv.get(key), f.get(key));
  const rows = await deps.pool.query('SELECT 1');
  const users = await deps.k.selectFrom('users').selectAll().execute();
  const things = await deps.things.find();
  const named = await deps.model.find();
  return [out, rows, users, things, named, ids.map((x) => x * ${i})];
}
`;
const text = head + Array.from({ length: handlers }, (_, i) => handler(i)).join('');
mkdirSync(join(dir, 'src'));
const files = Array.from({ length: fileCount }, (_, i) => `src/file${i}.ts`);
for (const f of files) writeFileSync(join(dir, f), text);
const lines = text.split('\n').length;

// Prints the checker questions typed mode asked (all runs together) when the process exits.
process.env.PERF_COACH_DEBUG = 'typed';

function configFor(typed) {
  return [
    {
      files: ['**/*.ts'],
      languageOptions: { parser, parserOptions: typed ? { projectService: true, tsconfigRootDir: dir } : {} },
      plugins: { 'perf-coach': plugin },
      rules: Object.fromEntries(Object.keys(plugin.rules).map((id) => [`perf-coach/${id}`, 'warn'])),
    },
  ];
}

const samples = { untyped: [], typed: [] };
for (let run = 0; run < runs; run++) {
  for (const mode of ['untyped', 'typed']) {
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: configFor(mode === 'typed'), stats: true });
    const results = await eslint.lintFiles(files);
    for (const r of results) {
      const pass = r.stats.times.passes[0];
      const rules = Object.values(pass.rules ?? {}).reduce((a, b) => a + b.total, 0);
      samples[mode].push({ run, parse: pass.parse.total, rules, findings: r.messages.length });
    }
  }
}

const min = (xs) => Math.min(...xs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => `${x.toFixed(1)} ms`;
console.log(`${fileCount} files × ${lines} lines, ${runs} runs per mode (alternating, one process)`);
for (const mode of ['untyped', 'typed']) {
  // The first run of typed mode makes the program; later runs reuse the project service's.
  const all = samples[mode];
  // With one run there is no later run: report the first one alone.
  const later = runs > 1 ? all.filter((s) => s.run > 0) : all;
  console.log(
    `${mode.padEnd(8)} rules per file: min ${fmt(min(later.map((s) => s.rules)))}, median ${fmt(median(later.map((s) => s.rules)))} (first run: median ${fmt(median(all.filter((s) => s.run === 0).map((s) => s.rules)))}); ` +
      `parse per file: median ${fmt(median(later.map((s) => s.parse)))} (first run: max ${fmt(Math.max(...all.filter((s) => s.run === 0).map((s) => s.parse)))}); findings per file: ${all[0].findings}`,
  );
}
rmSync(dir, { recursive: true, force: true });
