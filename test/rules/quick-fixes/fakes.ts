/**
 * In-memory fakes of the libraries the quick fixes rewrite: just enough to answer a read by one
 * key and the batched read the fix makes, from an array of rows, counting round trips. Keys are
 * compared as the database compares them once it has coerced the parameter: as text.
 */

export interface Store {
  rows: Array<Record<string, unknown>>;
  calls: number;
}

export function store(rows: Array<Record<string, unknown>>): Store {
  return { rows, calls: 0 };
}

const same = (a: unknown, b: unknown) => a !== undefined && b !== undefined && String(a) === String(b);
const one = (s: Store, field: string, value: unknown) => {
  s.calls++;
  return s.rows.find((r) => same(r[field], value));
};
const many = (s: Store, field: string, values: unknown) => {
  if (!Array.isArray(values)) throw new Error(`expected a list of keys, got ${JSON.stringify(values)}`);
  s.calls++;
  return s.rows.filter((r) => values.some((v) => same(r[field], v)));
};
/** `{ k: v }` with one key. */
const entry = (o: Record<string, unknown>): [string, unknown] => {
  const keys = Object.keys(o);
  if (keys.length !== 1) throw new Error(`expected one key, got ${keys.join(', ')}`);
  return [keys[0], o[keys[0]]];
};
const later = <T>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 0));
/** The fields a selection keeps (`['id', 'name']`, `{ id: true }`, a Mongo projection); all without one. */
const pick = (row: Record<string, unknown> | undefined | null, fields?: string[] | Record<string, unknown>) => {
  if (!row || !fields) return row;
  const names = Array.isArray(fields) ? fields : Object.keys(fields).filter((k) => fields[k]);
  if (!Array.isArray(fields) && '_id' in row && fields._id === undefined) names.push('_id');
  return Object.fromEntries(names.filter((k) => k in row).map((k) => [k, row[k]]));
};

/** Sequelize: a base class whose statics query `s`. */
export function sequelizeModel(s: Store) {
  return class Model {
    static primaryKeyAttribute = 'id';
    static async findByPk(id: unknown, options: { attributes?: string[] } = {}) {
      return pick(one(s, this.primaryKeyAttribute, id), options.attributes) ?? null;
    }
    static async findOne({ where, attributes }: { where: Record<string, unknown>; attributes?: string[] }) {
      const [k, v] = entry(where);
      return pick(Array.isArray(v) ? many(s, k, v)[0] : one(s, k, v), attributes) ?? null;
    }
    static async findAll({ where, attributes }: { where: Record<string, unknown>; attributes?: string[] }) {
      const [k, v] = entry(where);
      return later(many(s, k, v).map((r) => pick(r, attributes)));
    }
  };
}

/** Prisma: `prisma.user.findFirst/findUnique/findMany`. */
export function prismaClient(s: Store) {
  const whereOf = (where: Record<string, unknown>) => entry(where);
  return class PrismaClient {
    user = {
      findFirst: async ({ where, select }: { where: Record<string, unknown>; select?: Record<string, unknown> }) => pick(one(s, ...whereOf(where)), select) ?? null,
      findUnique: async ({ where, select }: { where: Record<string, unknown>; select?: Record<string, unknown> }) => pick(one(s, ...whereOf(where)), select) ?? null,
      findMany: async ({ where, select }: { where: Record<string, { in: unknown[] }>; select?: Record<string, unknown> }) => {
        const [k, v] = whereOf(where);
        return later(many(s, k, (v as { in: unknown[] }).in).map((r) => pick(r, select)));
      },
    };
  };
}

/** An ObjectId: compared by its hex text, never equal to another instance by identity. */
export class ObjectId {
  constructor(readonly hex: string) {}
  toString() {
    return this.hex;
  }
}

/** Mongoose: `mongoose.model(name, schema)` gives a model with findById/findOne/find (thenable queries). */
export function mongoose(s: Store) {
  // A query: thenable, `.exec()` gives a promise, `.lean()` gives plain objects (copies here).
  const query = <T>(run: () => T): { then: (ok: (v: T) => unknown, fail?: (e: unknown) => unknown) => Promise<unknown>; exec: () => Promise<T>; lean: () => unknown } => ({
    then: (ok, fail) => later(null).then(run).then(ok, fail),
    exec: async () => run(),
    lean: () => query(() => {
      const v = run() as unknown;
      return (Array.isArray(v) ? v.map((r) => ({ ...r })) : v && { ...(v as object) }) as T;
    }),
  });
  const model = {
    findById: (id: unknown) => query(() => one(s, '_id', id) ?? null),
    findOne: (filter: Record<string, unknown>) => query(() => one(s, ...entry(filter)) ?? null),
    find: (filter: Record<string, { $in: unknown[] }>) => query(() => {
      const [k, v] = entry(filter);
      return many(s, k, (v as { $in: unknown[] }).$in);
    }),
  };
  return { model: () => model, Schema: class {} };
}

/** MongoDB driver: `new MongoClient(url).db(name).collection(name)`. */
export function mongoClient(s: Store) {
  const collection = {
    findOne: async (filter: Record<string, unknown>, options: { projection?: Record<string, unknown> } = {}) => pick(one(s, ...entry(filter)), options.projection) ?? null,
    find: (filter: Record<string, { $in: unknown[] }>, options: { projection?: Record<string, unknown> } = {}) => ({
      toArray: async () => {
        const [k, v] = entry(filter);
        return later(many(s, k, (v as { $in: unknown[] }).$in).map((r) => pick(r, options.projection)));
      },
    }),
  };
  return class MongoClient {
    db() {
      return { collection: () => collection };
    }
  };
}

/** Knex: `knex(config)('users').where({ id }).first()` and `.whereIn('id', ids)`. */
export function knex(s: Store) {
  return () => () => ({
    where(a: Record<string, unknown> | string, b?: unknown) {
      const [k, v] = typeof a === 'string' ? [a, b] : entry(a);
      return { first: async () => one(s, k, v) };
    },
    whereIn(k: string, v: unknown[]) {
      return { then: (ok: (rows: unknown) => unknown, fail?: (e: unknown) => unknown) => later(null).then(() => many(s, k, v)).then(ok, fail) };
    },
  });
}

/** TypeORM: `new DataSource(opts).getRepository(name)` with findOneBy/findOne/findBy/find, and `In`. */
export function typeorm(s: Store) {
  const IN = Symbol('In');
  const In = (values: unknown[]) => ({ [IN]: values });
  const match = (where: Record<string, unknown>) => {
    const [k, v] = entry(where);
    return v && typeof v === 'object' && IN in v ? later(many(s, k, (v as Record<symbol, unknown[]>)[IN])) : Promise.resolve(one(s, k, v) ?? null);
  };
  const repo = {
    findOneBy: (where: Record<string, unknown>) => match(where),
    findOne: ({ where }: { where: Record<string, unknown> }) => match(where),
    findBy: (where: Record<string, unknown>) => match(where),
    find: ({ where }: { where: Record<string, unknown> }) => match(where),
  };
  return { In, DataSource: class { getRepository() { return repo; } } };
}

/** Drizzle's relational API: `db.query.users.findFirst({ where: eq(users.id, id) })`, `inArray`. */
export function drizzle(s: Store) {
  const users = { id: { name: 'id' } };
  const eq = (col: { name: string }, value: unknown) => ({ op: 'eq', col, value });
  const inArray = (col: { name: string }, values: unknown[]) => ({ op: 'in', col, values });
  type Cond = ReturnType<typeof eq> | ReturnType<typeof inArray>;
  const db = {
    query: {
      users: {
        findFirst: async ({ where }: { where: Cond }) => (where.op === 'eq' ? one(s, where.col.name, (where as ReturnType<typeof eq>).value) : undefined),
        findMany: async ({ where }: { where: Cond }) => (where.op === 'in' ? later(many(s, where.col.name, (where as ReturnType<typeof inArray>).values)) : []),
      },
    },
  };
  return { users, eq, inArray, drizzle: () => db };
}

/** A fake `fetch` that answers JSON by the last path segment, counting requests and how many run at once. */
export function fetchFake() {
  const stats = { calls: 0, running: 0, maxRunning: 0 };
  const fetch = async (url: string) => {
    stats.calls++;
    stats.running++;
    stats.maxRunning = Math.max(stats.maxRunning, stats.running);
    await later(null);
    stats.running--;
    const key = url.split('/').pop();
    return { json: async () => ({ key }) };
  };
  return { fetch, stats };
}

/**
 * Writes, for the batched-write fix: every library's one-row write and its many-row form append
 * to `s.rows` and count one round trip each. The many-row forms that reject an empty list do so here.
 */
export function writers(s: Store) {
  const one = async (row: Record<string, unknown>) => {
    s.calls++;
    await later(null);
    s.rows.push({ ...row });
  };
  const many = async (rows: unknown, emptyFails = false) => {
    if (!Array.isArray(rows)) throw new Error(`expected a list of rows, got ${JSON.stringify(rows)}`);
    if (emptyFails && rows.length === 0) throw new Error('empty batch');
    s.calls++;
    await later(null);
    for (const r of rows) s.rows.push({ ...(r as Record<string, unknown>) });
  };
  const rowOrRows = (v: unknown, emptyFails = false) => (Array.isArray(v) ? many(v, emptyFails) : one(v as Record<string, unknown>));
  const options: unknown[] = [];
  return {
    options,
    PrismaClient: class {
      user = {
        create: async ({ data }: { data: Record<string, unknown> }) => one(data),
        createMany: async ({ data }: { data: unknown[] }) => many(data),
      };
    },
    Model: class {
      static async create(row: Record<string, unknown>, o?: unknown) {
        options.push(o);
        return one(row);
      }
      static async bulkCreate(rows: unknown[], o?: unknown) {
        options.push(o);
        return many(rows);
      }
    },
    MongoClient: class {
      db() {
        return { collection: () => ({ insertOne: (doc: Record<string, unknown>) => one(doc), insertMany: (docs: unknown[]) => many(docs, true) }) };
      }
    },
    knex: () => () => ({ insert: (v: unknown) => rowOrRows(v) }),
    drizzle: () => ({ insert: () => ({ values: (v: unknown) => ({ then: (ok: (x: unknown) => unknown, fail?: (e: unknown) => unknown) => rowOrRows(v, true).then(ok, fail), onConflictDoNothing: () => rowOrRows(v, true) }) }) }),
    users: {},
    DataSource: class {
      getRepository() {
        return { save: (v: unknown) => rowOrRows(v), insert: (v: unknown) => rowOrRows(v, true) };
      }
    },
  };
}
