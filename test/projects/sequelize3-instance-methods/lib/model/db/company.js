'use strict';

module.exports = function (sequelize, DataTypes) {
  return sequelize.define('Company', { name: DataTypes.STRING });
};
