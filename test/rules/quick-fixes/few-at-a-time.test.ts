import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../../src/rules/util/fixes/chunked-map';
import { assertClean, assertParses, fixed, lint, run } from './helpers';
import * as fake from './fakes';

const code = `import axios from 'axios';
export async function prices(symbols) {
  const quotes = await Promise.all(symbols.map(async (symbol) => {
    const res = await fetch('https://quotes.example.com/' + symbol);
    return res.json();
  }));
  return quotes;
}`;

describe('no-n-plus-one: HTTP calls per item, a few at a time', () => {
  it('same results in the same order, never more than CHUNK_SIZE at once', async () => {
    const { output, desc } = fixed(code, 'no-n-plus-one');
    expect(desc).toBe(`Send ${CHUNK_SIZE} requests at a time; results keep their order.`);
    assertParses(output);
    const symbols = Array.from({ length: 20 }, (_, i) => `s${(i * 7) % 20}`).concat(['s3', 's3']);
    const before = fake.fetchFake();
    const after = fake.fetchFake();
    const expected = await run(`${code}\nreturn prices(symbols);`, { fetch: before.fetch, symbols });
    const actual = await run(`${output}\nreturn prices(symbols);`, { fetch: after.fetch, symbols });
    expect(actual).toEqual(expected);
    expect(after.stats.calls).toBe(symbols.length);
    expect(before.stats.maxRunning).toBe(symbols.length);
    expect(after.stats.maxRunning).toBe(CHUNK_SIZE);
    // A few at a time is what the finding asks for: it is gone.
    assertClean(output, 'no-n-plus-one');
    expect(await run(`${output}\nreturn prices([]);`, { fetch: after.fetch })).toEqual([]);
  });

  it('the list is read once, even when it is computed', async () => {
    const src = `export async function names(users) {\n  return await Promise.all(users.filter((u) => u.active).map((u) => fetch('https://api.example.com/names/' + u.id).then((r) => r.json())));\n}`;
    const { output } = fixed(src, 'no-n-plus-one');
    expect(output).toContain('const items = users.filter((u) => u.active);');
    assertParses(output);
    assertClean(output, 'no-n-plus-one');
    const users = Array.from({ length: 11 }, (_, i) => ({ id: i, active: i % 3 !== 0 }));
    const f1 = fake.fetchFake();
    const f2 = fake.fetchFake();
    expect(await run(`${output}\nreturn names(users);`, { fetch: f2.fetch, users })).toEqual(await run(`${src}\nreturn names(users);`, { fetch: f1.fetch, users }));
  });

  it('names the rewrite uses do not shadow the callback’s', () => {
    const src = `export async function load(ids, items, i) {\n  return await Promise.all(ids.map((id) => fetch('https://api.example.com/' + id + items[i])));\n}`;
    const { output } = fixed(src, 'no-n-plus-one');
    expect(output).toContain('const items2 = ids;');
    expect(output).toContain('for (let i2 = 0;');
  });

  const none = (name: string, src: string) =>
    it(name, () => {
      const found = lint(src, 'no-n-plus-one');
      expect(found.length).toBeGreaterThan(0);
      expect(found.flatMap((m) => m.suggestions ?? [])).toEqual([]);
    });
  none('the callback takes the index (it would restart at 0 in every slice)', `export async function load(ids) {\n  return await Promise.all(ids.map((id, i) => fetch('https://api.example.com/' + id + '?n=' + i)));\n}`);
  none('a POST per item: on a failure the rewrite would not send the rest', `import axios from 'axios';\nexport async function notify(users) {\n  await Promise.all(users.map((u) => axios.post('https://push.example.com/send', { to: u.token })));\n}`);
  none('a sync callback whose Promise.all is not awaited (a throw would move from the call to the promise)', `export function load(ids) {\n  return Promise.all(ids.map((id) => fetch('https://api.example.com/' + id)));\n}`);
  it('a slice walk with another step than the slice size is still reported', () => {
    const src = `export async function load(ids) {\n  const out = [];\n  for (let i = 0; i < ids.length; i += 1) out.push(...(await Promise.all(ids.slice(i, i + 8).map((id) => fetch('https://api.example.com/' + id)))));\n  return out;\n}`;
    expect(lint(src, 'no-n-plus-one')).toHaveLength(1);
  });
  none('a GET followed by a write per item: a failure would leave later items unwritten', `import axios from 'axios';\nimport { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function sync(users) {\n  await Promise.all(users.map(async (u) => {\n    const { data } = await axios.get('https://crm.example.com/users/' + u.id);\n    await prisma.user.update({ where: { id: u.id }, data: { crm: data } });\n  }));\n}`);
  none('forEach: nothing is collected, there is no Promise.all to rewrite', `export async function load(ids) {\n  ids.forEach(async (id) => { await fetch('https://api.example.com/' + id); });\n}`);
});
