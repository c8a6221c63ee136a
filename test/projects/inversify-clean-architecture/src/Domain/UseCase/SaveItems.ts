import type { Item, ItemRepositoryInterface } from '../Item';

export class SaveItems {
  constructor(private itemRepository: ItemRepositoryInterface) {}

  async execute(itemHashes: Item[]): Promise<string[]> {
    const saved: string[] = [];
    for (const itemHash of itemHashes) {
      const existing = await this.itemRepository.findByUuid(itemHash.uuid); // expect: perf-coach/no-n-plus-one
      if (existing) saved.push(this.itemRepository.describe(existing)); // ok: formats, no query
    }
    // ok: one query for all of them
    const all = await this.itemRepository.findByUuids(itemHashes.map((i) => i.uuid));
    return [...saved, ...all.map((i) => i.uuid)];
  }

  async backup(itemUuidBundles: string[][]): Promise<number> {
    let count = 0;
    for (const itemUuidBundle of itemUuidBundles) {
      const items = await this.itemRepository.findAll({ uuids: itemUuidBundle, sortBy: 'uuid' }); // ok: one query per bundle of uuids
      count += items.length;
    }
    return count;
  }
}
