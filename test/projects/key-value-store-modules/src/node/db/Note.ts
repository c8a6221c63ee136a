'use strict';
const db = require('./DB');

// A note keeps the store it reads from; tests hand in another one, the app leaves the default.
export class Note {
  db: any;
  id: string;
  constructor(id: string, database = db) {
    this.db = database;
    this.id = id;
  }

  async getRevisionDate(rev: string) {
    return await this.db.getSub(`note:${this.id}:revs:${rev}`, ['meta', 'timestamp']);
  }
}
