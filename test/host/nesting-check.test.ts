import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module shared with the measurement script
import { shapes } from '../../bench/robustness/nesting.mjs';
import { lintText } from '../../src/host/lint-text';
import { MAX_CHAIN, MAX_JSX_NESTING, MAX_NESTING, measureNesting, nestingProblem } from '../../src/host/nesting-check';
import { WorkerPool } from '../../src/host/worker-pool';
import plugin from '../../src/eslint-plugin';
import { buildWorkers } from './build-worker';

const shape = shapes as Record<string, (n: number) => string>;
const ROOT = path.resolve(__dirname, '../..');
// The prefilters need something to look at, or the text is never parsed at all.
const HEAD = `import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function h(req, res) { for (const id of req.ids) await prisma.user.findUnique({ where: { id } }); }\n`;
const nameFor = (s: string) => (s === 'jsx' ? 'src/routes/x.tsx' : 'src/routes/x.ts');

/**
 * Depths at which oxc-parser overflows its native stack in a worker with a 4 MB stack (SIGSEGV of
 * the whole process), measured by bench/robustness/nesting-limits.mjs. The editor's workers have
 * 16 MB; refusing these with 4 MB figures leaves a wide margin.
 */
const CRASHES_AT_4MB: Record<string, number> = {
  parens: 2980, arrays: 4201, objects: 3029, ternaries: 4201, chain: 4201, callbacks: 955, arrows: 2102, blocks: 1662, binary: 32855, members: 87529, jsx: 7666,
};

describe('nesting pre-check', () => {
  it.each(Object.keys(CRASHES_AT_4MB))('%s nested as deep as crashes the parser is refused before parsing, with the reason', (s) => {
    const result = lintText({ filename: nameFor(s), text: HEAD + shape[s](CRASHES_AT_4MB[s]) });
    expect(result.skipped).toMatch(/too deep to parse safely/);
    expect(result.timings.parseMs).toBe(0);
  });

  it.each(Object.keys(shapes))('%s nested 60 deep is analysed (real code nests far less)', (s) => {
    const result = lintText({ filename: nameFor(s), text: HEAD + shape[s](60) });
    expect(result.skipped).toBeUndefined();
    expect(result.parseError).toBeUndefined();
    expect(result.findings.map((f) => f.ruleId)).toEqual(['no-n-plus-one']);
  });

  it('the limits leave the analysis depth guard (MAX_AST_DEPTH) enough room: text just under them is analysed', () => {
    for (const [s, n] of [['callbacks', MAX_NESTING / 2 - 5], ['blocks', MAX_NESTING - 5], ['arrows', MAX_NESTING - 5], ['objects', MAX_NESTING - 5], ['binary', MAX_CHAIN - 5], ['members', MAX_CHAIN - 5]] as const) {
      const result = lintText({ filename: nameFor(s), text: HEAD + shape[s](n) });
      expect(result.skipped, s).toBeUndefined();
      expect(result.findings.map((f) => f.ruleId), s).toEqual(['no-n-plus-one']);
    }
  });

  describe('traps: real code is never refused', () => {
    const trap = (text: string, filename = 'a.ts') => nestingProblem(text, filename);
    it('brackets inside strings, comments, regular expressions and templates do not count', () => {
      const line = `const a = '((((' + "[[[[" + \`{{{{\${x}\` // ((((\n/* [[[[ */ const r = /[(]{4}\\(/; function f() { return /\\(\\(/.test(s); }\n`;
      expect(measureNesting(line.repeat(2000)).nesting).toBeLessThan(5);
    });
    it('statement-level ternaries and member calls without semicolons do not add up', () => {
      const asi = `const a = x ? 1 : 2\nfoo.bar.baz(a)\nlet b = y\n  ? 3\n  : 4\n`.repeat(3000);
      expect(trap(asi)).toBeUndefined();
      expect(measureNesting(asi).chain).toBeLessThan(10);
    });
    it('TypeScript optional syntax and nullish operators are not ternaries', () => {
      const ts = `interface A { x?: number; f?(a?: string): void }\nconst v = a?.b ?? c?.[0] ?? d?.(1);\nfunction g(p?, q?) {}\n`.repeat(3000);
      expect(measureNesting(ts).nesting).toBeLessThan(5);
    });
    it('a long JSX page with prose (apostrophes) and many siblings', () => {
      const page = `export const Page = () => (\n  <main>\n${"    <p className=\"x\">Don't stop; it's fine</p>\n    <br />\n".repeat(4000)}  </main>\n);\n`;
      expect(trap(page, 'page.tsx')).toBeUndefined();
    });
    it('a long list literal and a long switch', () => {
      const list = `export const table = [\n${'  { id: 1, name: "a", tags: ["x", "y"] },\n'.repeat(20000)}];\n`;
      const sw = `switch (x) {\n${'  case 1: y = a ? b : c; break;\n'.repeat(5000)}}\n`;
      expect(trap(list)).toBeUndefined();
      expect(trap(sw)).toBeUndefined();
    });
    it('no file of the repository (sources, tests, corpus, examples) is refused', () => {
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const p = path.join(dir, name);
          if (statSync(p).isDirectory()) walk(p);
          else if (/\.[cm]?[jt]sx?$/.test(name)) files.push(p);
        }
      };
      for (const d of ['src', 'test', 'examples', 'scripts', 'bench/tasks']) walk(path.join(ROOT, d));
      expect(files.length).toBeGreaterThan(100);
      for (const f of files) expect(nestingProblem(readFileSync(f, 'utf8'), f), f).toBeUndefined();
    });
    it('the largest real files at hand are not refused, and the scan is cheap', () => {
      for (const rel of ['node_modules/typescript/lib/typescript.js', 'node_modules/eslint/lib/linter/linter.js']) {
        const text = readFileSync(path.join(ROOT, rel), 'utf8');
        expect(nestingProblem(text, rel), rel).toBeUndefined();
      }
    });
  });

  it('the limits are the documented ones', () => {
    expect([MAX_NESTING, MAX_CHAIN, MAX_JSX_NESTING]).toEqual([500, 1000, 5000]);
  });
});

describe('a worker survives what would crash it', () => {
  let pool: WorkerPool;
  beforeAll(async () => {
    pool = new WorkerPool((await buildWorkers()).worker, 1);
  }, 120_000);
  afterAll(() => pool.dispose());
  it('20,000 nested callbacks (a SIGSEGV even with a 64 MB stack) come back skipped, and the worker answers the next file', async () => {
    const deep = await pool.lint('src/routes/deep.ts', HEAD + shape.callbacks(20_000), { rules: {}, options: {}, maxBytes: 10_000_000 }).done;
    expect(deep.result?.skipped).toMatch(/nested more than 500 levels deep/);
    const next = await pool.lint('src/routes/next.ts', HEAD, { rules: {}, options: {}, maxBytes: 10_000_000 }).done;
    expect(next.result?.findings).toHaveLength(1);
  }, 60_000);
});

describe('ESLint: our rules never overflow the stack, whatever ESLint manages to parse', () => {
  const linter = new Linter();
  const rules = Object.fromEntries(Object.keys(plugin.rules).map((id) => [`perf-coach/${id}`, 'warn' as const]));
  let strict: string | undefined;
  beforeAll(() => {
    // Strict: an analysis failure is re-thrown (scripts/robustness.mjs runs the same way).
    strict = process.env.PERF_COACH_STRICT;
    process.env.PERF_COACH_STRICT = '1';
  });
  afterAll(() => {
    if (strict === undefined) delete process.env.PERF_COACH_STRICT;
    else process.env.PERF_COACH_STRICT = strict;
  });
  it.each(Object.keys(shapes).filter((s) => s !== 'jsx'))('%s at every depth ESLint parses', (s) => {
    let parsed = 0;
    // Not deeper for callbacks: from about 300 nested callbacks ESLint (espree) itself takes the Node
    // process down (V8 fails to compile a regular expression that close to the stack limit).
    for (const depth of s === 'callbacks' ? [100, 200] : [200, 500, 1000, 1500, 2000, 2500]) {
      let messages: Linter.LintMessage[];
      try {
        messages = linter.verify(HEAD + shape[s](depth), { files: ['**/*.ts'], plugins: { 'perf-coach': plugin as never }, rules }, 'src/routes/x.ts');
      } catch (error) {
        // ESLint's own scope analysis may overflow on its own; a rule of ours must not.
        expect(String(error)).not.toMatch(/perf-coach/);
        continue;
      }
      if (messages.some((m) => m.fatal)) continue;
      parsed++;
      expect(messages.filter((m) => m.ruleId?.startsWith('perf-coach/')).length, `${s} ${depth}`).toBeLessThanOrEqual(1);
    }
    expect(parsed).toBeGreaterThan(0);
  });
});
