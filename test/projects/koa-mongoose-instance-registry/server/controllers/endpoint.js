const BaseController = require('./base.js');
const desk = require('../desk.js');
const EndpointModel = require('../models/endpoint.js');
const FolderModel = require('../models/folder.js');

class EndpointController extends BaseController {
  constructor(ctx) {
    super(ctx);
    this.endpoints = desk.instanceOf(EndpointModel);
    this.folders = desk.instanceOf(FolderModel);
    this.labels = new Map();
  }

  async tree(ctx) {
    const folders = await this.folders.list(ctx.query.projectId);
    const out = [];
    for (let i = 0, len = folders.length; i < len; i++) {
      const items = await this.endpoints.listByFolder(folders[i]._id); // expect: perf-coach/no-n-plus-one
      out.push({ folder: folders[i], items });
    }
    ctx.body = out;
  }

  async treeBatched(ctx) {
    const folders = await this.folders.list(ctx.query.projectId);
    const items = await this.endpoints.listByFolders(folders.map((f) => f._id)); // ok: one $in query for every folder
    ctx.body = { folders, items };
  }

  async reorder(ctx) {
    const moves = ctx.request.body;
    moves.forEach((move) => {
      this.endpoints.setPosition(move.id, move.position).catch(() => {}); // expect: perf-coach/no-n-plus-one
    });
    ctx.body = { ok: true };
  }

  async clearFolders(ctx) {
    const folders = await this.folders.list(ctx.params.projectId);
    for (let i = folders.length - 1; i >= 0; i--) {
      await this.endpoints.removeByFolder(folders[i]._id); // expect: perf-coach/no-n-plus-one
    }
    ctx.body = { removed: folders.length };
  }

  async labelsOf(ctx) {
    const docs = await this.endpoints.listByFolder(ctx.params.folderId);
    const labels = docs.map((doc) => this.endpoints.label(doc)); // ok: formats a document in memory
    for (const doc of docs) this.labels.set(doc._id, this.labels.get(doc._id) || labels.length); // ok: a Map in memory
    this.reply(labels);
  }
}

module.exports = EndpointController;
