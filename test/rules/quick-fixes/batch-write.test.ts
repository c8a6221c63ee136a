import { describe, expect, it } from 'vitest';
import { assertClean, assertParses, fixed, lint, run } from './helpers';
import * as fake from './fakes';

/** Each library's write of one row, where the row is `{ name, email: u.email }`. */
const libraries: Array<{ name: string; head: string; write: (row: string) => string; call: string; contains: string }> = [
  { name: 'Prisma create → createMany', head: "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();", write: (row) => `prisma.user.create({ data: ${row} })`, call: 'prisma.user.createMany', contains: 'await prisma.user.createMany({ data: rows });' },
  { name: 'Sequelize create → bulkCreate with the same hooks and validation', head: "import { Model } from 'sequelize';\nclass User extends Model {}", write: (row) => `User.create(${row}, { transaction: t })`, call: 'User.bulkCreate', contains: 'await User.bulkCreate(rows, { validate: true, individualHooks: true, transaction: t });' },
  { name: 'MongoDB insertOne → insertMany', head: "import { MongoClient } from 'mongodb';\nconst users = new MongoClient('mongodb://db').db('app').collection('users');", write: (row) => `users.insertOne(${row})`, call: 'users.insertMany', contains: 'await users.insertMany(rows);' },
  { name: 'Knex insert → insert of a list', head: "import knex from 'knex';\nconst db = knex({ client: 'pg' });", write: (row) => `db('users').insert(${row})`, call: "db('users').insert", contains: "await db('users').insert(rows);" },
  { name: 'Drizzle values → values of a list, the conflict clause kept', head: "import { drizzle } from 'drizzle-orm/node-postgres';\nimport { users } from './schema';\nconst db = drizzle('postgres://db');", write: (row) => `db.insert(users).values(${row}).onConflictDoNothing()`, call: 'db.insert(users).values', contains: 'await db.insert(users).values(rows).onConflictDoNothing();' },
  { name: 'TypeORM save → save of a list', head: "import { DataSource } from 'typeorm';\nconst repo = new DataSource({ type: 'postgres' }).getRepository('User');", write: (row) => `repo.save(${row})`, call: 'repo.save', contains: 'await repo.save(rows);' },
];

const PEOPLE = [
  { first: 'Ada', last: 'L', email: 'a@x' },
  { first: 'Bo', last: 'M', email: 'b@x', skip: true },
  { first: 'Cy', last: 'N', email: 'c@x' },
];

/** Runs `load(people, t)` before and after the fix on fresh stores: the same rows written, in one round trip instead of one per row. */
async function sameRowsWithOneWrite(code: string, output: string, people = PEOPLE) {
  assertParses(output);
  const before = fake.store([]);
  const after = fake.store([]);
  const t = { id: 'tx' };
  // The fakes stand for what the snippet imports; what it declares itself (`const users = …`) is its own.
  const own = (env: Record<string, unknown>) => Object.fromEntries(Object.entries(env).filter(([k]) => !new RegExp(`const ${k} =`).test(code)));
  const b = own(fake.writers(before)) as ReturnType<typeof fake.writers>;
  const a = own(fake.writers(after)) as ReturnType<typeof fake.writers>;
  await run(`${code}\nreturn load(people, t);`, { ...b, people, t });
  await run(`${output}\nreturn load(people, t);`, { ...a, people, t });
  expect(after.rows).toEqual(before.rows);
  return { before, after, b, a };
}

describe('no-n-plus-one: rows written one by one in a loop, written once after it', () => {
  for (const c of libraries) {
    it(c.name, async () => {
      const code = `${c.head}\nexport async function load(people, t) {\n  for (const u of people) {\n    const name = u.first + ' ' + u.last;\n    if (u.skip) continue;\n    await ${c.write('{ name, email: u.email }')};\n  }\n}`;
      const { output, desc } = fixed(code, 'no-n-plus-one');
      expect(desc).toBe(`Collect the rows and write them all with one \`${c.call}\`.`);
      expect(output).toContain('  const rows = [];\n  for (const u of people) {');
      expect(output).toContain('    rows.push({ name, email: u.email });\n  }\n');
      expect(output).toContain(`  if (rows.length > 0) ${c.contains}`);
      const { before, after } = await sameRowsWithOneWrite(code, output);
      expect(before.rows).toHaveLength(2);
      expect([before.calls, after.calls]).toEqual([2, 1]);
      assertClean(output, 'no-n-plus-one');
      // No rows, no round trip (MongoDB's insertMany and Drizzle's values reject an empty list).
      const empty = await sameRowsWithOneWrite(code, output, []);
      expect(empty.after.calls).toBe(0);
    });
  }

  it('Sequelize: the options the one-row create had, plus the hooks and validation it ran', async () => {
    const c = libraries[1];
    const code = `${c.head}\nexport async function load(people, t) {\n  for (const u of people) await ${c.write('{ name: u.first, email: u.email }')};\n}`;
    const { output } = fixed(code, 'no-n-plus-one');
    const { a } = await sameRowsWithOneWrite(code, output);
    expect(a.options).toEqual([{ validate: true, individualHooks: true, transaction: { id: 'tx' } }]);
  });

  it('Knex: a conflict clause after the insert goes along', () => {
    const code = `import knex from 'knex';\nconst db = knex({ client: 'pg' });\nexport async function load(people) {\n  for (const u of people) {\n    await db('users').insert({ email: u.email }).onConflict('email').ignore();\n  }\n}`;
    const { output, desc } = fixed(code, 'no-n-plus-one');
    expect(desc).toBe("Collect the rows and write them all with one `db('users').insert`.");
    expect(output).toContain("  if (rows.length > 0) await db('users').insert(rows).onConflict('email').ignore();");
    assertParses(output);
    assertClean(output, 'no-n-plus-one');
  });

  it('a name the fix needs is taken: it picks another', () => {
    const code = `import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function load(rows) {\n  for (const r of rows) {\n    await prisma.user.create({ data: { name: r.name } });\n  }\n}`;
    const { output } = fixed(code, 'no-n-plus-one');
    expect(output).toContain('const rows2 = [];');
    expect(output).toContain('if (rows2.length > 0) await prisma.user.createMany({ data: rows2 });');
    assertParses(output);
  });
});

describe('no-n-plus-one: rows written by Promise.all(list.map(…)), written with one call', () => {
  for (const c of libraries) {
    it(c.name, async () => {
      const code = `${c.head}\nexport async function load(people, t) {\n  await Promise.all(people.map((u) => ${c.write('{ name: u.first, email: u.email }')}));\n}`;
      const { output } = fixed(code, 'no-n-plus-one');
      expect(output).toContain('  const rows = people.map((u) => ({ name: u.first, email: u.email }));\n');
      expect(output).toContain(`  if (rows.length > 0) ${c.contains}`);
      const { before, after } = await sameRowsWithOneWrite(code, output);
      expect([before.calls, after.calls]).toEqual([3, 1]);
      assertClean(output, 'no-n-plus-one');
    });
  }
});

describe('no-n-plus-one: no batched write when it could change the meaning', () => {
  const none = (name: string, code: string) =>
    it(name, () => {
      const found = lint(code, 'no-n-plus-one');
      expect(found.length).toBeGreaterThan(0);
      expect(found.flatMap((m) => m.suggestions ?? [])).toEqual([]);
    });
  const prisma = (body: string) => `import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function load(people, other) {\n  ${body}\n}`;
  none('the created row is used', prisma('for (const u of people) {\n    const user = await prisma.user.create({ data: { name: u.name } });\n    u.id = user.id;\n  }'));
  none('something else is awaited in the loop (it could read the rows written so far)', prisma('for (const u of people) {\n    await prisma.user.create({ data: { name: u.name } });\n    await other.notify(u);\n  }'));
  none('the loop may return early (the rows before it were written)', prisma('for (const u of people) {\n    if (!u.name) return;\n    await prisma.user.create({ data: { name: u.name } });\n  }'));
  none('the loop may throw (the rows before it were written)', prisma("for (const u of people) {\n    if (!u.name) throw new Error('no name');\n    await prisma.user.create({ data: { name: u.name } });\n  }"));
  none('Prisma: a nested write (createMany takes plain rows)', prisma('for (const u of people) {\n    await prisma.user.create({ data: { name: u.name, team: { connect: { id: u.teamId } } } });\n  }'));
  none('Prisma: create asks for fields back', prisma('for (const u of people) {\n    await prisma.user.create({ data: { name: u.name }, select: { id: true } });\n  }'));
  none('an option differs per item', `import { Model } from 'sequelize';\nclass User extends Model {}\nexport async function load(people) {\n  for (const u of people) await User.create({ name: u.name }, { transaction: u.transaction });\n}`);
  none('for await: the list arrives while it is written', prisma('for await (const u of people) {\n    await prisma.user.create({ data: { name: u.name } });\n  }'));
  none('Promise.all whose results are used', prisma('const created = await Promise.all(people.map((u) => prisma.user.create({ data: { name: u.name } })));\n  return created;'));
  none('Sequelize: an option the many-row call cannot take as it is', `import { Model } from 'sequelize';\nclass User extends Model {}\nexport async function load(people) {\n  for (const u of people) await User.create({ name: u.name }, { include: [Profile] });\n}`);
  none('Mongoose create (insertMany skips the save hooks)', `import mongoose from 'mongoose';\nconst User = mongoose.model('User', new mongoose.Schema({}));\nexport async function load(people) {\n  for (const u of people) await User.create({ name: u.name });\n}`);
});
