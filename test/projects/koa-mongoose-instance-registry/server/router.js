const Router = require('koa-router');
const EndpointController = require('./controllers/endpoint.js');
const ExportReportController = require('../plugins/export-report/controller.js');

const router = new Router();

function route(Controller, action) {
  return async (ctx) => {
    const c = new Controller(ctx);
    await c[action](ctx);
  };
}

router.get('/api/endpoints/tree', route(EndpointController, 'tree'));
router.get('/api/endpoints/tree-batched', route(EndpointController, 'treeBatched'));
router.post('/api/endpoints/reorder', route(EndpointController, 'reorder'));
router.del('/api/projects/:projectId/folders', route(EndpointController, 'clearFolders'));
router.get('/api/folders/:folderId/labels', route(EndpointController, 'labelsOf'));
router.get('/api/projects/:projectId/report', route(ExportReportController, 'counts'));

module.exports = router;
