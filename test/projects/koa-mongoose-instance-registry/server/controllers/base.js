const desk = require('../desk.js');

class BaseController {
  constructor(ctx) {
    this.ctx = ctx;
    this.commons = desk.commons;
  }

  reply(data) {
    this.ctx.body = this.commons.ok(data);
  }
}

module.exports = BaseController;
