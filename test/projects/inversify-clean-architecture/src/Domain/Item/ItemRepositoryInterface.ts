import type { Item } from './Item';

// The use cases only know this interface; the container binds the TypeORM implementation.
export interface ItemRepositoryInterface {
  findByUuid(uuid: string): Promise<Item | null>;
  findByUuids(uuids: string[]): Promise<Item[]>;
  findAll(query: { uuids: string[]; sortBy: string }): Promise<Item[]>;
  save(item: Item): Promise<void>;
  describe(item: Item): string;
}
