import { describe, expect, it } from 'vitest';
import { assertClean, assertParses, fixed, lint, run, suggestions } from './helpers';
import * as fake from './fakes';

/** Keys in an order of their own, a duplicate, a key no row has, and a numeric id given as text. */
const IDS = [3, 1, 3, 99, '2'];
const rows = (field = 'id') => [1, 2, 3, 4].map((n) => ({ [field]: n, name: `user ${n}` }));

interface Case {
  name: string;
  code: string;
  /** The names the snippet reads, bound to fakes over the store. */
  env: (s: fake.Store) => Record<string, unknown>;
  field?: string;
  ids?: unknown[];
  /** The batched call the suggestion names. */
  call: string;
  /** Text the fixed code must contain. */
  contains: string[];
}

const cases: Case[] = [
  {
    name: 'Sequelize findByPk',
    code: `import { Model } from 'sequelize';
class User extends Model {}
export async function load(ids) {
  return await Promise.all(ids.map((id) => User.findByPk(id)));
}`,
    env: (s) => ({ Model: fake.sequelizeModel(s) }),
    call: 'User.findAll',
    contains: ['User.findAll({ where: { [User.primaryKeyAttribute]: ids } })', '?? null'],
  },
  {
    name: 'Sequelize findOne by a property of the item',
    code: `import { Model } from 'sequelize';
class User extends Model {}
export async function load(orders) {
  return Promise.all(orders.map(async (order) => await User.findOne({ where: { id: order.userId } })));
}`,
    env: (s) => ({ Model: fake.sequelizeModel(s) }),
    call: 'User.findAll',
    contains: ['User.findAll({ where: { id: orders.map((order) => order.userId) } })', 'byKey.get(String(order.userId)) ?? null'],
  },
  {
    name: 'Prisma findFirst',
    code: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function load(ids: number[]) {
  const users = await Promise.all(ids.map((id) => prisma.user.findFirst({ where: { id } })));
  return users;
}`,
    env: (s) => ({ PrismaClient: fake.prismaClient(s) }),
    call: 'prisma.user.findMany',
    contains: ['prisma.user.findMany({ where: { id: { in: ids } } })', ' as const'],
  },
  {
    name: 'Mongoose findById (ObjectId keys)',
    code: `import mongoose from 'mongoose';
const UserModel = mongoose.model('User', new mongoose.Schema({}));
export async function load(ids) {
  return Promise.all(ids.map((id) => UserModel.findById(id)));
}`,
    env: (s) => ({ mongoose: fake.mongoose(s) }),
    field: '_id',
    ids: ['c', 'a', 'c', 'zz', new fake.ObjectId('b')],
    call: 'UserModel.find',
    contains: ['UserModel.find({ _id: { $in: ids } })'],
  },
  {
    name: 'MongoDB findOne by _id',
    code: `import { MongoClient } from 'mongodb';
const client = new MongoClient(process.env.MONGO_URL);
const users = client.db('app').collection('users');
export async function load(ids) {
  return Promise.all(ids.map((id) => users.findOne({ _id: id })));
}`,
    env: (s) => ({ MongoClient: fake.mongoClient(s), process: { env: {} } }),
    field: '_id',
    ids: ['c', 'a', 'c', 'zz', new fake.ObjectId('b')],
    call: 'users.find',
    contains: ['users.find({ _id: { $in: ids } }).toArray()'],
  },
  {
    name: "Knex where('id', id).first()",
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function load(ids) {
  return Promise.all(ids.map((id) => db('users').where('id', id).first()));
}`,
    env: (s) => ({ knex: fake.knex(s) }),
    call: "db('users').whereIn",
    contains: ["db('users').whereIn('id', ids)"],
  },
  {
    name: 'TypeORM findOneBy (adds In to the import)',
    code: `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
const userRepository = dataSource.getRepository('User');
export async function load(ids) {
  return Promise.all(ids.map((id) => userRepository.findOneBy({ id })));
}`,
    env: (s) => fake.typeorm(s),
    call: 'userRepository.findBy',
    contains: ["import { DataSource, In } from 'typeorm';", 'userRepository.findBy({ id: In(ids) })'],
  },
  {
    name: 'Drizzle db.query findFirst with eq (adds inArray to the import)',
    code: `import { drizzle } from 'drizzle-orm/node-postgres';
import { eq } from 'drizzle-orm';
import { users } from './schema';
const db = drizzle(process.env.DATABASE_URL);
export async function load(ids) {
  return Promise.all(ids.map((id) => db.query.users.findFirst({ where: eq(users.id, id) })));
}`,
    env: (s) => ({ ...fake.drizzle(s), process: { env: {} } }),
    call: 'db.query.users.findMany',
    contains: ["import { eq, inArray } from 'drizzle-orm';", 'db.query.users.findMany({ where: inArray(users.id, ids) })'],
  },
];

describe('no-n-plus-one: one batched read instead of a read per key', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { output, desc } = fixed(c.code, 'no-n-plus-one');
      expect(desc).toBe(`Read all keys with one \`${c.call}\` and match the rows back to the list.`);
      for (const part of c.contains) expect(output).toContain(part);
      assertParses(output);
      const field = c.field ?? 'id';
      const data = field === '_id' ? ['a', 'b', 'c', 'd'].map((h) => ({ _id: new fake.ObjectId(h), name: h })) : rows(field);
      const ids = c.ids ?? IDS;
      const entry = /function load\((\w+)/.exec(c.code)![1];
      const input = entry === 'orders' ? ids.map((userId) => ({ userId })) : ids;
      const before = fake.store(data);
      const after = fake.store(data);
      const expected = await run(`${c.code}\nreturn load(input);`, { ...c.env(before), input });
      const actual = await run(`${output}\nreturn load(input);`, { ...c.env(after), input });
      expect(actual).toEqual(expected);
      // Same rows, same order, the duplicate twice, the missing key as the one-key read gives it.
      expect((expected as unknown[]).length).toBe(ids.length);
      expect(before.calls).toBe(ids.length);
      expect(after.calls).toBe(1);
      assertClean(output, 'no-n-plus-one');
    });
  }

  it('empty list: no keys, no rows', async () => {
    const c = cases[0];
    const { output } = fixed(c.code, 'no-n-plus-one');
    const s = fake.store(rows());
    expect(await run(`${output}\nreturn load([]);`, c.env(s))).toEqual([]);
  });

  it('names the fix uses are not taken from the surrounding code', () => {
    const { output } = fixed(
      `import { Model } from 'sequelize';
class User extends Model {}
export async function load(rows) {
  return Promise.all(rows.map((row) => User.findOne({ where: { id: row.userId } })));
}`,
      'no-n-plus-one',
    );
    expect(output).toContain(
      ['.then((rows2) => {', '    const byKey = new Map(rows2.map((row2) => [String(row2.id), row2] as const));', '    return rows.map((row) => byKey.get(String(row.userId)) ?? null);', '  })'].join('\n'),
    );
  });
});

describe('no-n-plus-one: no batched read when it could change the meaning', () => {
  const none = (name: string, code: string) =>
    it(name, () => {
      const found = suggestions(code, 'no-n-plus-one');
      expect(found.length).toBeGreaterThan(0);
      expect(found.flat()).toEqual([]);
    });
  const seq = (body: string) => `import { Model } from 'sequelize';\nclass User extends Model {}\nexport async function load(ids, other) {\n  ${body}\n}`;
  none('the key is not the item', seq('return Promise.all(ids.map((id) => User.findByPk(other)));'));
  none('the callback takes the index', seq('return Promise.all(ids.map((id, i) => User.findByPk(id + i)));'));
  none('the callback takes the index even when the key is the item', seq('return Promise.all(ids.map((id, i) => User.findOne({ where: { id } })));'));
  none('two keys in the where clause', seq('return Promise.all(ids.map((id) => User.findOne({ where: { id, tenantId: other } })));'));
  none('other options beside where (the rows could lack the key)', seq("return Promise.all(ids.map((id) => User.findOne({ where: { id }, attributes: ['name'] })));"));
  none('the list is computed (it would be computed twice)', seq('return Promise.all(ids.filter(Boolean).map((id) => User.findByPk(id)));'));
  none('a destructured item', seq('return Promise.all(ids.map(({ id }) => User.findByPk(id)));'));
  none('Prisma findFirstOrThrow: the batched read would not throw', `import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function load(ids) {\n  return Promise.all(ids.map((id) => prisma.user.findFirstOrThrow({ where: { id } })));\n}`);
  none('TypeORM findOneByOrFail: the batched read would not throw', `import { DataSource } from 'typeorm';\nconst ds = new DataSource({});\nconst repo = ds.getRepository('User');\nexport async function load(ids) {\n  return Promise.all(ids.map((id) => repo.findOneByOrFail({ id })));\n}`);
  none('TypeORM: `In` already means something else here', `import { DataSource } from 'typeorm';\nimport { In } from './operators';\nconst ds = new DataSource({});\nconst repo = ds.getRepository('User');\nexport async function load(ids) {\n  return Promise.all(ids.map((id) => repo.findOneBy({ id })));\n}`);
  none('a model of the project (Sequelize, Mongoose or TypeORM: findOne means different things)', `import { User } from '../models';\nexport async function load(ids) {\n  return Promise.all(ids.map((id) => User.findOne({ where: { id } })));\n}`);

  it('Prisma findUnique in Promise.all(map): not reported at all (Prisma batches it)', () => {
    const code = `import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function load(ids) {\n  return Promise.all(ids.map((id) => prisma.user.findUnique({ where: { id } })));\n}`;
    expect(suggestions(code, 'no-n-plus-one')).toEqual([]);
  });
});

describe('no-n-plus-one: a model of the project', () => {
  it('findByPk (only Sequelize has it) is batched through the model', async () => {
    const code = `import { User } from '../models';\nexport async function load(ids) {\n  return Promise.all(ids.map((id) => User.findByPk(id)));\n}`;
    const { output } = fixed(code, 'no-n-plus-one', 'src/services/users.ts');
    assertParses(output);
    const before = fake.store(rows());
    const after = fake.store(rows());
    const User = (s: fake.Store) => class extends fake.sequelizeModel(s) {};
    const expected = await run(`${code}\nreturn load(ids);`, { User: User(before), ids: IDS });
    expect(await run(`${output}\nreturn load(ids);`, { User: User(after), ids: IDS })).toEqual(expected);
    expect([before.calls, after.calls]).toEqual([IDS.length, 1]);
    assertClean(output, 'no-n-plus-one', 'src/services/users.ts');
  });
});

/** `for (const id of ids) { const user = await <read>; … }` with each library's one-key read. */
const loops: Array<Omit<Case, 'contains' | 'code'> & { read: string; head: string }> = [
  { name: 'Sequelize findByPk', head: "import { Model } from 'sequelize';\nclass User extends Model {}", read: 'User.findByPk(id)', env: (s) => ({ Model: fake.sequelizeModel(s) }), call: 'User.findAll' },
  { name: 'Prisma findUnique (not gathered by Prisma in a loop)', head: "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();", read: 'prisma.user.findUnique({ where: { id } })', env: (s) => ({ PrismaClient: fake.prismaClient(s) }), call: 'prisma.user.findMany' },
  { name: 'Mongoose findById', head: "import mongoose from 'mongoose';\nconst UserModel = mongoose.model('User', new mongoose.Schema({}));", read: 'UserModel.findById(id)', env: (s) => ({ mongoose: fake.mongoose(s) }), field: '_id', ids: ['c', 'a', 'c', 'zz', new fake.ObjectId('b')], call: 'UserModel.find' },
  { name: 'MongoDB findOne', head: "import { MongoClient } from 'mongodb';\nconst users = new MongoClient('mongodb://db').db('app').collection('users');", read: 'users.findOne({ _id: id })', env: (s) => ({ MongoClient: fake.mongoClient(s) }), field: '_id', ids: ['c', 'a', 'c', 'zz', new fake.ObjectId('b')], call: 'users.find' },
  { name: 'Knex where({ id }).first()', head: "import knex from 'knex';\nconst db = knex({ client: 'pg' });", read: "db('users').where({ id }).first()", env: (s) => ({ knex: fake.knex(s) }), call: "db('users').whereIn" },
  { name: 'TypeORM findOne({ where })', head: "import { DataSource } from 'typeorm';\nconst repo = new DataSource({ type: 'postgres' }).getRepository('User');", read: 'repo.findOne({ where: { id } })', env: (s) => fake.typeorm(s), call: 'repo.find' },
  { name: 'Drizzle findFirst', head: "import { drizzle } from 'drizzle-orm/node-postgres';\nimport { eq } from 'drizzle-orm';\nimport { users } from './schema';\nconst db = drizzle('postgres://db');", read: 'db.query.users.findFirst({ where: eq(users.id, id) })', env: (s) => fake.drizzle(s), call: 'db.query.users.findMany' },
];

/**
 * The fixed code parses, `load(ids)` gives what the original gave over the same table, with one read
 * instead of one per key, and the rule no longer reports it. Returns the original's result.
 */
async function sameResultWithOneRead(c: (typeof loops)[number], code: string, output: string): Promise<unknown> {
  assertParses(output);
  const field = c.field ?? 'id';
  const data = field === '_id' ? ['a', 'b', 'c', 'd'].map((h) => ({ _id: new fake.ObjectId(h), name: h })) : rows(field);
  const ids = c.ids ?? IDS;
  const before = fake.store(data);
  const after = fake.store(data);
  const expected = await run(`${code}\nreturn load(ids);`, { ...c.env(before), ids });
  expect(await run(`${output}\nreturn load(ids);`, { ...c.env(after), ids })).toEqual(expected);
  expect([before.calls, after.calls]).toEqual([ids.length, 1]);
  assertClean(output, 'no-n-plus-one');
  return expected;
}

describe('no-n-plus-one: a read per key in a for-of loop, read once before it', () => {
  for (const c of loops) {
    it(c.name, async () => {
      const code = `${c.head}\nexport async function load(ids) {\n  const names = [];\n  for (const id of ids) {\n    const user = await ${c.read};\n    names.push(user ? user.name : '-');\n  }\n  return names;\n}`;
      const { output, desc } = fixed(code, 'no-n-plus-one');
      expect(desc).toBe(`Read all keys with one \`${c.call}\` before the loop, then look each one up.`);
      expect(output).toMatch(/ {2}const byKey = await .*\n {2}for \(const id of ids\) \{\n {4}const user = byKey\.get\(String\(id\)\)( \?\? null)?;/);
      const expected = await sameResultWithOneRead(c, code, output);
      expect((expected as string[]).filter((n) => n === '-')).toHaveLength(1);
    });
  }

  it('the look-up keeps its parentheses where `??` would bind wrong', () => {
    const code = `import { Model } from 'sequelize';\nclass User extends Model {}\nexport async function load(orders) {\n  for (const order of orders) {\n    order.label = 'by ' + (await User.findByPk(order.userId)).name;\n  }\n}`;
    const { output } = fixed(code, 'no-n-plus-one');
    expect(output).toContain("order.label = 'by ' + ((byKey.get(String(order.userId)) ?? null)).name;");
    assertParses(output);
  });

  const none = (name: string, code: string) =>
    it(name, () => {
      const found = lint(code, 'no-n-plus-one');
      expect(found.length).toBeGreaterThan(0);
      expect(found.flatMap((m) => m.suggestions ?? [])).toEqual([]);
    });
  const loop = (body: string, head = '') => `import { Model } from 'sequelize';\nclass User extends Model {}\n${head}export async function load(ids) {\n  for (const id of ids) {\n${body}\n  }\n}`;
  none('the loop writes: later reads could see its writes', loop('    const user = await User.findByPk(id);\n    await User.update({ seen: true }, { where: { id: user.managerId } });'));
  none('the loop awaits code that may write', loop('    const user = await User.findByPk(id);\n    await notify(user);'));
  none('the loop changes the list', loop('    const user = await User.findByPk(id);\n    if (user.managerId) ids.push(user.managerId);'));
  none('the read goes through something made in the loop', loop('    const scoped = User.scope(id);\n    const user = await scoped.findByPk(id);\n    console.log(user);'));
  none('for await: the keys arrive one by one', `import { Model } from 'sequelize';\nclass User extends Model {}\nexport async function load(stream) {\n  for await (const id of stream) console.log(await User.findByPk(id));\n}`);
});

describe('no-n-plus-one: a key that may repeat in the table', () => {
  it('the first matching row wins, as with the one-key read', async () => {
    const code = `import { Model } from 'sequelize';\nclass Order extends Model {}\nexport async function latest(users) {\n  return Promise.all(users.map((user) => Order.findOne({ where: { email: user.email } })));\n}`;
    const { output } = fixed(code, 'no-n-plus-one');
    expect(output).toContain('as const).reverse())');
    assertParses(output);
    const table = [{ id: 1, email: 'a' }, { id: 2, email: 'b' }, { id: 3, email: 'a' }];
    const users = [{ email: 'a' }, { email: 'c' }, { email: 'b' }, { email: 'a' }];
    const before = fake.store(table);
    const after = fake.store(table);
    const expected = await run(`${code}\nreturn latest(users);`, { Model: fake.sequelizeModel(before), users });
    expect(expected).toEqual([table[0], null, table[1], table[0]]);
    expect(await run(`${output}\nreturn latest(users);`, { Model: fake.sequelizeModel(after), users })).toEqual(expected);
  });
});

describe('no-n-plus-one: options beside the key', () => {
  const same = async (code: string, env: (s: fake.Store) => Record<string, unknown>, data: Array<Record<string, unknown>>, input: unknown[], expectText: string) => {
    const { output } = fixed(code, 'no-n-plus-one');
    expect(output).toContain(expectText);
    assertParses(output);
    const before = fake.store(data);
    const after = fake.store(data);
    const expected = await run(`${code}\nreturn load(input);`, { ...env(before), input });
    expect(await run(`${output}\nreturn load(input);`, { ...env(after), input })).toEqual(expected);
    expect([before.calls, after.calls]).toEqual([input.length, 1]);
    assertClean(output, 'no-n-plus-one');
    return expected;
  };

  it('Sequelize: a transaction and attributes that name the key go along', async () => {
    const expected = await same(
      `import { Model } from 'sequelize';\nclass User extends Model {}\nexport async function load(ids, t) {\n  return Promise.all(ids.map((id) => User.findOne({ where: { id }, attributes: ['id', 'name'], transaction: t })));\n}`,
      (s) => ({ Model: fake.sequelizeModel(s) }),
      rows().map((r) => ({ ...r, secret: 'x' })),
      IDS,
      "User.findAll({ where: { id: ids }, attributes: ['id', 'name'], transaction: t })",
    );
    expect((expected as Array<Record<string, unknown> | null>)[0]).toEqual({ id: 3, name: 'user 3' });
  });

  it('Prisma: a select that names the key, in a loop', async () => {
    await same(
      `import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function load(ids) {\n  const out = [];\n  for (const id of ids) out.push(await prisma.user.findUnique({ where: { id }, select: { id: true, name: true } }));\n  return out;\n}`,
      (s) => ({ PrismaClient: fake.prismaClient(s) }),
      rows().map((r) => ({ ...r, secret: 'x' })),
      IDS,
      'prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })',
    );
  });

  it('MongoDB: a projection that keeps _id becomes the batched find’s options', async () => {
    await same(
      `import { MongoClient } from 'mongodb';\nconst users = new MongoClient('mongodb://db').db('app').collection('users');\nexport async function load(posts) {\n  return Promise.all(posts.map((post) => users.findOne({ _id: post.author }, { projection: { name: 1 } })));\n}`,
      (s) => ({ MongoClient: fake.mongoClient(s) }),
      ['a', 'b', 'c'].map((h) => ({ _id: new fake.ObjectId(h), name: h, secret: 'x' })),
      [{ author: 'b' }, { author: 'zz' }, { author: 'b' }],
      'users.find({ _id: { $in: posts.map((post) => post.author) } }, { projection: { name: 1 } }).toArray()',
    );
  });

  const none = (name: string, code: string) =>
    it(name, () => {
      const found = lint(code, 'no-n-plus-one');
      expect(found.length).toBeGreaterThan(0);
      expect(found.flatMap((m) => m.suggestions ?? [])).toEqual([]);
    });
  const seq = (body: string) => `import { Model } from 'sequelize';\nclass User extends Model {}\nexport async function load(ids) {\n  ${body}\n}`;
  none('Prisma: a select without the key', `import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function load(ids) {\n  const out = [];\n  for (const id of ids) out.push(await prisma.user.findUnique({ where: { id }, select: { name: true } }));\n  return out;\n}`);
  none('Sequelize: an order picks which row (not carried)', seq("return Promise.all(ids.map((id) => User.findOne({ where: { id }, order: [['createdAt', 'DESC']] })));"));
  none('Sequelize: an include that depends on the item', seq("return Promise.all(ids.map((id) => User.findOne({ where: { id }, include: [{ association: 'posts', where: { authorId: id } }] })));"));
  none('Sequelize: options spread in', seq('return Promise.all(ids.map((id) => User.findOne({ where: { id }, ...defaults })));'));
  none('MongoDB: a projection that drops _id', `import { MongoClient } from 'mongodb';\nconst users = new MongoClient('mongodb://db').db('app').collection('users');\nexport async function load(ids) {\n  return Promise.all(ids.map((id) => users.findOne({ _id: id }, { projection: { _id: 0, name: 1 } })));\n}`);
});

describe('no-n-plus-one: Mongoose reads with .lean() or .exec()', () => {
  for (const [name, tail] of [['lean', '.lean()'], ['exec', '.exec()'], ['lean then exec', '.lean().exec()']]) {
    it(`Promise.all and a loop, with ${name}`, async () => {
      const head = "import mongoose from 'mongoose';\nconst UserModel = mongoose.model('User', new mongoose.Schema({}));\n";
      const shapes = [
        `${head}export async function load(ids) {\n  return Promise.all(ids.map((id) => UserModel.findById(id)${tail}));\n}`,
        `${head}export async function load(ids) {\n  const out = [];\n  for (const id of ids) {\n    const user = await UserModel.findOne({ _id: id })${tail};\n    out.push(user);\n  }\n  return out;\n}`,
      ];
      for (const code of shapes) {
        const { output } = fixed(code, 'no-n-plus-one');
        expect(output).toContain(`UserModel.find({ _id: { $in: ids } })${tail}.then(`);
        assertParses(output);
        const data = ['a', 'b', 'c'].map((h) => ({ _id: new fake.ObjectId(h), name: h }));
        const ids = ['c', 'zz', new fake.ObjectId('a'), 'c'];
        const before = fake.store(data);
        const after = fake.store(data);
        const expected = await run(`${code}\nreturn load(ids);`, { mongoose: fake.mongoose(before), ids });
        expect(await run(`${output}\nreturn load(ids);`, { mongoose: fake.mongoose(after), ids })).toEqual(expected);
        expect([before.calls, after.calls]).toEqual([ids.length, 1]);
        assertClean(output, 'no-n-plus-one');
      }
    });
  }

  it('no fix when something else follows the read (.orFail() throws on a missing row)', () => {
    const code = "import mongoose from 'mongoose';\nconst UserModel = mongoose.model('User', new mongoose.Schema({}));\nexport async function load(ids) {\n  return Promise.all(ids.map((id) => UserModel.findById(id).orFail()));\n}";
    const found = lint(code, 'no-n-plus-one');
    expect(found).toHaveLength(1);
    expect(found.flatMap((m) => m.suggestions ?? [])).toEqual([]);
  });
});

describe('no-n-plus-one: a read per key that opens an async callback of Promise.all, read once before it', () => {
  // Prisma gathers the findUnique calls of one tick itself: not reported in Promise.all, so no fix either.
  for (const c of loops.filter((l) => !l.name.startsWith('Prisma'))) {
    it(c.name, async () => {
      const code = `${c.head}\nexport async function load(ids) {\n  const seen = [];\n  const names = await Promise.all(ids.map(async (id) => {\n    const user = await ${c.read};\n    seen.push(id);\n    return user ? user.name : '-';\n  }));\n  return [names, seen.length];\n}`;
      const { output, desc } = fixed(code, 'no-n-plus-one');
      expect(desc).toBe(`Read all keys with one \`${c.call}\` before \`Promise.all\`, then look each one up.`);
      expect(output).toMatch(/\n {2}const byKey = await .*\n {2}const names = await Promise\.all\(ids\.map\(async \(id\) => \{\n {4}const user = byKey\.get\(String\(id\)\)( \?\? null)?;/);
      const expected = await sameResultWithOneRead(c, code, output);
      expect((expected as [string[]])[0].filter((n) => n === '-')).toHaveLength(1);
    });
  }

  it('inside a block of the function: the read goes just before the statement, in that block', async () => {
    const code = `import { Model } from 'sequelize';\nclass User extends Model {}\nexport async function load(ids, normalize) {\n  let names = [];\n  if (normalize) {\n    names = await Promise.all(ids.map(async (id) => {\n      const user = await User.findByPk(id);\n      return user ? user.name : '-';\n    }));\n  }\n  return names;\n}`;
    const { output } = fixed(code, 'no-n-plus-one');
    expect(output).toContain('  if (normalize) {\n    const byKey = await User.findAll(');
    assertParses(output);
    for (const normalize of [true, false]) {
      const before = fake.store(rows());
      const after = fake.store(rows());
      const expected = await run(`${code}\nreturn load(ids, normalize);`, { Model: fake.sequelizeModel(before), ids: IDS, normalize });
      expect(await run(`${output}\nreturn load(ids, normalize);`, { Model: fake.sequelizeModel(after), ids: IDS, normalize })).toEqual(expected);
      expect([before.calls, after.calls]).toEqual(normalize ? [IDS.length, 1] : [0, 0]);
    }
    assertClean(output, 'no-n-plus-one');
  });

  const none = (name: string, code: string) =>
    it(name, () => {
      const found = lint(code, 'no-n-plus-one');
      expect(found.length).toBeGreaterThan(0);
      expect(found.flatMap((m) => m.suggestions ?? [])).toEqual([]);
    });
  const map = (body: string, around = (all: string) => `return ${all};`, params = 'id') =>
    `import { Model } from 'sequelize';\nclass User extends Model {}\nexport async function load(ids, flag) {\n  ${around(`Promise.all(ids.map(async (${params}) => {\n${body}\n  }))`)}\n}`;
  none('something is awaited before the read: other callbacks may have gone on by then', map('    await audit(id);\n    const user = await User.findByPk(id);\n    return user;'));
  none('the read runs only on one branch', map('    if (id) {\n      const user = await User.findByPk(id);\n      return user;\n    }\n    return null;'));
  none('the callback takes the index too', map('    const user = await User.findByPk(id);\n    return [i, user];', undefined, 'id, i'));
  none('Promise.all runs only on one branch of the statement', map('    const user = await User.findByPk(id);\n    return user;', (all) => `return flag ? ${all} : [];`));
  none('the callback changes the list', map('    const user = await User.findByPk(id);\n    ids.push(user.managerId);\n    return user;'));
});
