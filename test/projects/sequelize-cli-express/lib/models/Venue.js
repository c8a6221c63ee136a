'use strict';

const { Model, DataTypes } = require('sequelize');

class Venue extends Model {
  static async getWithCapacity(venueId) {
    return this.findByPk(venueId, { attributes: ['id', 'name', 'capacity'] });
  }

  static getAllWithCapacity(venueIds) {
    return this.findAll({ where: { id: venueIds }, attributes: ['id', 'name', 'capacity'] });
  }

  static init(sequelize) {
    return super.init({ name: DataTypes.STRING, capacity: DataTypes.INTEGER }, { sequelize, modelName: 'venue' });
  }
}

module.exports = Venue;
