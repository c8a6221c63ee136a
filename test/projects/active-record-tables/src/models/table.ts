// An active-record table: static finders hand out instances, whose methods run the queries.
import db from '../db/index.js';

type Row = Record<string, unknown>;

const tableCache = new Map<string, Table>();

class Table {
  constructor(public name: string, public pkName = 'id') {}

  /** Answers from the tables loaded at start-up: no query. */
  static findOne(where: { name: string } | string): Table | null {
    const name = typeof where === 'string' ? where : where.name;
    return tableCache.get(name) ?? null;
  }

  static async refreshAll(): Promise<void> {
    const rows = await db.select('_tables', {});
    for (const r of rows) tableCache.set(r.name, new Table(r.name, r.pk_name));
  }

  private async withUser<T>(user: unknown, fn: () => Promise<T>): Promise<T> {
    await db.query('select set_config($1, $2, true)', ['app.user', String(user ?? '')]);
    return fn();
  }

  async getRow(where: Row): Promise<Row | null> {
    return db.selectMaybeOne(this.name, where);
  }

  async getRows(where: Row): Promise<Row[]> {
    return db.select(this.name, where);
  }

  async insertRow(row: Row, user?: unknown): Promise<number> {
    return this.withUser(user, async () => {
      const id = await db.insert(this.name, row, { pk_name: this.pkName });
      return id;
    });
  }

  async updateRow(row: Row, id: number, user?: unknown): Promise<void> {
    await this.withUser(user, async () => {
      await db.update(this.name, row, id, { pk_name: this.pkName });
    });
  }

  /** One statement for many rows. */
  async insertRows(rows: Row[]): Promise<void> {
    await db.insertMany(this.name, rows);
  }
}

export default Table;
