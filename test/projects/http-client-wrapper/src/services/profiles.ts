import { fetchPrice, fetchPrices, github } from '../clients/index.js';
import { buildUrl } from '../lib/http.js';

export async function enrichContributors(logins: string[]) {
  const out = [];
  for (const login of logins) {
    const user = await github.getUser(login); // expect: perf-coach/no-n-plus-one
    out.push({ ...user, avatar: github.avatarUrl(login) }); // ok: method that builds a string
  }
  return out;
}

export async function enrichContributorsBatched(logins: string[]) {
  const users = await github.getUsers(logins); // ok: one batch request
  return users.map((u) => ({ ...u, avatar: github.avatarUrl(u.login) })); // ok: method that builds a string
}

export async function priceBasket(skus: string[]) {
  const cents = await Promise.all(skus.map((sku) => fetchPrice(sku))); // expect: perf-coach/no-n-plus-one
  return cents.reduce((a, b) => a + b, 0);
}

export async function priceBasketBatched(skus: string[]) {
  const prices = await fetchPrices(skus); // ok: one request for all skus
  return skus.map((s) => prices[s] ?? 0); // ok: object lookup
}

export function links(skus: string[]) {
  return skus.map((sku) => buildUrl('https://shop.example', `/p/${sku}`)); // ok: builds URLs, sends nothing
}
