// A plug-in: its bare paths resolve from `server/`, the folder the app puts on NODE_PATH.
const BaseController = require('controllers/base.js');
const EndpointModel = require('models/endpoint.js');
const FolderModel = require('models/folder.js');
const desk = require('desk.js');

class ExportReportController extends BaseController {
  constructor(ctx) {
    super(ctx);
    this.endpoints = desk.instanceOf(EndpointModel);
    this.folders = desk.instanceOf(FolderModel);
  }

  async counts(ctx) {
    const folders = await this.folders.list(ctx.params.projectId);
    const rows = [];
    for (const folder of folders) {
      rows.push({ name: folder.name, total: await this.endpoints.countInFolder(folder._id) }); // expect: perf-coach/no-n-plus-one
    }
    this.reply(rows);
  }
}

module.exports = ExportReportController;
