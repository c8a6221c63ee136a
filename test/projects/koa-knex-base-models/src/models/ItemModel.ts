import BaseModel from './BaseModel';

export interface Item { id?: string; name: string; parent_id?: string; owner_id?: string }

export default class ItemModel extends BaseModel<Item> {
  protected get tableName() {
    return 'items';
  }

  public async childrenOf(folderId: string): Promise<Item[]> {
    return this.db(this.tableName).where({ parent_id: folderId });
  }

  // A tree walk: one query per sub-folder.
  public async allChildren(folderId: string): Promise<Item[]> {
    const out: Item[] = [];
    for (const child of await this.childrenOf(folderId)) {
      out.push(child, ...(await this.allChildren(child.id!))); // expect: perf-coach/no-n-plus-one
    }
    return out;
  }

  // Chained names that only format: nothing queries.
  public displayNames(items: Item[]): string[] {
    return items.map((item) => this.displayName(item)); // ok: formats in memory
  }

  private displayName(item: Item): string {
    return item.name.trim();
  }
}
