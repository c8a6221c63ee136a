import { inject, injectable } from 'inversify';
import type { Item } from '../Item/Item';
import { ItemRepositoryInterface } from '../Item/ItemRepositoryInterface';

const TYPES = { ItemRepository: Symbol.for('ItemRepository') };

@injectable()
export class ImportItems {
  constructor(@inject(TYPES.ItemRepository) private readonly items: ItemRepositoryInterface) {}

  async execute(imported: Item[]): Promise<void> {
    await Promise.all(imported.map((item) => this.items.save(item))); // expect: perf-coach/no-n-plus-one
  }
}
