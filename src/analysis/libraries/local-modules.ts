import type { LibraryTable } from './types';
import { prisma } from './prisma';
import { typeorm } from './typeorm';
import { sequelize } from './sequelize';
import { mongoose } from './mongoose';
import { knex } from './knex';
import { drizzle } from './drizzle';
import { pg } from './pg';
import { mysql2 } from './mysql2';
import { mikroOrm } from './mikro-orm';
import { objection } from './objection';

/*
 * Most real code reaches its database through a module of its own (`import { db } from '../db'`,
 * `const { User } = require('../models')`). The analysis cannot see across files, so these two
 * tables describe such local modules by their path, and only match calls of methods the database
 * libraries really have.
 */

const dbLibraries = [prisma, typeorm, sequelize, mongoose, knex, drizzle, pg, mysql2, mikroOrm];
const union = (pick: (t: LibraryTable) => readonly string[] | undefined) => [...new Set(dbLibraries.flatMap((t) => pick(t) ?? []))];

/** `import { db } from './db'`, `import pool from '../database'`, `const prisma = require('./lib/prisma')`. */
export const localDatabaseModule: LibraryTable = {
  id: 'local-db',
  name: 'database module',
  modules: [],
  kind: 'orm',
  callableClient: true,
  // `get`/`set`/`remove`: a key-value store behind the module (ueberdb, level, keyv-like wrappers).
  queryMethods: [...union((t) => t.queryMethods), 'get', 'set', 'remove'],
  readMethods: [...union((t) => t.readMethods), 'get'],
  transactionMethods: union((t) => t.transactionMethods),
  closeMethods: [],
  // A data layer of the project's own (NodeBB's `db.getSortedSetRevRange`, `db.setObjectField`):
  // a verb of data access followed by what it reads or writes. Not the getters of a handle.
  queryMethodPattern: /^(?!(get|create)(Connection|Client|Pool|Transaction|Session|Instance|Db|Database|Knex|Config|Options)$)(get|set|is|has|exists|find|count|list|load|fetch|search|add|insert|create|update|upsert|delete|remove|increment|decrement|sorted|push|pop|rename)[A-Z]\w*$/,
  readMethodPattern: /^(?!(get)(Connection|Client|Pool|Transaction|Session|Instance|Db|Database|Knex|Config|Options)$)(get|is|has|exists|find|count|list|load|fetch|search)[A-Z]\w*$/,
};

/** Model classes imported from a models/entities folder: `User.findByPk(id)`, `Order.find({...})`. */
export const localModelModule: LibraryTable = {
  id: 'local-model',
  name: 'model',
  modules: [],
  kind: 'orm',
  // Objection's own entry, `query()`, is left out (too common a name): its chains end in a query method.
  queryMethods: union((t) => (t === sequelize || t === mongoose || t === typeorm || t === objection ? t.queryMethods : [])).filter((m) => m !== 'query'),
  readMethods: union((t) => (t === sequelize || t === mongoose || t === typeorm || t === objection ? t.readMethods : [])).filter((m) => m !== 'query'),
  rowMethods: union((t) => (t === sequelize || t === mongoose ? t.rowMethods : [])),
  listReads: union((t) => (t === sequelize || t === mongoose ? t.listReads : [])),
  // Only Sequelize has `findByPk`; `findOne` and `findById` mean different things per library.
  batchReads: { findByPk: sequelize.batchReads!.findByPk },
};

/** Relative module paths whose last segment names a database handle. */
export const LOCAL_DB_MODULE = /(^|\/)(db|database|knex|prisma|pool|pg|mysql|mongo|mongodb|sql|drizzle|data-?source|connection|client\/db|lib\/db)(\/index)?(\.[cm]?[jt]s)?$/i;
/** Relative module paths that hold ORM models. */
export const LOCAL_MODEL_MODULE = /(^|\/)(models?|entities|entity|schemas?)(\/[\w.-]+)?(\/index)?(\.[cm]?[jt]s)?$/i;
