import { taggedTemplateOf, type CallLike } from '../ast';
import type { LibraryTable } from './types';
import { prisma } from './prisma';
import { typeorm } from './typeorm';
import { sequelize } from './sequelize';
import { mongoose } from './mongoose';
import { mongodb } from './mongodb';
import { knex } from './knex';
import { drizzle, drizzleSqlite } from './drizzle';
import { mikroOrm } from './mikro-orm';
import { slonik } from './slonik';
import { redbeanNode } from './redbean-node';
import { postgresQueryBuilder } from './postgres-query-builder';
import { pg } from './pg';
import { mysql2 } from './mysql2';
import { planetscale } from './planetscale';
import { postgresJs } from './postgres-js';
import { neon } from './neon';
import { vercelPostgres } from './vercel-postgres';
import { supabase } from './supabase';
import { ioredis, nodeRedis } from './redis';
import { axios, got, ky, legacyHttp, nestHttp, nodeFetch, nodeHttp, ofetch, undici, globalFetch } from './http-clients';
import { fs, childProcess, crypto, zlib, bcrypt } from './node-builtins';
import { pino, winston, bunyan } from './loggers';
import { localDatabaseModule, localModelModule } from './local-modules';
import { awsSdk, awsSdkV2, minio } from './aws-sdk';
import { stripe } from './stripe';
import { octokit } from './octokit';
import { baileys } from './baileys';
import { objection } from './objection';
import { leoric } from './leoric';
import { lucid } from './lucid';
import { elasticsearch } from './elasticsearch';
import { firestore } from './firestore';
import { cassandra, neo4j } from './graph-and-wide-column';
import { pgPromise } from './pg-promise';
import { waterline } from './waterline';
import { kysely } from './kysely';
import { agenda, bullmq, namedQueue, postgresQueues } from './queues';
import { cacheManager } from './cache-manager';
import { keyv } from './keyv';
import { namedDataLayer, namedRemoteApi } from './named-data';
import { meteor } from './meteor';
import { payload } from './payload';
import { medusa } from './medusa';
import { clickhouse } from './clickhouse';
import { tinybird } from './tinybird';
import { triggerDev } from './trigger-dev';
import { moleculer } from './moleculer';
import { nestMicroservices } from './nest-microservices';

export type { LibraryTable, LibraryKind, ClientFactory, CreatedResource, DeclaredTypes, ServiceHelpers } from './types';
export { LOCAL_DB_MODULE, LOCAL_MODEL_MODULE } from './local-modules';

export const libraryTables: readonly LibraryTable[] = [
  prisma, typeorm, sequelize, mongoose, mongodb, meteor, payload, medusa, knex, drizzleSqlite, drizzle, mikroOrm, objection, leoric, lucid, waterline, kysely, pg, pgPromise, postgresJs, neon, vercelPostgres, supabase, slonik, postgresQueryBuilder, redbeanNode, mysql2, planetscale, clickhouse, tinybird, elasticsearch, firestore, neo4j, cassandra, ioredis, nodeRedis, bullmq, agenda, postgresQueues, cacheManager, keyv,
  axios, nestHttp, got, ky, ofetch, legacyHttp, undici, nodeFetch, nodeHttp, awsSdk, awsSdkV2, minio, stripe, octokit, baileys, triggerDev, moleculer, nestMicroservices, fs, childProcess, crypto, zlib, bcrypt, pino, winston, bunyan,
  // Known by name only: last, so that any library's own convention wins.
  namedQueue,
];

export { globalFetch, localDatabaseModule, localModelModule };

const byModule = new Map<string, LibraryTable>();
const byId = new Map<string, LibraryTable>();
for (const table of [...libraryTables, globalFetch, localDatabaseModule, localModelModule, namedDataLayer, namedRemoteApi]) {
  byId.set(table.id, table);
  for (const m of table.modules) byModule.set(m, table);
}

/** Specifiers no table names exactly, answered once: a project's own modules are asked about again and again. */
const byShape = new Map<string, LibraryTable | null>();

/** The table for an import specifier, e.g. `node:fs/promises` → none (promise API), `mysql2/promise` → mysql2. */
export function libraryForModule(specifier: string): LibraryTable | undefined {
  const exact = byModule.get(specifier);
  if (exact) return exact;
  let found = byShape.get(specifier);
  if (found === undefined) {
    found = libraryTables.find((t) => t.modulePrefixes?.some((p) => specifier.startsWith(p)) || t.modulePattern?.test(specifier)) ?? null;
    // Bounded: a long editor session sees many specifiers, but a project has a few thousand at most.
    if (byShape.size > 20_000) byShape.clear();
    byShape.set(specifier, found);
  }
  return found ?? undefined;
}

export function libraryById(id: string): LibraryTable | undefined {
  return byId.get(id);
}

/** Sets built once per table so hot lookups are O(1). */
interface TableSets {
  query: ReadonlySet<string>;
  read: ReadonlySet<string>;
  queryExports: ReadonlySet<string>;
  blocking: ReadonlySet<string>;
  transaction: ReadonlySet<string>;
  batch: ReadonlySet<string>;
  close: ReadonlySet<string>;
}
const setsCache = new WeakMap<LibraryTable, TableSets>();

/** The listed names, plus any name of the table's shape (iteration yields the listed names only). */
class PatternSet extends Set<string> {
  constructor(values: readonly string[] | undefined, private readonly pattern: RegExp | undefined) {
    super(values);
  }
  override has(value: string): boolean {
    return super.has(value) || (!!this.pattern && this.pattern.test(value));
  }
}
export function tableSets(table: LibraryTable): TableSets {
  let sets = setsCache.get(table);
  if (!sets) {
    sets = {
      query: new PatternSet(table.queryMethods, table.queryMethodPattern),
      read: new PatternSet(table.readMethods, table.readMethodPattern),
      queryExports: new Set(table.queryExports),
      blocking: new Set(table.blockingExports),
      transaction: new Set(table.transactionMethods),
      batch: new Set(table.batchMethods),
      close: new Set(table.closeMethods),
    };
    setsCache.set(table, sets);
  }
  return sets;
}

/** A library whose utility module `specifier` exports `name` (`Modules`, `ModulesSdkUtils.MedusaService`) in the role asked for. */
export function libraryOfServiceHelper(specifier: string, name: string, role: 'containerKeys' | 'baseClassFactories'): LibraryTable | undefined {
  return libraryTables.find((t) => t.serviceHelpers?.modules.includes(specifier) && t.serviceHelpers[role]?.includes(name));
}

/** Whether a type `name` the library's modules declare is one of its clients (see `clientTypes`). */
export function isClientType(table: LibraryTable, name: string): boolean {
  return !table.clientTypes || table.clientTypes.test(name);
}

/** Tables whose annotation type names identify injected clients (`usersRepository: Repository<User>`). */
export function librariesForTypeName(typeName: string): LibraryTable[] {
  return libraryTables.filter((t) => t.typeNames?.includes(typeName));
}

/** A conventional property/variable name (`this.prisma`, `this.usersRepository`). */
export function libraryForConventionalName(name: string): LibraryTable | undefined {
  return libraryTables.find((t) => t.conventionalNames?.test(name));
}

/** Whether calling a client of `table` this way sends a query: `knex('users')`, or `sql\`…\`` where only the tag form does. */
export function callingSends(table: LibraryTable, call: CallLike): boolean {
  if (table.callableClient === 'tagged') return !!taggedTemplateOf(call);
  return !!table.callableClient && call.type === 'CallExpression' && call.arguments.length > 0;
}

/**
 * `import { db } from '../prisma-client'`: a module of the project whose path only looks like a
 * library's generated client (see `modulePattern`). A generated client exports classes, namespaces
 * and enums, all capitalised, never a lower-case value, so an import of one is the project's own.
 */
export function ownModuleLookingGenerated(specifier: string, imported: string): boolean {
  if (imported === 'default' || imported === '*' || !/^[a-z]/.test(imported) || byModule.has(specifier)) return false;
  return !!libraryTables.find((t) => t.modulePattern?.test(specifier));
}
