import { DbConnection } from '../db';
import ItemModel from './ItemModel';
import ShareModel from './ShareModel';
import UserItemModel from './UserItemModel';

// Hands out each model on a given connection; models reach each other through it.
export class Models {
  private db_: DbConnection;

  public constructor(db: DbConnection) {
    this.db_ = db;
  }

  public item() {
    return new ItemModel(this.db_, newModelFactory);
  }

  public share() {
    return new ShareModel(this.db_, newModelFactory);
  }

  public userItem() {
    return new UserItemModel(this.db_, newModelFactory);
  }
}

export function newModelFactory(db: DbConnection): Models {
  return new Models(db);
}
