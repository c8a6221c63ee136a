import { LRUCache } from 'lru-cache';
import { Currency } from '@app/models';

// About thirty rows that change once a day: cached for an hour.
const cache = new LRUCache<string, Currency>({ max: 100, ttl: 60 * 60 * 1000 });

export async function getCurrency(code: string): Promise<Currency | null> {
  const hit = cache.get(code);
  if (hit) return hit;
  const row = await Currency.findByPk(code);
  if (row) cache.set(code, row);
  return row;
}
