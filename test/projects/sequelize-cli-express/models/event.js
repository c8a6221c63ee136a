'use strict';

const { Model } = require('sequelize');

module.exports = (sequelize, DataTypes) => {
  class Event extends Model {
    static associate(models) {
      Event.hasMany(models.Ticket, { foreignKey: 'eventId' });
    }
  }
  Event.init({ title: DataTypes.STRING, startsAt: DataTypes.DATE }, { sequelize, modelName: 'Event' });
  return Event;
};
