import type { ApiToken, ApiTokenStore } from '../../Infra/Knex/ApiTokenStore';

export class TokenService {
  private activeTokens = new Map<string, ApiToken>();

  constructor(private store: ApiTokenStore) {}

  private findCachedToken(secret: string): ApiToken | undefined {
    return this.activeTokens.get(secret);
  }

  /** Read-through: the store is asked only when the in-memory cache has no entry. */
  async getTokenWithCache(secret: string): Promise<ApiToken | undefined> {
    let token = this.findCachedToken(secret);
    if (token) {
      return token;
    } else {
      token = await this.store.getBySecret(secret);
      if (token) this.activeTokens.set(secret, token);
    }
    return token;
  }

  async getToken(secret: string): Promise<ApiToken | undefined> {
    return this.store.getBySecret(secret);
  }

  async validTokens(secrets: string[]): Promise<ApiToken[]> {
    const valid: ApiToken[] = [];
    for (const secret of secrets) {
      const cached = await this.getTokenWithCache(secret); // ok: answered from memory after the first request
      if (cached) valid.push(cached);
    }
    for (const secret of secrets) {
      const token = await this.getToken(secret); // expect: perf-coach/no-n-plus-one
      if (token) valid.push(token);
    }
    return valid;
  }
}
