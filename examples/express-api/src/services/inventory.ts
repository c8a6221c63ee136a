import { redis } from '../db';

// The warehouse sync job keeps one Redis key per SKU with the units on hand.
const stockKey = (sku: string) => `stock:${sku}`;

async function stockLevel(sku: string): Promise<number> {
  return Number((await redis.get(stockKey(sku))) ?? 0);
}

/** Units on hand for each SKU. */
export async function getStockLevels(skus: string[]): Promise<Record<string, number>> {
  const levels: Record<string, number> = {};
  for (const sku of skus) {
    levels[sku] = await stockLevel(sku);
  }
  return levels;
}

/** Same answer with one MGET for all SKUs. */
export async function getStockLevelsBatched(skus: string[]): Promise<Record<string, number>> {
  // MGET needs at least one key.
  if (skus.length === 0) return {};
  const values = await redis.mget(skus.map(stockKey));
  return Object.fromEntries(skus.map((sku, i) => [sku, Number(values[i] ?? 0)]));
}
