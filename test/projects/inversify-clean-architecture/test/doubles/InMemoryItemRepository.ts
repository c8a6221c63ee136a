import type { Item, ItemRepositoryInterface } from '../../src/Domain/Item';

// A test double of the same interface: it never queries, and must not be mistaken for the real one.
export class InMemoryItemRepository implements ItemRepositoryInterface {
  private items = new Map<string, Item>();
  async findByUuid(uuid: string) { return this.items.get(uuid) ?? null; }
  async findByUuids(uuids: string[]) { return uuids.flatMap((u) => this.items.get(u) ?? []); }
  async findAll(query: { uuids: string[] }) { return this.findByUuids(query.uuids); }
  async save(item: Item) { this.items.set(item.uuid, item); }
  describe(item: Item) { return item.uuid; }
}
