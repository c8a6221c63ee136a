'use strict';

const { Sequelize } = require('sequelize');
const Venue = require('./models/Venue');

// One shared handle, the way audiobookshelf keeps its models: `Database.venueModel` is the registered class.
class Database {
  constructor() {
    this.sequelize = null;
  }

  get venueModel() {
    return this.sequelize.models.venue;
  }

  async connect() {
    this.sequelize = new Sequelize(process.env.DATABASE_URL);
    Venue.init(this.sequelize);
  }
}

module.exports = new Database();
