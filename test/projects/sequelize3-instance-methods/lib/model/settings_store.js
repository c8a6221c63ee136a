'use strict';

const db = require('./db');

// One store for the process: its cache is shared by every caller.
module.exports = {
  promise_company_settings_list: function () {
    if (this.cached_settings) return Promise.resolve(this.cached_settings);
    return db.sequelize.models.Setting.findAll().then((rows) => (this.cached_settings = rows));
  },
};
