import BaseModel from './BaseModel';

export interface UserItem { id?: string; user_id: string; item_id: string }

export default class UserItemModel extends BaseModel<UserItem> {
  protected get tableName() {
    return 'user_items';
  }

  public async add(userId: string, itemId: string): Promise<void> {
    const item = await this.models().item().load(itemId);
    if (!item) throw new Error(`No such item: ${itemId}`);
    await this.save({ user_id: userId, item_id: itemId });
  }

  // Overrides save, then saves through the base once per row it is given.
  public async save(row: UserItem): Promise<UserItem> {
    if (!row.user_id) throw new Error('user_id is required');
    return super.save(row);
  }

  public async saveAll(rows: UserItem[]): Promise<void> {
    for (const row of rows) {
      await super.save(row); // expect: perf-coach/no-n-plus-one
    }
  }

  public async saveAllAtOnce(rows: UserItem[]): Promise<void> {
    await this.db(this.tableName).insert(rows); // ok: one insert for all rows
  }

  public async removeForUsers(userIds: string[], itemId: string): Promise<void> {
    for (const userId of userIds) {
      await this.db(this.tableName).where({ user_id: userId, item_id: itemId }).delete(); // expect: perf-coach/no-n-plus-one
    }
  }
}
