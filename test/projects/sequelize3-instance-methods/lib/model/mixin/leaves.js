'use strict';

// Mixed into the User model's instance methods (`withLeaves.call(instance_methods, sequelize)`).
module.exports = function (sequelize) {
  this.promise_my_leaves_in_range = function (args) {
    return sequelize.models.Leave.findAll({ where: { user_id: this.id, date_start: { $gte: args.from } } });
  };

  // Through the association's accessor on the row itself.
  this.promise_approved_leaves_list = function () {
    return this.getMy_leaves({ where: { status: 'approved' } });
  };

  this.count_days_in_leaves = function (leaves) {
    return leaves.reduce((sum, leave) => sum + leave.days, 0);
  };
};
