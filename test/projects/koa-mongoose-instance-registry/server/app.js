// Bare paths (`require('controllers/base.js')`) resolve from this folder, for the plug-ins too.
process.env.NODE_PATH = __dirname;
require('module').Module._initPaths();

const Koa = require('koa');
const desk = require('./desk.js');
const dbModule = require('./utils/db.js');
const router = require('./router.js');

desk.commons = require('./utils/commons.js');
dbModule.connect();

const app = new Koa();
app.use(router.routes());
app.listen(3000);
