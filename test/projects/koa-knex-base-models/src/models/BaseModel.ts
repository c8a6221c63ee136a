import { DbConnection } from '../db';
import type { Models } from './factory';

export type ModelFactory = (db: DbConnection) => Models;

// The base of every model: it keeps the connection (or the open transaction) and the factory
// that gives a model the other models, on the same connection.
export default abstract class BaseModel<T extends { id?: string }> {
  private db_: DbConnection;
  private transaction_: DbConnection | null = null;
  private modelFactory_: ModelFactory;

  public constructor(db: DbConnection, modelFactory: ModelFactory) {
    this.db_ = db;
    this.modelFactory_ = modelFactory;
  }

  protected abstract get tableName(): string;

  public get db(): DbConnection {
    if (this.transaction_) return this.transaction_;
    return this.db_;
  }

  protected models(db: DbConnection | null = null): Models {
    return this.modelFactory_(db || this.db);
  }

  public async load(id: string): Promise<T | undefined> {
    return this.db(this.tableName).where({ id }).first();
  }

  public async loadByIds(ids: string[]): Promise<T[]> {
    return this.db(this.tableName).whereIn('id', ids);
  }

  public async save(row: T): Promise<T> {
    if (row.id) {
      await this.db(this.tableName).update(row).where({ id: row.id });
      return row;
    }
    const [saved] = await this.db(this.tableName).insert(row).returning('*');
    return saved;
  }

  public async delete(id: string): Promise<void> {
    await this.db(this.tableName).where({ id }).delete();
  }
}
