import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/host/lint-text';
import { readText } from '../../src/host/read-source';
import { looksBinary, looksMinified, reasonToSkip, utf8Length } from '../../src/host/skip-heuristics';

const ROOT = path.resolve(__dirname, '../..');
const CODE = `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function load(ids: string[]) {
  for (const id of ids) {
    await prisma.user.findUnique({ where: { id } });
  }
}
`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-coach-skip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the scan decides for text on disk, and what the editor decides for the same text open. */
function bothWays(name: string, text: string, maxBytes: number) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const read = readText(file, maxBytes);
  const scan = typeof read === 'string' ? lintText({ filename: file, text: read, maxBytes }).skipped : read.skipped;
  const editor = lintText({ filename: file, text, maxBytes }).skipped;
  return { scan, editor };
}

describe('one size unit: UTF-8 bytes, in the editor and the scan alike', () => {
  it('utf8Length counts as Buffer does', () => {
    for (const s of ['', 'abc', 'é', '€', '😀', 'a😀é€\n', '\ud800', 'x'.repeat(1000) + '日本語'.repeat(100)]) expect(utf8Length(s), JSON.stringify(s)).toBe(Buffer.byteLength(s, 'utf8'));
  });

  it('a file whose characters fit but whose bytes do not is skipped both ways', () => {
    // 5,000 bytes of comment in 2,500 characters, plus the code: over a 5 kB limit in bytes only.
    const text = `// ${'é'.repeat(2500)}\n${CODE}`;
    expect(text.length).toBeLessThan(5000);
    expect(bothWays('accents.ts', text, 5000)).toEqual({ scan: 'larger than 5 kB (perfCoach.maxFileSize)', editor: 'larger than 5 kB (perfCoach.maxFileSize)' });
  });

  it('a file of exactly the limit is analysed both ways', () => {
    const body = `${CODE}// ${'€'.repeat(1000)}\n`;
    const bytes = Buffer.byteLength(body);
    expect(bothWays('exact.ts', body, bytes)).toEqual({ scan: undefined, editor: undefined });
    expect(bothWays('over.ts', body, bytes - 1).editor).toMatch(/larger than/);
  });
});

describe('skip heuristics do not skip real code', () => {
  it('one 200 kB comment line is not "minified"', () => {
    const text = `// ${'licence text, '.repeat(15_000)}\n${CODE}`;
    expect(looksMinified(text)).toBe(false);
    expect(lintText({ filename: 'a.ts', text }).findings).toHaveLength(1);
  });
  it('a 200 kB block comment or embedded base64 string is not "minified"', () => {
    const base64 = randomBytes(150_000).toString('base64');
    expect(looksMinified(`/* ${'x'.repeat(200_000)} */\n${CODE}`)).toBe(false);
    expect(looksMinified(`export const logo = 'data:image/png;base64,${base64}';\n${CODE}`)).toBe(false);
    expect(looksMinified(`export const logo = \`${base64}\`;\n${CODE}`)).toBe(false);
  });
  it('one stray NUL is not "binary"', () => {
    const text = `${CODE}const sep = '\u0000';\n`;
    expect(looksBinary(text)).toBe(false);
    expect(lintText({ filename: 'a.ts', text }).findings).toHaveLength(1);
  });
  it('no file of the repository is skipped', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = path.join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.[cm]?[jt]sx?$/.test(name)) files.push(p);
      }
    };
    for (const d of ['src', 'test', 'examples', 'scripts', 'bench']) walk(path.join(ROOT, d));
    for (const f of files.filter((f) => !f.includes(`${path.sep}.cache${path.sep}`))) expect(reasonToSkip(readFileSync(f, 'utf8'), 1e7), f).toBeUndefined();
  });
});

describe('and still skip what they should', () => {
  it.each(['node_modules/js-yaml/dist/js-yaml.min.js', 'node_modules/protobufjs/dist/protobuf.min.js', 'node_modules/esquery/dist/esquery.min.js'])('real minified code: %s', (rel) => {
    expect(reasonToSkip(readFileSync(path.join(ROOT, rel), 'utf8'), 1e7)).toBe('looks minified (very long lines)');
  });
  it('minified code with long strings in it', () => {
    const line = `var a=${'[1,2,3].map(function(x){return x*2}),"some string",'.repeat(300)}b=1;`;
    expect(looksMinified(`${line}\n${line}\n`)).toBe(true);
  });
  it('binary content read as UTF-8', () => {
    const bytes = randomBytes(8192);
    expect(bothWays('blob.js', bytes.toString('latin1'), 1e6).editor).toBe('looks binary');
    writeFileSync(path.join(dir, 'blob2.js'), bytes);
    const text = readText(path.join(dir, 'blob2.js'), 1e6);
    expect(typeof text === 'string' && reasonToSkip(text, 1e6)).toBe('looks binary');
  });
});
