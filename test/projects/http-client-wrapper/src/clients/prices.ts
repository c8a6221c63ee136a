import { getJson } from '../lib/http.js';

const PRICES = process.env.PRICES_URL ?? 'http://prices.internal';

export default async function fetchPrice(sku: string): Promise<number> {
  const body = await getJson<{ cents: number }>(`${PRICES}/v1/prices/${sku}`);
  return body.cents;
}

export async function fetchPrices(skus: string[]): Promise<Record<string, number>> {
  return getJson(`${PRICES}/v1/prices?skus=${skus.map(encodeURIComponent).join(',')}`);
}
