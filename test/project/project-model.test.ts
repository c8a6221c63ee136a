import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseSync, visitorKeys } from 'oxc-parser';
import { ResolverFactory } from 'oxc-resolver';
import { describe, expect, it } from 'vitest';
import { DiskFiles, OverlayFiles, type ProjectFiles } from '../../src/project/files';
import type { NativeParts } from '../../src/project/native';
import { ProjectModel } from '../../src/project/project-model';
import { createResolver, findWorkspacePackages } from '../../src/project/resolver';
import { tempDir } from '../support/temp-dir';

/** A project on disk: path → text. */
function project(files: Record<string, string>): string {
  const root = tempDir('perf-coach-project-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const native = { parseSync: parseSync as unknown as NativeParts['parseSync'], visitorKeys: visitorKeys as NativeParts['visitorKeys'] };
const oxc = { ResolverFactory } as unknown as NonNullable<NativeParts['resolver']>;

function model(root: string, files: ProjectFiles = new DiskFiles()) {
  return new ProjectModel(root, files, createResolver(root, oxc), native);
}

describe('module resolution', () => {
  it('follows tsconfig paths, extends and baseUrl', () => {
    const root = project({
      'tsconfig.base.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@app/*': ['src/*'] } } }),
      'tsconfig.json': JSON.stringify({ extends: './tsconfig.base.json' }),
      'src/models/index.ts': 'export * from "./invoice";',
      'src/models/invoice.ts': 'export class Invoice {}',
      'src/api.ts': 'import { Invoice } from "@app/models";',
    });
    const r = createResolver(root, oxc);
    expect(r.resolve(join(root, 'src/api.ts'), '@app/models')).toBe(join(root, 'src/models/index.ts'));
    expect(r.resolve(join(root, 'src/api.ts'), './models/invoice.js')).toBe(join(root, 'src/models/invoice.ts'));
  });

  it('reads tsconfig paths itself when the tsconfig extends a package that is not installed', () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'core', imports: { '#src/*': './build/*' } }),
      // Comments and trailing commas, as tsconfig files have them.
      'tsconfig.json': '{\n  // shared base, not installed\n  "extends": "@acme/ts-config/tsconfig.base",\n  "compilerOptions": { "baseUrl": ".", "paths": { "#src/*": ["src/*"], "~config": ["src/config/index.ts"], }, },\n}',
      'src/queries/roles.ts': 'export const createRolesQueries = () => ({});',
      'src/config/index.ts': 'export const config = {};',
      'src/routes/role.ts': 'import { createRolesQueries } from "#src/queries/roles.js";',
    });
    const r = createResolver(root, oxc);
    const from = join(root, 'src/routes/role.ts');
    expect(r.resolve(from, '#src/queries/roles.js')).toBe(join(root, 'src/queries/roles.ts'));
    expect(r.resolve(from, '~config')).toBe(join(root, 'src/config/index.ts'));
    expect(r.resolve(from, '#src/queries/missing.js')).toBeUndefined();
    expect(r.resolve(from, '@acme/other')).toBeUndefined();
  });

  it("still resolves package imports and relative paths under a tsconfig that extends a package that is not installed", () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'site', type: 'module', imports: { '#models/*': './app/models/*.js' } }),
      'tsconfig.json': JSON.stringify({ extends: '@adonisjs/tsconfig/tsconfig.app.json', compilerOptions: { rootDir: './' } }),
      'app/models/user.ts': 'export default class User {}',
      'app/actions/destroy.ts': "import User from '#models/user';",
    });
    const r = createResolver(root, oxc);
    const from = join(root, 'app/actions/destroy.ts');
    expect(r.resolve(from, '#models/user')).toBe(join(root, 'app/models/user.ts'));
    expect(r.resolve(from, '../models/user.js')).toBe(join(root, 'app/models/user.ts'));
    expect(r.resolve(from, '#models/missing')).toBeUndefined();
  });

  it("takes a bare path from the package's own folders (babel module-resolver's root, NODE_PATH=.)", () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'lrs' }),
      'lib/models/index.js': "export { default as Statement } from './statement';",
      'lib/models/statement.js': 'export default {};',
      'worker/src/handlers/usage.js': "import { Statement } from 'lib/models';",
    });
    const r = createResolver(root, oxc);
    const from = join(root, 'worker/src/handlers/usage.js');
    expect(r.resolve(from, 'lib/models')).toBe(join(root, 'lib/models/index.js'));
    expect(r.resolve(from, 'lib/missing')).toBeUndefined();
    // A package name without a folder of that name stays a package (not found: not installed).
    expect(r.resolve(from, 'lodash/keys')).toBeUndefined();
  });

  it("takes bare paths from the folder NODE_PATH names: the main file's folder, or a script's NODE_PATH=", () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'desk', main: 'server/app.js', scripts: { worker: 'NODE_PATH=jobs:lib node jobs/run.js' } }),
      'server/app.js': 'process.env.NODE_PATH = __dirname;',
      'server/desk.js': 'module.exports = {};',
      'server/controllers/base.js': 'module.exports = class Base {};',
      'lib/queue.js': 'module.exports = {};',
      'plugins/report/controller.js': "const Base = require('controllers/base.js'); const desk = require('desk.js');",
    });
    const r = createResolver(root, oxc);
    const from = join(root, 'plugins/report/controller.js');
    expect(r.resolve(from, 'controllers/base.js')).toBe(join(root, 'server/controllers/base.js'));
    expect(r.resolve(from, 'desk.js')).toBe(join(root, 'server/desk.js'));
    expect(r.resolve(from, 'queue.js')).toBe(join(root, 'lib/queue.js'));
    // A package that is not installed and has no file of that name there stays unresolved.
    expect(r.resolve(from, 'koa')).toBeUndefined();
    expect(r.resolve(from, 'mongoose/lib/schema')).toBeUndefined();
  });

  it("reads a barrel written with babel's export-default-from (`export Statement from './statement'`)", () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'lrs', dependencies: { mongoose: '5' } }),
      'lib/models/index.js': "export Statement from './statement';\nexport * from './helpers';\n",
      'lib/models/statement.js': "import mongoose from 'mongoose';\nexport default mongoose.model('Statement', new mongoose.Schema({}));\n",
      'lib/models/helpers.js': 'export const noop = () => {};\n',
    });
    const m = model(root);
    expect(m.exportOf(join(root, 'lib/models/index.js'), 'Statement')).toMatchObject({ kind: 'client', library: 'mongoose' });
    expect(m.exportOf(join(root, 'lib/models/index.js'), 'missing')).toBeUndefined();
  });

  it("reads a JavaScript project's jsconfig paths", () => {
    const root = project({
      'packages/backend/package.json': JSON.stringify({ name: 'backend', type: 'module' }),
      'packages/backend/jsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/models/*': ['src/models/*'], '@/helpers/*': ['src/helpers/*'] } } }),
      'packages/backend/src/models/app.js': 'export default class App {}',
      'packages/backend/src/helpers/mcp.js': "import App from '@/models/app.js';",
    });
    const r = createResolver(root, oxc);
    const from = join(root, 'packages/backend/src/helpers/mcp.js');
    expect(r.resolve(from, '@/models/app.js')).toBe(join(root, 'packages/backend/src/models/app.js'));
    expect(r.resolve(from, '@/models/missing.js')).toBeUndefined();
  });

  it('finds workspace packages without node_modules, and their sources when main points at an unbuilt dist/', () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'mono', private: true }),
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - \"apps/*\"\n",
      'packages/db/package.json': JSON.stringify({ name: '@acme/db', main: 'dist/index.js' }),
      'packages/db/src/index.ts': 'export const prisma = 1;',
      'packages/db/src/client.ts': 'export const x = 1;',
      'apps/api/package.json': JSON.stringify({ name: '@acme/api' }),
      'apps/api/src/main.ts': '',
    });
    expect([...findWorkspacePackages(root).keys()].sort()).toEqual(['@acme/api', '@acme/db']);
    const r = createResolver(root, oxc);
    const from = join(root, 'apps/api/src/main.ts');
    expect(r.resolve(from, '@acme/db')).toBe(join(root, 'packages/db/src/index.ts'));
    expect(r.resolve(from, '@acme/db/client')).toBe(join(root, 'packages/db/src/client.ts'));
    expect(r.resolve(from, 'lodash')).toBeUndefined();
    expect(r.resolve(from, 'node:fs')).toBeUndefined();
  });

  it('finds the sources of a workspace package kept in lib/ when main points at an unbuilt dist/', () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
      'packages/database/package.json': JSON.stringify({ name: '@acme/database', type: 'module', main: './dist/index.js' }),
      'packages/database/lib/index.ts': 'export default 1;',
      'packages/server/package.json': JSON.stringify({ name: '@acme/server' }),
      'packages/server/lib/main.ts': '',
    });
    const r = createResolver(root, oxc);
    expect(r.resolve(join(root, 'packages/server/lib/main.ts'), '@acme/database')).toBe(join(root, 'packages/database/lib/index.ts'));
  });

  it("follows a workspace package's exports map for a subpath (a path, a pattern, conditions) in a checkout without node_modules", () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*', 'apps/*'] }),
      'packages/supabase/package.json': JSON.stringify({
        name: '@acme/supabase',
        exports: { './storage': './src/utils/storage.ts', './queries/*': './src/queries/*.ts', './server': { types: './dist/server.d.ts', import: './dist/server.js' } },
      }),
      'packages/supabase/src/utils/storage.ts': 'export const upload = 1;',
      'packages/supabase/src/queries/teams.ts': 'export const teams = 1;',
      'packages/supabase/src/server.ts': 'export const server = 1;',
      'apps/api/package.json': JSON.stringify({ name: '@acme/api' }),
      'apps/api/src/main.ts': '',
    });
    const r = createResolver(root, null);
    const from = join(root, 'apps/api/src/main.ts');
    expect(r.resolve(from, '@acme/supabase/storage')).toBe(join(root, 'packages/supabase/src/utils/storage.ts'));
    expect(r.resolve(from, '@acme/supabase/queries/teams')).toBe(join(root, 'packages/supabase/src/queries/teams.ts'));
    expect(r.resolve(from, '@acme/supabase/server')).toBe(join(root, 'packages/supabase/src/server.ts'));
    expect(r.resolve(from, '@acme/supabase/missing')).toBeUndefined();
  });

  it('a project opened through a symlink keeps its paths: resolved modules are named under that root, not their real path', () => {
    const real = project({
      'package.json': JSON.stringify({ name: 'app', private: true }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
      'src/db.ts': 'export const db = 1;',
      'src/routes.ts': '',
    });
    const root = join(tempDir('perf-coach-link-'), 'app');
    symlinkSync(real, root, 'dir');
    const r = createResolver(root, oxc);
    expect(r.resolve(join(root, 'src/routes.ts'), '@/db')).toBe(join(root, 'src/db.ts'));
    expect(r.resolve(join(root, 'src/routes.ts'), './db')).toBe(join(root, 'src/db.ts'));
  });

  it('finds a workspace that sits below the opened folder (a monorepo beside other languages)', () => {
    const root = project({
      'go.mod': 'module example.com/svc',
      'web/package.json': JSON.stringify({ name: 'web', private: true }),
      'web/pnpm-workspace.yaml': 'packages:\n  - "internal/*"\n  - "apps/*"\n',
      'web/internal/db/package.json': JSON.stringify({ name: '@acme/db', main: './src/index.ts' }),
      'web/internal/db/src/index.ts': 'export const db = 1;',
      'web/apps/dashboard/package.json': JSON.stringify({ name: 'dashboard' }),
      'web/apps/dashboard/lib/db.ts': "export * from '@acme/db';",
      'other/package.json': JSON.stringify({ name: 'other' }),
      'other/x.ts': '',
    });
    const r = createResolver(root, oxc);
    expect(r.resolve(join(root, 'web/apps/dashboard/lib/db.ts'), '@acme/db')).toBe(join(root, 'web/internal/db/src/index.ts'));
    // Only files under that workspace see its packages.
    expect(r.resolve(join(root, 'other/x.ts'), '@acme/db')).toBeUndefined();
  });

  it('works without the native resolver: relative paths and workspaces', () => {
    const root = project({ 'package.json': JSON.stringify({ workspaces: ['libs/*'] }), 'libs/q/package.json': JSON.stringify({ name: 'q' }), 'libs/q/index.js': '', 'a/b.ts': '', 'a/c/index.js': '' });
    const r = createResolver(root, null);
    expect(r.resolve(join(root, 'a/b.ts'), './c')).toBe(join(root, 'a/c/index.js'));
    expect(r.resolve(join(root, 'a/b.ts'), 'q')).toBe(join(root, 'libs/q/index.js'));
  });
});

describe('module summaries', () => {
  const root = project({
    'package.json': '{}',
    'src/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = globalThis.prisma ?? new PrismaClient();\nlet cached;\nexport function getPrisma() { if (!cached) cached = new PrismaClient(); return cached; }",
    'src/orders.repo.ts': "import { prisma } from './db';\nexport async function getOrder(code) {\n  return prisma.order.findFirst({ where: { code } });\n}\nexport function format(code) { return code.trim(); }",
    'src/orders.service.ts': "import { getOrder } from './orders.repo';\nexport const loadOrder = (code) => getOrder(code);",
    'src/barrel.ts': "export * from './orders.service';\nexport { getOrder as findOrder } from './orders.repo';\nexport * as repo from './orders.repo';",
    'src/legacy.js': "const { prisma } = require('./db');\nmodule.exports = { byId: (id) => prisma.user.findUnique({ where: { id } }), pure: (x) => x };",
    'src/users.repository.ts': "import { Model } from 'sequelize';\nexport class User extends Model {}\nexport class UsersRepository {\n  async findById(id) { return User.findByPk(id); }\n  static async all() { return User.findAll(); }\n  name() { return 'users'; }\n}\nexport const users = new UsersRepository();",
    'src/cycle-a.ts': "import { b } from './cycle-b';\nexport function a(id) { return b(id); }",
    'src/cycle-b.ts': "import { a } from './cycle-a';\nimport { prisma } from './db';\nexport function b(id) { return id ? prisma.x.findUnique({ where: { id } }) : a(id); }",
    'src/broken.ts': 'export const = ;',
    'src/drizzle-db.ts': "import { drizzle } from 'drizzle-orm/mysql2';\nexport const db = drizzle(pool);\nexport * from './orders.repo';\nexport * from 'drizzle-orm';",
    'src/global-db.ts': "import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';\ntype Database = PostgresJsDatabase<typeof schema>;\nconst g = globalThis as unknown as { db?: Database };\nif (!g.db) g.db = drizzle(url);\nexport const db: Database = g.db;",
  });
  const m = model(root);
  const at = (p: string) => join(root, p);

  it('knows clients, memoising getters and the query a function ends up sending', () => {
    expect(m.exportOf(at('src/db.ts'), 'prisma')).toEqual({ kind: 'client', library: 'prisma' });
    expect(m.exportOf(at('src/db.ts'), 'getPrisma')).toMatchObject({ kind: 'function', returns: { kind: 'client', library: 'prisma' } });
    expect(m.exportOf(at('src/orders.repo.ts'), 'getOrder')).toMatchObject({ kind: 'function', effect: { library: 'prisma', label: 'prisma.order.findFirst', file: 'src/orders.repo.ts', line: 3, via: [] } });
    expect(m.exportOf(at('src/orders.repo.ts'), 'format')).toEqual({ kind: 'function', name: 'format', id: 'src/orders.repo.ts#format' });
    expect(m.exportOf(at('src/orders.service.ts'), 'loadOrder')).toMatchObject({ effect: { file: 'src/orders.repo.ts', line: 3, via: ['getOrder'] } });
  });

  it('follows export *, renamed re-exports and namespaces', () => {
    expect(m.exportOf(at('src/barrel.ts'), 'loadOrder')).toMatchObject({ kind: 'function', effect: { label: 'prisma.order.findFirst' } });
    expect(m.exportOf(at('src/barrel.ts'), 'findOrder')).toMatchObject({ kind: 'function', name: 'getOrder' });
    expect(m.exportOf(at('src/barrel.ts'), 'repo')).toEqual({ kind: 'namespace', file: at('src/orders.repo.ts') });
    expect(m.importedExport(at('src/x.ts'), './barrel', 'nothing')).toBeUndefined();
  });

  it('CommonJS modules that add to another module\'s exports (require(\'./auth\')(User)) and a named exports object', () => {
    const cjs = project({
      'package.json': '{}',
      'src/database.js': "const { PrismaClient } = require('@prisma/client');\nmodule.exports = new PrismaClient();",
      'src/user/index.js': "const db = require('../database');\nconst User = module.exports;\nUser.byId = async function (id) { return db.user.findUnique({ where: { id } }); };\nrequire('./auth')(User);",
      'src/user/auth.js': "const db = require('../database');\nmodule.exports = function (User) {\n  User.auth = {};\n  User.auth.getSessions = async function (uid) { return db.session.findMany({ where: { uid } }); };\n  User.auth.format = function (s) { return s.id; };\n  User.logout = async function (uid) { return db.session.deleteMany({ where: { uid } }); };\n};",
    });
    const cm = model(cjs);
    const index = join(cjs, 'src/user/index.js');
    expect(cm.exportOf(index, 'byId')).toMatchObject({ kind: 'function', effect: { label: 'db.user.findUnique' } });
    expect(cm.exportOf(index, 'auth')).toMatchObject({ kind: 'object', members: { getSessions: { kind: 'function', effect: { label: 'db.session.findMany', file: 'src/user/auth.js' } } } });
    expect(cm.exportOf(index, 'logout')).toMatchObject({ kind: 'function', effect: { label: 'db.session.deleteMany' } });
    expect(cm.exportOf(index, 'nothing')).toBeUndefined();
  });

  it('a declared type that is a type alias of the module names what the alias names', () => {
    expect(m.exportOf(at('src/global-db.ts'), 'db')).toEqual({ kind: 'client', library: 'drizzle' });
  });

  it('a name no project module exports comes from the library the module passes on whole', () => {
    // `eq` is drizzle-orm's operator, not the module's database handle `db`.
    expect(m.exportOf(at('src/drizzle-db.ts'), 'eq')).toEqual({ kind: 'library', specifier: 'drizzle-orm', name: 'eq' });
    expect(m.exportOf(at('src/drizzle-db.ts'), 'db')).toEqual({ kind: 'client', library: 'drizzle' });
    // The project's own star comes first.
    expect(m.exportOf(at('src/drizzle-db.ts'), 'getOrder')).toMatchObject({ kind: 'function', name: 'getOrder' });
  });

  it('a factory of query functions: what the function it makes does (`buildFind(pool)(table)`)', () => {
    const f = project({
      'package.json': '{}',
      'src/find.ts': "import type { CommonQueryMethods } from 'slonik';\nimport { sql } from 'slonik';\nexport const buildFind = (pool: CommonQueryMethods) => (table: string) => {\n  const t = table;\n  return async (id: string) => pool.one(sql`select * from ${t} where id = ${id}`);\n};",
      'src/roles.ts': "import type { CommonQueryMethods } from 'slonik';\nimport { buildFind } from './find';\nexport const makeRoles = (pool: CommonQueryMethods) => {\n  const findRoleById = buildFind(pool)('roles');\n  const roleHeadingText = (name: string) => name.toUpperCase();\n  return { findRoleById, roleHeadingText };\n};",
      'src/labels.ts': 'export function describeRoleLabel(name: string) { return name.trim(); }',
      'src/labels-query.ts': "import { sql } from 'slonik';\nimport type { CommonQueryMethods } from 'slonik';\nexport class Labels {\n  constructor(private readonly pool: CommonQueryMethods) {}\n  describeRoleLabel(name: string) { return this.pool.one(sql`select 1`); }\n}",
      'src/__mocks__/roles.ts': 'export const mockRoles = { findRoleById: async (id: string) => ({ id }) };',
      'src/roles.test.ts': 'const findRoleById = async (id: string) => ({ id });',
    });
    const fm = model(f);
    expect(fm.exportOf(join(f, 'src/find.ts'), 'buildFind')).toMatchObject({ kind: 'function', returns: { kind: 'function', returns: { kind: 'function', effect: { label: 'pool.one', line: 5 } } } });
    // By name, for values nothing follows: every runtime definition queries (mocks and tests do not count).
    expect(fm.functionNamed('findRoleById')).toMatchObject({ name: 'findRoleById', effect: { label: 'pool.one', file: 'src/find.ts' } });
    // Two definitions, one a formatter: the name alone does not say which runs.
    expect(fm.functionNamed('describeRoleLabel')).toBeUndefined();
    // Defined, but sends nothing; and a name too short to be the project's own.
    expect(fm.functionNamed('roleHeadingText')).toBeUndefined();
    expect(fm.functionNamed('findById')).toBeUndefined();
  });

  it('a function found by name follows an edit of the file that defines it (open buffers)', () => {
    const root = project({
      'package.json': '{}',
      'src/roles.ts': "import type { CommonQueryMethods } from 'slonik';\nimport { sql } from 'slonik';\nexport const makeRoles = (pool: CommonQueryMethods) => ({\n  findRoleById: async (id: string) => pool.one(sql`select 1`),\n});",
    });
    const files = new OverlayFiles(new DiskFiles());
    const m = model(root, files);
    expect(m.functionNamed('findRoleById')).toMatchObject({ effect: { label: 'pool.one' } });
    files.set(join(root, 'src/roles.ts'), "export const makeRoles = () => ({\n  findRoleById: async (id: string) => ({ id }),\n});");
    expect(m.functionNamed('findRoleById')).toBeUndefined();
  });

  it('reads CommonJS exports', () => {
    expect(m.exportOf(at('src/legacy.js'), 'byId')).toMatchObject({ kind: 'function', effect: { label: 'prisma.user.findUnique' } });
    expect(m.exportOf(at('src/legacy.js'), 'pure')).toEqual({ kind: 'function', name: 'pure', id: 'src/legacy.js#pure' });
    expect(m.exportOf(at('src/legacy.js'), 'default')).toMatchObject({ kind: 'object' });
  });

  it('summarises models, classes, their methods and exported instances', () => {
    expect(m.exportOf(at('src/users.repository.ts'), 'User')).toMatchObject({ kind: 'class', client: 'sequelize' });
    const repo = m.exportOf(at('src/users.repository.ts'), 'UsersRepository');
    expect(repo).toMatchObject({ kind: 'class', file: at('src/users.repository.ts'), methods: { findById: { isStatic: false }, all: { isStatic: true }, name: { isStatic: false } } });
    // What a method does is asked only when it is called.
    expect(m.methodEffect(at('src/users.repository.ts'), 'UsersRepository', 'findById')).toMatchObject({ label: 'User.findByPk', line: 4 });
    expect(m.methodEffect(at('src/users.repository.ts'), 'UsersRepository', 'name')).toBeUndefined();
    expect(m.methodEffect(at('src/users.repository.ts'), 'UsersRepository', 'missing')).toBeUndefined();
    expect(m.exportOf(at('src/users.repository.ts'), 'users')).toMatchObject({ kind: 'instance', of: { name: 'UsersRepository' } });
  });

  it('survives cycles, parse errors and missing files', () => {
    expect(m.exportOf(at('src/cycle-a.ts'), 'a')).toMatchObject({ kind: 'function', effect: { label: 'prisma.x.findUnique', via: ['b'] } });
    expect(m.exportOf(at('src/broken.ts'), 'x')).toBeUndefined();
    expect(m.summaryOf(at('src/broken.ts'))).toBeUndefined();
    expect(m.summaryOf(at('src/missing.ts'))).toBeUndefined();
    expect(m.stats.parseErrors).toBeGreaterThan(0);
  });

  it('gives the same answers whatever was asked first', () => {
    const forward = model(root);
    const backward = model(root);
    const questions: Array<[string, string]> = [['src/cycle-a.ts', 'a'], ['src/cycle-b.ts', 'b'], ['src/barrel.ts', 'loadOrder'], ['src/orders.service.ts', 'loadOrder']];
    const ask = (mm: ProjectModel, qs: Array<[string, string]>) => Object.fromEntries(qs.map(([f, n]) => [`${f}#${n}`, mm.exportOf(at(f), n)]));
    expect(ask(backward, [...questions].reverse())).toEqual(ask(forward, questions));
  });
});

describe('clients a module hands over at run time', () => {
  const root = project({
    'package.json': JSON.stringify({ dependencies: { mongodb: '6', bullmq: '5' } }),
    // A database module that sets its handle when it connects and fills a registry of collections then.
    'db.js': [
      "const mongodb = require('mongodb');",
      'exports.collections = {};',
      'exports.labels = {};',
      'exports.init = function (url) { exports._db = new mongodb.MongoClient(url).db("app"); };',
      'exports.cache = async function () {',
      '  for (const c of await exports._db.collections()) {',
      '    exports.collections[c.collectionName] = exports._db.collection(c.collectionName);',
      '    exports.labels[c.collectionName] = c.collectionName.toUpperCase();',
      '  }',
      '};',
    ].join('\n'),
    // A cron module handed its queue by the module that makes it.
    'cron.js': "module.exports = (queue) => { return async (ids) => { for (const id of ids) await queue.add('job', { id }); }; };",
    'jobs.js': "function start(q) { return q; }\nmodule.exports = { start };",
    'setup.js': "const { Queue } = require('bullmq');\nconst cron = require('./cron');\nconst jobs = require('./jobs');\ncron(new Queue('a'));\njobs.start(new Set());",
  });
  const at = (p: string) => join(root, p);

  it('a registry filled under computed keys: each member is what the module put there', () => {
    expect(model(root).exportOf(at('db.js'), 'collections')).toEqual({ kind: 'object', members: {}, every: { kind: 'client', library: 'mongodb' } });
    // Filled with plain values: nothing the rules use.
    expect(model(root).exportOf(at('db.js'), 'labels')).toEqual({ kind: 'value' });
  });

  it('the client another module hands an exported function, whatever was asked first', () => {
    const m = model(root);
    expect(m.valueHandedTo(at('cron.js'), 'default', 0)).toEqual({ kind: 'client', library: 'bullmq' });
    // A `Set` handed in is no client; an argument nobody passes tells nothing.
    expect(m.valueHandedTo(at('jobs.js'), 'start', 0)).toBeUndefined();
    expect(m.valueHandedTo(at('cron.js'), 'default', 1)).toBeUndefined();
    const other = model(root);
    expect(other.exportOf(at('setup.js'), 'default')).toBeDefined();
    expect(other.valueHandedTo(at('cron.js'), 'default', 0)).toEqual({ kind: 'client', library: 'bullmq' });
  });
});

describe('instances of project classes handed in', () => {
  const root = project({
    'package.json': JSON.stringify({ dependencies: { mongodb: '6' } }),
    'lib/db.js': "const { MongoClient } = require('mongodb');\nmodule.exports.database = new MongoClient('mongodb://x').db('mail');",
    'lib/message-handler.js': "const db = require('./db');\nclass MessageHandler {\n  async del(m) { await db.database.collection('messages').deleteOne({ _id: m._id }); }\n}\nmodule.exports = MessageHandler;",
    // In memory only: an instance is handed, but nothing it does is a query.
    'lib/flags.js': 'class Flags {\n  constructor() { this.seen = new Set(); }\n  mark(id) { this.seen.add(id); }\n}\nmodule.exports = { Flags };',
    // A task handed its handlers in an options object, and a class given one by its constructor.
    'lib/task.js': 'module.exports = (task, options) => options;',
    'lib/purger.js': 'class Purger {\n  constructor(handler) { this.handler = handler; }\n}\nmodule.exports = Purger;',
    'worker.js': [
      "const MessageHandler = require('./lib/message-handler');",
      "const { Flags } = require('./lib/flags');",
      "const runTask = require('./lib/task');",
      "const Purger = require('./lib/purger');",
      'let messageHandler;',
      'function start() { messageHandler = new MessageHandler(); }',
      'function onTask(task) { return runTask(task, { messageHandler, flags: new Flags() }); }',
      'const purger = () => new Purger(messageHandler);',
      'module.exports = { start, onTask, purger };',
    ].join('\n'),
  });
  const at = (p: string) => join(root, p);

  it('at a key of an options object, at a position, and to a constructor', () => {
    const m = model(root);
    expect(m.valueHandedTo(at('lib/task.js'), 'default', 1, 'messageHandler')).toMatchObject({ kind: 'instance', of: { kind: 'class', methods: { del: expect.anything() } } });
    expect(m.valueHandedTo(at('lib/purger.js'), 'default', 0)).toMatchObject({ kind: 'instance', of: { kind: 'class', methods: { del: expect.anything() } } });
    // A key nobody passes tells nothing.
    expect(m.valueHandedTo(at('lib/task.js'), 'default', 1, 'mailboxHandler')).toBeUndefined();
  });
});

describe('a command-line worker that polls until it is stopped', () => {
  const root = project({
    'package.json': JSON.stringify({ dependencies: { '@prisma/client': '5' } }),
    'lib/prisma.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();",
    'lib/refresh.ts': "import { prisma } from './prisma';\nexport async function refreshOwner(id: number) { return prisma.link.findMany({ where: { ownerId: id } }); }\nexport async function reportOwner(id: number) { return prisma.owner.findUnique({ where: { id } }); }",
    'bin/worker.ts': [
      '#!/usr/bin/env node',
      "import { refreshOwner, reportOwner } from '../lib/refresh';",
      'async function processJob() { await refreshOwner(1); return true; }',
      'async function loop() { while (true) { const done = await processJob(); if (!done) await new Promise((r) => setTimeout(r, 1000)); } }',
      "if (process.argv.includes('--loop')) void loop();",
      'else void reportOwner(Number(process.argv[2]));',
    ].join('\n'),
  });
  const at = (p: string) => join(root, p);

  it("what its loop reaches runs again and again; what it calls once, once", () => {
    const m = model(root);
    expect(m.reachOf(at('lib/refresh.ts'), 'refreshOwner')).toMatchObject({ kind: 'hot', entry: expect.stringContaining('`loop`') });
    expect(m.reachOf(at('lib/refresh.ts'), 'reportOwner')).toMatchObject({ kind: 'cold' });
  });
});

describe('function types handed in as dependencies', () => {
  const root = project({
    'src/domain/operations.ts': [
      'export type GetStream = (id: string) => Promise<unknown>;',
      'export type GetRegionKey = (id: string) => Promise<string | null>;',
      'export type GetTree = (id: string) => Promise<unknown[]>;',
      'export type CountUsers = () => Promise<number>;',
    ].join('\n'),
    'src/repositories/users.ts': ["import knex from 'knex';", "import type { CountUsers } from '../domain/operations';", "const db = knex({ client: 'pg' });", "export const countUsers: CountUsers = async () => Number((await db('users').count())[0]);"].join('\n'),
    'src/repositories/streams.ts': [
      "import knex, { type Knex } from 'knex';",
      "import type { GetStream, GetTree } from '../domain/operations';",
      "export const getStreamFactory = (deps: { db: Knex }): GetStream => async (id) => deps.db('streams').where({ id }).first();",
      // An implementation that takes another of its own type: a cycle, cut short, never kept half-answered.
      "export const getTreeFactory = (deps: { getTree: GetTree; db: Knex }): GetTree => async (id) => [await deps.db('nodes').where({ id }).first(), ...(await deps.getTree(id))];",
    ].join('\n'),
    'src/regions/memory.ts': ["import type { GetRegionKey } from '../domain/operations';", 'const keys = new Map<string, string>();', 'export const memoryRegionKeyFactory = (): GetRegionKey => async (id) => keys.get(id) ?? null;'].join('\n'),
    'test/users.spec.ts': ["import knex from 'knex';", "import type { CountUsers } from '../src/domain/operations';", "const db = knex({ client: 'sqlite3' });", "export const fakeCount: CountUsers = async () => Number((await db('fixtures').count())[0]);"].join('\n'),
  });
  const at = (p: string) => join(root, p);

  it("answers from the implementations in the modules that import the type, not from test doubles", () => {
    const m = model(root);
    expect(m.signatureEffect(at('src/domain/operations.ts'), 'GetStream')).toMatchObject({ kind: 'query', library: 'knex', file: 'src/repositories/streams.ts' });
    expect(m.signatureEffect(at('src/domain/operations.ts'), 'GetRegionKey')).toBeUndefined();
    expect(m.signatureEffect(at('src/domain/operations.ts'), 'CountUsers')).toMatchObject({ kind: 'query', library: 'knex', file: 'src/repositories/users.ts' });
    expect(m.exportOf(at('src/domain/operations.ts'), 'GetStream')).toMatchObject({ kind: 'function', signatureOf: at('src/domain/operations.ts') });
  });

  it('gives the same answer whatever was asked first, through an implementation that calls its own type', () => {
    const first = model(root);
    const tree = first.signatureEffect(at('src/domain/operations.ts'), 'GetTree');
    const second = model(root);
    second.exportOf(at('src/repositories/streams.ts'), 'getTreeFactory');
    expect(second.signatureEffect(at('src/domain/operations.ts'), 'GetTree')).toEqual(tree);
    expect(tree).toMatchObject({ kind: 'query', library: 'knex' });
  });
});

describe('the disk', () => {
  it('is checked once per pass (one file linted, one editor request), and a new pass sees a change', () => {
    const root = project({ 'src/a.ts': 'export const a = 1;' });
    const files = new DiskFiles();
    const path = join(root, 'src/a.ts');
    files.newPass();
    expect(files.read(path)).toBe('export const a = 1;');
    writeFileSync(path, 'export const a = 22;');
    // Same pass: the text it already checked (a pass is one question; the disk is not re-read within it).
    expect(files.read(path)).toBe('export const a = 1;');
    files.newPass();
    expect(files.read(path)).toBe('export const a = 22;');
    expect(files.read(join(root, 'src/missing.ts'))).toBeUndefined();
    writeFileSync(join(root, 'src/missing.ts'), 'export {};');
    files.newPass();
    expect(files.read(join(root, 'src/missing.ts'))).toBe('export {};');
  });
});

describe('open buffers', () => {
  it('win over the disk, and a changed buffer gives a new summary', () => {
    const root = project({ 'package.json': '{}', 'src/db.ts': "import { Pool } from 'pg';\nexport const pool = new Pool();", 'src/repo.ts': "import { pool } from './db';\nexport const get = (id) => pool.query('SELECT 1', [id]);" });
    const files = new OverlayFiles(new DiskFiles());
    const m = model(root, files);
    expect(m.exportOf(join(root, 'src/repo.ts'), 'get')).toMatchObject({ effect: { library: 'pg' } });
    files.set(join(root, 'src/repo.ts'), 'export const get = (id) => id;');
    expect(m.exportOf(join(root, 'src/repo.ts'), 'get')).toEqual({ kind: 'function', name: 'get', id: 'src/repo.ts#get' });
    files.delete(join(root, 'src/repo.ts'));
    expect(m.exportOf(join(root, 'src/repo.ts'), 'get')).toMatchObject({ effect: { library: 'pg' } });
  });

  it('an edit two modules away reaches the summary that embeds it, and the dependency list names it every time', () => {
    const root = project({
      'package.json': '{}',
      'src/db.ts': "import { Pool } from 'pg';\nexport const pool = new Pool();",
      'src/repo.ts': "import { pool } from './db';\nexport const get = (id) => pool.query('SELECT 1', [id]);",
      'src/service.ts': "import { get } from './repo';\nexport const load = (id) => get(id);",
    });
    const files = new OverlayFiles(new DiskFiles());
    const m = model(root, files);
    const at = (p: string) => join(root, p);
    let stop = m.record();
    expect(m.exportOf(at('src/service.ts'), 'load')).toMatchObject({ effect: { library: 'pg', via: ['get'] } });
    expect(stop()).toEqual([at('src/db.ts'), at('src/repo.ts'), at('src/service.ts')]);
    // The repository stops querying; service.ts is unchanged, and its cached summary must not be.
    files.set(at('src/repo.ts'), 'export const get = (id) => ({ id });');
    stop = m.record();
    expect(m.exportOf(at('src/service.ts'), 'load')).toEqual({ kind: 'function', name: 'load', id: 'src/service.ts#load' });
    expect(stop()).toEqual([at('src/repo.ts'), at('src/service.ts')]);
    files.delete(at('src/repo.ts'));
    stop = m.record();
    expect(m.exportOf(at('src/service.ts'), 'load')).toMatchObject({ effect: { library: 'pg' } });
    expect(stop()).toEqual([at('src/db.ts'), at('src/repo.ts'), at('src/service.ts')]);
  });

  it('the importer index follows the text the editor analysed', () => {
    const root = project({ 'package.json': '{}', 'src/a.ts': "import { x } from './b';", 'src/b.ts': 'export const x = 1;', 'src/c.ts': 'export const y = 2;' });
    const m = model(root);
    expect([...m.importers.importersOf(join(root, 'src/b.ts'))]).toEqual([join(root, 'src/a.ts')]);
    m.importers.update(join(root, 'src/a.ts'), "import { y } from './c';");
    expect([...m.importers.importersOf(join(root, 'src/b.ts'))]).toEqual([]);
    expect([...m.importers.importersOf(join(root, 'src/c.ts'))]).toEqual([join(root, 'src/a.ts')]);
  });

  it('how often a function runs follows edits of its callers, and a caller that starts importing it', () => {
    const root = project({
      'package.json': JSON.stringify({ dependencies: { express: '4' } }),
      'src/orders.ts': 'export async function loadAll(ids) { return ids; }',
      'src/boot.ts': "import { loadAll } from './orders';\nloadAll([]);",
      'src/api.ts': 'export const version = 1;',
      'src/admin.ts': "import * as orders from './orders';\nexport const admin = orders;",
    });
    const files = new OverlayFiles(new DiskFiles());
    const m = model(root, files);
    const at = (p: string) => join(root, p);
    // As the editor host does on each request: the open buffers over the disk, handed to the index too.
    const buffers: Record<string, string> = {};
    const edit = (p: string, text: string | undefined) => {
      if (text === undefined) delete buffers[at(p)];
      else buffers[at(p)] = text;
      files.replaceAll(buffers);
      m.importers.noteTexts(buffers);
      if (text !== undefined) m.importers.update(at(p), text);
    };
    const route = (call: string) => `import express from 'express';\nimport { loadAll } from './orders';\nconst router = express.Router();\nrouter.post('/orders', async (req, res) => { res.json(await ${call}); });\nexport default router;`;
    expect(m.reachOf(at('src/orders.ts'), 'loadAll')).toMatchObject({ kind: 'cold' });
    // The only caller, edited in its buffer: it now calls the function from a route.
    edit('src/boot.ts', route('loadAll(req.body.ids)'));
    expect(m.reachOf(at('src/orders.ts'), 'loadAll')).toMatchObject({ kind: 'hot', entry: expect.stringContaining('/orders') });
    // Its buffer closed unsaved: the disk's text again.
    edit('src/boot.ts', undefined);
    expect(m.reachOf(at('src/orders.ts'), 'loadAll')).toMatchObject({ kind: 'cold' });
    // A module that imports the whole module, without naming the function, starts to call it (same imports).
    edit('src/admin.ts', "import express from 'express';\nimport * as orders from './orders';\nconst router = express.Router();\nrouter.post('/admin', async (req, res) => { res.json(await orders.loadAll(req.body.ids)); });\nexport default router;");
    expect(m.reachOf(at('src/orders.ts'), 'loadAll')).toMatchObject({ kind: 'hot', entry: expect.stringContaining('/admin') });
    edit('src/admin.ts', undefined);
    expect(m.reachOf(at('src/orders.ts'), 'loadAll')).toMatchObject({ kind: 'cold' });
    // A module that did not import it starts to.
    edit('src/api.ts', route('loadAll(req.body.ids)'));
    expect(m.reachOf(at('src/orders.ts'), 'loadAll')).toMatchObject({ kind: 'hot' });
  });

  it('the client handed to a function follows an edit of the module that hands it', () => {
    const root = project({
      'package.json': JSON.stringify({ dependencies: { bullmq: '5' } }),
      'cron.js': "module.exports = (queue) => async (ids) => { for (const id of ids) await queue.add('job', { id }); };",
      'setup.js': "const cron = require('./cron');\ncron(new Set());",
    });
    const files = new OverlayFiles(new DiskFiles());
    const m = model(root, files);
    expect(m.valueHandedTo(join(root, 'cron.js'), 'default', 0)).toBeUndefined();
    const edited = "const { Queue } = require('bullmq');\nconst cron = require('./cron');\ncron(new Queue('a'));";
    files.set(join(root, 'setup.js'), edited);
    m.importers.noteTexts({ [join(root, 'setup.js')]: edited });
    expect(m.valueHandedTo(join(root, 'cron.js'), 'default', 0)).toEqual({ kind: 'client', library: 'bullmq' });
  });

  it('records which summaries an analysis read', () => {
    const root = project({ 'package.json': '{}', 'a.ts': "export * from './b';", 'b.ts': 'export const x = 1;' });
    const m = model(root);
    const stop = m.record();
    m.exportOf(join(root, 'a.ts'), 'x');
    expect(stop()).toEqual([join(root, 'a.ts'), join(root, 'b.ts')]);
  });
});
