import { describe, expect, it } from 'vitest';
import { analyze, callNamed } from './helpers';

const perItem = (code: string, callee: string) => {
  const a = analyze(code);
  const site = callNamed(a, callee);
  return a.perItemRepetition(site)?.kind;
};

const prelude = `import { PrismaClient } from '@prisma/client'; const prisma = new PrismaClient();\n`;

describe('repetition and loop-carried dependencies', () => {
  it.each([
    ['for-of', `for (const o of orders) await prisma.user.findUnique({ where: { id: o.userId } });`, 'for-of'],
    ['for-in', `for (const k in groups) await prisma.user.count({ where: { group: k } });`, 'for-in'],
    ['indexed for over .length', `for (let i = 0; i < ids.length; i++) await prisma.user.findUnique({ where: { id: ids[i] } });`, 'for'],
    ['for await', `for await (const row of stream) await prisma.user.findUnique({ where: { id: row.id } });`, 'for-await'],
    ['map callback', `await Promise.all(ids.map((id) => prisma.user.findUnique({ where: { id } })));`, 'callback'],
    ['forEach through an inline async callback', `ids.forEach(async (id) => { await prisma.user.findUnique({ where: { id } }); });`, 'callback'],
  ])('repeats per item: %s', (_n, body, kind) => {
    expect(perItem(prelude + body, 'prisma.user.' + (body.includes('count') ? 'count' : 'findUnique'))).toBe(kind);
  });

  it.each([
    ['cursor pagination', `let cursor; for (const _ of pages) { const page = await prisma.user.findMany({ cursor }); cursor = page.at(-1)?.id; }`],
    ['retry loop returns from try', `for (const delay of [100, 200]) { try { return await prisma.user.findMany(); } catch { await sleep(delay); } }`],
    ['search loop breaks on first hit', `for (const host of hosts) { const u = await prisma.user.findMany({ where: { host } }); if (u.length) break; }`],
    ['counted loop', `for (let i = 0; i < 3; i++) await prisma.user.findMany();`],
    ['while polling loop', `while (running) await prisma.user.findMany();`],
  ])('does not repeat per item: %s', (_n, body) => {
    expect(perItem(prelude + body, 'prisma.user.findMany')).toBeUndefined();
  });

  it('reads and writes per item through a transaction handle are still one round trip each', () => {
    const read = `await prisma.$transaction(async (tx) => { for (const o of orders) await tx.user.findMany({ where: { id: o.id } }); });`;
    expect(perItem(prelude + read, 'tx.user.findMany')).toBe('for-of');
    const write = `await prisma.$transaction(async (tx) => { for (const o of orders) await tx.user.update({ where: { id: o.id }, data: o }); });`;
    expect(perItem(prelude + write, 'tx.user.update')).toBe('for-of');
  });

  it('recursion over children repeats the function', () => {
    const a = analyze(`${prelude}async function walk(node) { node.children = await prisma.node.findMany({ where: { parentId: node.id } }); for (const c of node.children) await walk(c); }`);
    const site = callNamed(a, 'prisma.node.findMany');
    expect(a.perItemRepetition(site)?.kind).toBe('recursion');
  });

  it('GraphQL field resolvers repeat per parent', () => {
    const a = analyze(`${prelude}const resolvers = { Query: { users: () => prisma.user.findMany() }, User: { posts: (user) => prisma.post.findMany({ where: { authorId: user.id } }) } };`);
    expect(a.perItemRepetition(callNamed(a, 'prisma.post.findMany'))?.kind).toBe('graphql-field');
    expect(a.perItemRepetition(callNamed(a, 'prisma.user.findMany'))).toBeUndefined();
  });
});
