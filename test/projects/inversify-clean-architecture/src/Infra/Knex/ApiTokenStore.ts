import type { Db } from '../../types';
import { inTransaction } from './transaction';

export interface ApiToken {
  secret: string;
  projects: string[];
}

export class ApiTokenStore {
  constructor(private db: Db) {}

  async insert(token: ApiToken): Promise<void> {
    await inTransaction(this.db, async (tx) => {
      await tx('api_tokens').insert({ secret: token.secret });
      const links = token.projects.map((project) => tx.raw('INSERT INTO api_token_project VALUES (?, ?)', [token.secret, project])); // expect: perf-coach/no-n-plus-one
      await Promise.all(links);
    });
  }

  async insertBatched(token: ApiToken): Promise<void> {
    await inTransaction(this.db, async (tx) => {
      // ok: one multi-row insert
      await tx('api_token_project').insert(token.projects.map((project) => ({ secret: token.secret, project })));
    });
  }

  async getBySecret(secret: string): Promise<ApiToken | undefined> {
    return this.db('api_tokens').where({ secret }).first();
  }

  async listColumns(columns: string[]): Promise<unknown[]> {
    // ok: raw fragments of one select, sent with it
    return this.db('api_tokens').select(columns.map((c) => this.db.raw('?? as ??', [c, c])));
  }

  async touchAll(secrets: string[]): Promise<void> {
    for (const secret of secrets) {
      await this.db('api_tokens').where({ secret }).update({ seen_at: new Date() }); // expect: perf-coach/no-n-plus-one
    }
  }
}
