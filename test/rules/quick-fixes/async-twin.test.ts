import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as crypto from 'node:crypto';
import * as zlib from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertClean, assertParses, fixed, lint, run } from './helpers';

/**
 * no-blocking-io's fix, run for real: the same handler before and after, on the same files and
 * inputs, gives the same answer (or the same error).
 */

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'perf-coach-fix-'));
  fs.writeFileSync(join(dir, 'page.html'), '<h1>hi</h1>');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What the imports bind, by local name (the snippets' imports are stripped before running). */
const modules = { fs, zlib, crypto, promisify, readFile: fsp.readFile, readFileSync: fs.readFileSync, writeFile: fsp.writeFile, writeFileSync: fs.writeFileSync, gunzip: zlib.gunzip, gunzipSync: zlib.gunzipSync, scrypt: crypto.scrypt, scryptSync: crypto.scryptSync };

/** Runs the route the snippet registers with `req.body` and returns what it sends, or the error's code. */
async function respond(code: string, body: Record<string, unknown>): Promise<unknown> {
  let handler: ((req: unknown, res: unknown) => Promise<void>) | undefined;
  const app = { get: (_path: string, h: typeof handler) => (handler = h), post: (_path: string, h: typeof handler) => (handler = h) };
  await run(code, { ...modules, app });
  const res = { sent: undefined as unknown, send(v: unknown) { this.sent = v; } };
  try {
    await handler!({ body }, res);
    return res.sent;
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

interface Case {
  name: string;
  code: string;
  preview: string;
  body: () => Record<string, unknown>;
  /** A second input the answers must also agree on (an error path). */
  other?: () => Record<string, unknown>;
}

const cases: Case[] = [
  {
    name: 'fs.readFileSync → fs.promises.readFile',
    code: `import fs from 'node:fs';\napp.get('/page', async (req, res) => {\n  res.send(fs.readFileSync(req.body.path, 'utf8'));\n});`,
    preview: 'await fs.promises.readFile(…)',
    body: () => ({ path: join(dir, 'page.html') }),
    other: () => ({ path: join(dir, 'missing.html') }),
  },
  {
    name: 'named readFileSync → readFile from node:fs/promises',
    code: `import { readFileSync } from 'node:fs';\napp.get('/page', async (req, res) => {\n  const html = readFileSync(req.body.path).toString('utf8');\n  res.send(html);\n});`,
    preview: 'await readFile(…)',
    body: () => ({ path: join(dir, 'page.html') }),
    other: () => ({ path: join(dir, 'missing.html') }),
  },
  {
    name: 'fs.writeFileSync → fs.promises.writeFile',
    code: `import fs from 'node:fs';\napp.post('/save', async (req, res) => {\n  fs.writeFileSync(req.body.path, req.body.text);\n  res.send(await fs.promises.readFile(req.body.path, 'utf8'));\n});`,
    preview: 'await fs.promises.writeFile(…)',
    body: () => ({ path: join(dir, 'saved.txt'), text: 'saved' }),
    other: () => ({ path: join(dir, 'no-such-dir', 'x.txt'), text: 'x' }),
  },
  {
    name: 'fs.statSync(…).size → (await fs.promises.stat(…)).size',
    code: `import fs from 'node:fs';\napp.get('/size', async (req, res) => {\n  res.send(fs.statSync(req.body.path).size);\n});`,
    preview: 'await fs.promises.stat(…)',
    body: () => ({ path: join(dir, 'page.html') }),
    other: () => ({ path: join(dir, 'missing.html') }),
  },
  {
    name: 'fs.readdirSync → fs.promises.readdir',
    code: `import fs from 'node:fs';\napp.get('/list', async (req, res) => {\n  res.send(fs.readdirSync(req.body.path).filter((f) => f.endsWith('.html')));\n});`,
    preview: 'await fs.promises.readdir(…)',
    body: () => ({ path: dir }),
    other: () => ({ path: join(dir, 'missing') }),
  },
  {
    name: 'fs.mkdirSync (recursive) → fs.promises.mkdir',
    code: `import fs from 'node:fs';\napp.post('/dir', async (req, res) => {\n  const first = fs.mkdirSync(req.body.path, { recursive: true });\n  res.send(typeof first);\n});`,
    preview: 'await fs.promises.mkdir(…)',
    body: () => ({ path: join(dir, 'a', String(Math.random()), 'b') }),
  },
  {
    name: 'zlib.gzipSync → promisify(zlib.gzip)',
    code: `import zlib from 'node:zlib';\napp.post('/gz', async (req, res) => {\n  res.send(zlib.gzipSync(Buffer.from(req.body.text)).toString('base64'));\n});`,
    preview: 'await promisify(zlib.gzip)(…)',
    body: () => ({ text: 'hello '.repeat(100) }),
  },
  {
    name: 'named gunzipSync → promisify(gunzip), both imported',
    code: `import { gunzipSync } from 'node:zlib';\napp.post('/gunzip', async (req, res) => {\n  res.send(String(gunzipSync(Buffer.from(req.body.data, 'base64'))));\n});`,
    preview: 'await promisify(gunzip)(…)',
    body: () => ({ data: zlib.gzipSync('round trip').toString('base64') }),
    other: () => ({ data: 'bm90IGd6aXA=' }),
  },
  {
    name: 'crypto.pbkdf2Sync → promisify(crypto.pbkdf2)',
    code: `import crypto from 'node:crypto';\napp.post('/key', async (req, res) => {\n  const key = crypto.pbkdf2Sync(req.body.password, 'salt', 1000, 32, 'sha256');\n  res.send(key.toString('hex'));\n});`,
    preview: 'await promisify(crypto.pbkdf2)(…)',
    body: () => ({ password: 'secret' }),
  },
  {
    name: 'named scryptSync → promisify(scrypt)',
    code: `import { scryptSync } from 'node:crypto';\nimport { promisify } from 'node:util';\napp.post('/key', async (req, res) => {\n  res.send(scryptSync(req.body.password, 'salt', 32).toString('hex'));\n});`,
    preview: 'await promisify(scrypt)(…)',
    body: () => ({ password: 'secret' }),
  },
];

describe('no-blocking-io: the promise twin in async functions', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { output, desc } = fixed(c.code, 'no-blocking-io');
      expect(desc).toBe(`Use \`${c.preview}\` instead.`);
      assertParses(output);
      // `body()` is called per run: the mkdir case needs a fresh folder each time.
      const before = await respond(c.code, c.body());
      expect(before).not.toHaveProperty('error');
      expect(before).not.toBeUndefined();
      expect(await respond(output, c.body())).toEqual(before);
      if (c.other) {
        const bad = c.other();
        const failed = await respond(c.code, bad);
        expect(failed).toHaveProperty('error');
        expect(await respond(output, bad)).toEqual(failed);
      }
      assertClean(output, 'no-blocking-io');
    });
  }

  it('an error keeps its code: a missing file is ENOENT before and after', async () => {
    const { output } = fixed(cases[0].code, 'no-blocking-io');
    expect(await respond(output, { path: join(dir, 'missing.html') })).toEqual({ error: 'ENOENT' });
  });

  const none = (name: string, code: string, options: Record<string, unknown> = {}) =>
    it(name, () => {
      const found = lint(code, 'no-blocking-io', 'src/app.ts', options);
      expect(found.length).toBeGreaterThan(0);
      expect(found.flatMap((m) => m.suggestions ?? [])).toEqual([]);
    });
  none('existsSync: its async forms answer another question (no twin)', `import fs from 'node:fs';\napp.get('/x', async (req, res) => {\n  res.send(fs.existsSync(req.body.path));\n});`, { report: 'all' });
  none('not in an async function: `await` is not allowed there', `import fs from 'node:fs';\napp.get('/x', (req, res) => {\n  res.send(fs.readFileSync(req.body.path));\n});`);
  none('readFile already names the callback API here', `import { readFile, readFileSync } from 'node:fs';\napp.get('/x', async (req, res) => {\n  res.send(readFileSync(req.body.path));\n});`);
  none('CommonJS named require: no ES import to add the twin to', `const { readFileSync } = require('node:fs');\napp.get('/x', async (req, res) => {\n  res.send(readFileSync(req.body.path));\n});`);
  none('execSync: no promise form with the same result', `import { execSync } from 'node:child_process';\napp.get('/x', async (req, res) => {\n  res.send(execSync('git rev-parse HEAD'));\n});`);
});
