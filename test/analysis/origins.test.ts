import { describe, expect, it } from 'vitest';
import { analyze, callNamed } from './helpers';

/** Which library a call reaches, through every way code gets hold of a client. */
const effect = (code: string, callee: string, filename?: string) => {
  const a = analyze(code, filename);
  const e = a.effectOf(callNamed(a, callee));
  return e && { kind: e.kind, lib: e.table.id };
};

describe('origins: which binding comes from which library', () => {
  it.each([
    ['ES import + new', `import { PrismaClient } from '@prisma/client'; const prisma = new PrismaClient(); prisma.user.findMany();`, 'prisma.user.findMany', 'prisma'],
    ['require + destructuring', `const { Pool } = require('pg'); const pool = new Pool(); pool.query('x');`, 'pool.query', 'pg'],
    ['require(...).member', `const pool = new (require('pg').Pool)(); pool.query('x');`, 'pool.query', 'pg'],
    ['re-assignment', `import mysql from 'mysql2/promise'; let conn; conn = await mysql.createConnection({}); conn.execute('x');`, 'conn.execute', 'mysql2'],
    ['default export class', `import Redis from 'ioredis'; const r = new Redis(); r.get('k');`, 'r.get', 'ioredis'],
    ['knex callable client', `import knex from 'knex'; const db = knex({}); db('users').where({ id: 1 });`, "db", 'knex'],
    ['class field initialiser', `import { PrismaClient } from '@prisma/client'; class S { prisma = new PrismaClient(); run() { return this.prisma.post.findMany(); } }`, 'this.prisma.post.findMany', 'prisma'],
    ['constructor-injected TypeORM repository', `import { Repository } from 'typeorm'; class S { constructor(private readonly usersRepository: Repository<User>) {} f() { return this.usersRepository.findOneBy({ id: 1 }); } }`, 'this.usersRepository.findOneBy', 'typeorm'],
    ['NestJS InjectModel by type', `import { Model } from 'mongoose'; class S { constructor(@InjectModel('Cat') private cats: Model<Cat>) {} f() { return this.cats.find(); } }`, 'this.cats.find', 'mongoose'],
    ['PrismaService by conventional type', `import { PrismaService } from './prisma.service'; class S { constructor(private prisma: PrismaService) {} f() { return this.prisma.user.findMany(); } }`, 'this.prisma.user.findMany', 'prisma'],
    ['a Prisma client named for its role, from a module of the project', `import { globalPrismaClient } from '@/prisma-client'; globalPrismaClient.emailOutbox.updateMany({});`, 'globalPrismaClient.emailOutbox.updateMany', 'prisma'],
    ['NestJS RedisService hands out an ioredis client', `import { RedisService } from '@liaoliaots/nestjs-redis'; class S { constructor(private readonly redisService: RedisService) {} f() { const client = this.redisService.getClient(); return client.sismember('k', 'v'); } }`, 'client.sismember', 'ioredis'],
    ['MongoDB collection chain', `import { MongoClient } from 'mongodb'; const client = new MongoClient(url); client.db('app').collection('users').findOne({});`, "client.db('app').collection('users').findOne", 'mongodb'],
    ['Drizzle', `import { drizzle } from 'drizzle-orm/node-postgres'; const db = drizzle(pool); db.select().from(users);`, 'db.select', 'drizzle'],
    ['local database module', `import { db } from '../db'; db.query('select 1');`, 'db.query', 'local-db'],
    ['model imported from models/', `const { User } = require('../models'); User.findByPk(1);`, 'User.findByPk', 'local-model'],
    ['global fetch', `fetch('https://x');`, 'fetch', 'fetch'],
    ['axios default import', `import axios from 'axios'; axios.get('/x');`, 'axios.get', 'axios'],
    ['Stripe resource method', `import Stripe from 'stripe'; const stripe = new Stripe(key); stripe.invoices.retrieve('in_1');`, 'stripe.invoices.retrieve', 'stripe'],
    ['Stripe client injected by its type', `import Stripe from 'stripe'; class Billing { constructor(private readonly payments: Stripe) {} f() { return this.payments.customers.update('cus_1', {}); } }`, 'this.payments.customers.update', 'stripe'],
    ['node:fs namespace', `import * as fs from 'node:fs'; fs.readFileSync('x');`, 'fs.readFileSync', 'fs'],
    ['named import from fs', `import { readFileSync } from 'fs'; readFileSync('x');`, 'readFileSync', 'fs'],
  ])('%s', (_name, code, callee, lib) => {
    expect(effect(code, callee)?.lib).toBe(lib);
  });

  it.each([
    ['a parameter declared as a row is not the client its name suggests', `import { Prisma } from '@prisma/client'; function f(prisma: Prisma.UserGetPayload<{}>) { prisma.user.findMany(); }`, 'prisma.user.findMany'],
    ['a parameter shadows the import', `import fs from 'fs'; function f(fs) { fs.readFileSync('x'); }`, 'fs.readFileSync'],
    ['fs/promises is not blocking', `import { readFile } from 'node:fs/promises'; readFile('x');`, 'readFile'],
    ["class-validator's validateSync only ends in Sync", `import { validateSync } from 'class-validator'; validateSync(dto);`, 'validateSync'],
    ['a Map named cache', `const cache = new Map(); cache.get('k');`, 'cache.get'],
    ["Stripe's webhook signature check is local", `import Stripe from 'stripe'; const stripe = new Stripe(key); stripe.webhooks.constructEvent(body, sig, secret);`, 'stripe.webhooks.constructEvent'],
    ['awaited query result is data, not a client', `import { PrismaClient } from '@prisma/client'; const prisma = new PrismaClient(); const user = await prisma.user.findFirst(); user.posts.find((p) => p.id);`, 'user.posts.find'],
    ['redis pipeline batches commands', `import Redis from 'ioredis'; const r = new Redis(); const p = r.pipeline(); p.get('a');`, 'p.get'],
  ])('no library call: %s', (_name, code, callee) => {
    expect(effect(code, callee)).toBeUndefined();
  });
});
