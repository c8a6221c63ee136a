'use strict';

module.exports = (sequelize, DataTypes) => {
  const Ticket = sequelize.define('Ticket', { eventId: DataTypes.INTEGER, holder: DataTypes.STRING, seat: DataTypes.STRING });
  Ticket.associate = (models) => {
    Ticket.belongsTo(models.Event, { foreignKey: 'eventId' });
  };
  return Ticket;
};
