import BaseModel from './BaseModel';

export interface Share { id?: string; folder_id: string; owner_id: string }

export default class ShareModel extends BaseModel<Share> {
  protected get tableName() {
    return 'shares';
  }

  public async userIds(shareId: string): Promise<string[]> {
    const rows = await this.db('share_users').where({ share_id: shareId }).select('user_id');
    return rows.map((r: { user_id: string }) => r.user_id);
  }

  // Every item of a shared folder goes to every member of the share: a query per (member, item).
  public async shareFolder(share: Share): Promise<void> {
    const items = await this.models().item().allChildren(share.folder_id);
    const members = await this.userIds(share.id!);
    for (const userId of members) {
      for (const item of items) {
        await this.models().userItem().add(userId, item.id!); // expect: perf-coach/no-n-plus-one
      }
    }
  }

  // The look-alike: the rows are built in memory and inserted once.
  public async shareFolderAtOnce(share: Share): Promise<void> {
    const items = await this.models().item().allChildren(share.folder_id);
    const members = await this.userIds(share.id!);
    const rows = members.flatMap((userId) => items.map((item) => ({ user_id: userId, item_id: item.id! }))); // ok: builds rows in memory
    await this.models().userItem().saveAllAtOnce(rows);
  }

  public async loadShares(ids: string[]): Promise<Share[]> {
    return Promise.all(ids.map((id) => this.load(id))); // expect: perf-coach/no-n-plus-one
  }

  public async loadSharesAtOnce(ids: string[]): Promise<Share[]> {
    return this.loadByIds(ids); // ok: one whereIn
  }
}
