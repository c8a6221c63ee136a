'use strict';

module.exports = function (sequelize, DataTypes) {
  return sequelize.define('Leave', { userId: DataTypes.INTEGER, days: DataTypes.INTEGER, status: DataTypes.STRING });
};
