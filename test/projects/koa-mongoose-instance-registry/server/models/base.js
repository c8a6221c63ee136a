const desk = require('../desk.js');
const mongoose = require('mongoose');

/** Every model extends this: its subclass names the collection and describes the fields. */
class BaseModel {
  constructor() {
    this.schema = new mongoose.Schema(this.fields());
    this.name = this.collectionName();
    this.model = desk.db(this.name, this.schema);
  }

  fields() {
    return {};
  }

  collectionName() {
    throw new Error('a model names its collection');
  }
}

module.exports = BaseModel;
