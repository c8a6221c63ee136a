'use strict';

const withLeaves = require('../mixin/leaves');

module.exports = function (sequelize, DataTypes) {
  const instance_methods = get_instance_methods(sequelize);
  // The mixin adds its methods to the same object.
  withLeaves.call(instance_methods, sequelize);

  return sequelize.define('User', {
    name: DataTypes.STRING,
    lastname: DataTypes.STRING,
  }, {
    instanceMethods: instance_methods,
    classMethods: {
      associate: function (models) {
        this.belongsTo(models.Company, { as: 'company', foreignKey: 'companyId' });
        this.hasMany(models.Leave, { as: 'my_leaves', foreignKey: 'userId' });
      },
    },
  });
};

function get_instance_methods(sequelize) {
  return {
    full_name_for_display: function () {
      return `${this.name} ${this.lastname}`;
    },

    // Kept on the row after the first call: each user of a list is another row, so each still queries once.
    promise_schedule_for_user: function () {
      const self = this;
      if (self.cached_schedule) return Promise.resolve(self.cached_schedule);
      return self.sequelize.models.Schedule.findAll({ where: { user_id: self.id } }).then((s) => (self.cached_schedule = s));
    },
  };
}
