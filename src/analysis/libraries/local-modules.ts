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
  queryMethods: union((t) => t.queryMethods),
  readMethods: union((t) => t.readMethods),
  transactionMethods: union((t) => t.transactionMethods),
  closeMethods: [],
};

/** Model classes imported from a models/entities folder: `User.findByPk(id)`, `Order.find({...})`. */
export const localModelModule: LibraryTable = {
  id: 'local-model',
  name: 'model',
  modules: [],
  kind: 'orm',
  queryMethods: union((t) => (t === sequelize || t === mongoose || t === typeorm ? t.queryMethods : [])).filter((m) => m !== 'query'),
  readMethods: union((t) => (t === sequelize || t === mongoose || t === typeorm ? t.readMethods : [])),
  rowMethods: union((t) => (t === sequelize || t === mongoose ? t.rowMethods : [])),
  listReads: union((t) => (t === sequelize || t === mongoose ? t.listReads : [])),
  // Only Sequelize has `findByPk`; `findOne` and `findById` mean different things per library.
  batchReads: { findByPk: sequelize.batchReads!.findByPk },
};

/** Relative module paths whose last segment names a database handle. */
export const LOCAL_DB_MODULE = /(^|\/)(db|database|knex|prisma|pool|pg|mysql|mongo|mongodb|sql|drizzle|data-?source|connection|client\/db|lib\/db)(\/index)?(\.[cm]?[jt]s)?$/i;
/** Relative module paths that hold ORM models. */
export const LOCAL_MODEL_MODULE = /(^|\/)(models?|entities|entity|schemas?)(\/[\w.-]+)?(\/index)?(\.[cm]?[jt]s)?$/i;
