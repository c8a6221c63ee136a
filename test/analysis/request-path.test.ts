import { describe, expect, it } from 'vitest';
import { analyze, fnNamed } from './helpers';

const onRequestPath = (code: string, fn: string, filename?: string) => {
  const a = analyze(code, filename);
  return a.requestPathOf(fnNamed(a, fn))?.label;
};

describe('request paths', () => {
  it.each([
    ['Express inline handler', `app.get('/x', async function handler(req, res) {});`, 'handler', 'src/app.ts', /GET \/x/],
    ['Express handler by reference', `async function list(q, r) {} router.get('/users', list);`, 'list', 'src/app.ts', /GET \/users/],
    ['(req, res) parameters', `export async function getUser(req, res) {}`, 'getUser', 'src/users.ts', /request handler/],
    ['Koa middleware', `app.use(async function mw(ctx, next) {});`, 'mw', 'src/app.ts', /middleware/],
    ['Fastify route object', `fastify.route({ method: 'GET', url: '/x', handler: async function h(request, reply) {} });`, 'h', 'src/app.ts', /route handler/],
    ['Hapi route options', `server.route({ method: 'GET', path: '/x', options: { handler: function h(request, h2) {} } });`, 'h', 'src/app.ts', /route handler/],
    ['NestJS controller method', `@Controller('u') class C { @Get() list() {} }`, 'list', 'src/c.ts', /NestJS controller/],
    ['NestJS provider method', `@Injectable() class S { find() {} }`, 'find', 'src/s.ts', /NestJS provider/],
    ['Next.js route handler', `export async function GET(request) {}`, 'GET', 'app/api/x/route.ts', /Next\.js `GET`/],
    ['Next.js server action file', `'use server';\nexport async function save(form) {}`, 'save', 'app/actions.ts', /server action/],
    ['tRPC procedure', `export const r = router({ byId: publicProcedure.input(z.string()).query(async function q({ input }) {}) });`, 'q', 'src/trpc.ts', /tRPC query/],
    ['GraphQL root resolver', `const resolvers = { Query: { users: () => [] } };`, 'users', 'src/schema.ts', /GraphQL resolver/],
    ['Lambda handler', `exports.handler = async (event, context) => {};`, 'handler', 'src/fn.js', /Lambda/],
    ['BullMQ worker', `new Worker('mail', async function work(job) {});`, 'work', 'src/worker.ts', /BullMQ/],
    ['kafkajs consumer', `consumer.run({ eachMessage: async function each({ message }) {} });`, 'each', 'src/consumer.ts', /queue consumer/],
    ['helper called from a handler', `function load() {} app.get('/x', (req, res) => { load(); });`, 'load', 'src/app.ts', /called from/],
    ['declared by its type', `export const createPerp: APIHandler<'create-perp'> = async (body, auth) => {};`, 'createPerp', 'src/create-perp.ts', /`createPerp` \(typed `APIHandler`\)/],
    ["Express's RequestHandler, qualified", `const list: express.RequestHandler = async (q, r) => {};`, 'list', 'src/users.ts', /typed `RequestHandler`/],
    ['cron job by its schedule, registered by a wrapper', `async function award() {} createJob('auto-award', '0 55 * * * *', award);`, 'award', 'src/jobs/index.ts', /cron job `auto-award` at `0 55 \* \* \* \*`/],
    ['croner job, inline', `new Cron('0 3 * * *', async function nightly() {});`, 'nightly', 'src/jobs/index.ts', /cron job at `0 3 \* \* \*`/],
    ['Sequelize row hook', `Discussion.afterCreate(async function recount(d) {});`, 'recount', 'src/hooks.ts', /Sequelize `afterCreate` hook of `Discussion`/],
    ['Sequelize addHook', `Pub.addHook('beforeDestroy', 'tidy', async function tidy(p) {});`, 'tidy', 'src/hooks.ts', /Sequelize `beforeDestroy` hook/],
    ['Mongoose middleware', `userSchema.pre(['save', 'updateOne'], async function hash() {});`, 'hash', 'src/models/user.ts', /Mongoose `pre\('save', 'updateOne'\)` middleware/],
  ])('%s', (_name, code, fn, filename, label) => {
    expect(onRequestPath(code, fn, filename)).toMatch(label);
  });

  it.each([
    ['module-level start-up function', `function bootstrap() {} bootstrap();`, 'bootstrap', 'src/main.ts'],
    ['listen callback', `app.listen(3000, function ready() {});`, 'ready', 'src/app.ts'],
    ['NestJS lifecycle hook', `@Injectable() class S { onModuleInit() {} }`, 'onModuleInit', 'src/s.ts'],
    ['an HTTP client call with a path is not a route', `axios.get('/users').then(function cb(res) {});`, 'cb', 'src/app.ts'],
    ['handlers in tests are not request paths', `app.get('/x', function h(req, res) {});`, 'h', 'src/__tests__/app.test.ts'],
    ['a CLI command handler declared by its type', `export const run: CommandHandler = async (argv) => {};`, 'run', 'src/cli/import.ts'],
    ['Sequelize start-up hook', `sequelize.afterSync(async function seedRoles() {});`, 'seedRoles', 'src/db.ts'],
    ['pre/post of something that is not a schema', `router.pre('save', async function notHook() {});`, 'notHook', 'src/app.ts'],
    ['five words are not a schedule', `register('the cat sat and ran', async function job() {});`, 'job', 'src/app.ts'],
  ])('not a request path: %s', (_name, code, fn, filename) => {
    expect(onRequestPath(code, fn, filename)).toBeUndefined();
  });
});
