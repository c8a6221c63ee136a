'use strict';

module.exports = function (sequelize, DataTypes) {
  return sequelize.define('Schedule', { user_id: DataTypes.INTEGER, monday: DataTypes.BOOLEAN });
};
