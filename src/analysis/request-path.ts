import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, isFunctionNode, keyName, propertyName, stringValue, unwrapExpression, type Node } from './ast';
import type { FunctionInfo, RequestPathReason } from './model';
import { poolList } from './loop-shape';

/**
 * Where request-path code starts. Everything here is recognised by shape, so it works without
 * type information and across the frameworks in one table each:
 * - registrations: `app.get('/x', handler)`, `fastify.route({ handler })`, `new Worker(q, fn)`...
 * - declarations: NestJS decorators, `(req, res)` parameters, Next.js exports, Lambda `handler`.
 * Request paths then spread to local helpers through the in-file call graph (see summaries.ts).
 */

const HTTP_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head', 'use', 'any']);
const ROUTER_RECEIVER = /^(app|router|server|api|routes?|fastify|instance|koa|hono|r|v\d+|\w+Router|\w+Routes|\w+App)$/;
const TRPC_PROCEDURE_METHODS = new Set(['query', 'mutation', 'subscription']);
const ROUTE_OBJECT_HANDLER_KEYS = ['handler', 'preHandler', 'onRequest', 'preValidation', 'preSerialization', 'onSend'];
const FASTIFY_REQUEST_HOOKS = new Set(['onRequest', 'preParsing', 'preValidation', 'preHandler', 'preSerialization', 'onSend', 'onResponse', 'onError']);
const CONSUMER_OBJECT_KEYS = new Set(['eachMessage', 'eachBatch', 'handleMessage', 'handleMessageBatch']);

export const NEST_CLASS_DECORATORS = new Set(['Controller', 'Resolver', 'Injectable', 'Processor', 'WebSocketGateway', 'Catch']);
/** Functions that run once, when the process starts (or at build time, for Next.js static generation). */
export const ONCE_ONLY_FUNCTION = /^(main|boot\w*|start|startup|\w+(Startup|Bootstrap)|init\w*|setup\w*|configure\w*|register\w*|define\w*|load\w*Config\w*|onModuleInit|onApplicationBootstrap|getStaticProps|getStaticPaths|generateStaticParams)$/;
/** A boot step's name (`setupStorage`, `initDatabase`, `bootstrap`); not `registerUser` or `initiatePayment`, which a route may be called. */
const BOOT_STEP = /^(setup|boot|bootstrap|init|initiali[sz]e|startup)([A-Z]\w*)?$/;
/** Folders and files that load the application's parts at start-up (`loaders/`, `bootstrap.ts`). */
export const ONCE_ONLY_PATH = /(^|\/)(loaders?|[\w-]+-loaders?|[\w-]*(bootstrap|startup)|boot)(\/|\.[cm]?[jt]s$)/i;
/** A first-run wizard that installs the application (`setup.js`): once, even when served over HTTP. */
export const INSTALL_PATH = /(^|\/)(setup|installer)(\/|\.[cm]?[jt]s$)/i;
export const NEST_LIFECYCLE_METHODS = new Set(['onModuleInit', 'onApplicationBootstrap', 'onModuleDestroy', 'beforeApplicationShutdown', 'onApplicationShutdown', 'configure']);
/**
 * Steps of a start-up or shut-down sequence: `for (const m of modules) await m.bootstrap()`.
 * Each waits for the one before on purpose (a plugin's start may need another's), and they
 * run once per process, not per request. (Not `load`: DataLoader's `load` in a loop is the
 * classic way to defeat its batching; not `destroy`: Sequelize's `row.destroy()` per row is
 * one DELETE per item.)
 */
const LIFECYCLE_STEPS = new Set([
  ...NEST_LIFECYCLE_METHODS,
  'bootstrap', 'register', 'init', 'initialize', 'initialise', 'start', 'stop', 'close', 'shutdown', 'teardown',
  'dispose', 'setup', 'unload', 'migrate', 'up', 'down', 'seed', 'install', 'uninstall', 'activate', 'deactivate',
  'disconnect', 'mount', 'unmount', 'beforeAll', 'afterAll',
]);
/** The same hooks inside longer names: `callModuleInitHook`, `callBeforeAppShutdownHook`, `runTeardown`. */
const LIFECYCLE_WORD = /(Bootstrap|Shutdown|Teardown|ModuleInit|ModuleDestroy)/;

/** A call named for a start-up or shut-down step. */
export function isLifecycleStep(name: string | undefined): boolean {
  return !!name && (LIFECYCLE_STEPS.has(name) || LIFECYCLE_WORD.test(name));
}

/** A method that runs at start-up or shut-down: a lifecycle step, or `destroy()` of a service. */
export function isLifecycleMethod(fn: FunctionInfo | undefined): boolean {
  return !!fn?.name && (isLifecycleStep(fn.name) || fn.name === 'destroy');
}

const MIDDLEWARE_MODULE = /(^|\/)middlewares?\/|\.middleware\.[cm]?[jt]sx?$/;
/** First parameters of a factory that builds a middleware from settings. */
const FACTORY_OPTIONS = /^(config|options|opts|settings|cfg|conf)$/;
const NEST_FIELD_RESOLVER_DECORATORS = new Set(['ResolveField', 'ResolveProperty']);
const NEXT_ROUTE_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'getServerSideProps', 'middleware']);
const GRAPHQL_ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const RESOLVER_MODULE = /(^|\/)resolvers?\/|\.resolvers?\.[cm]?[jt]s$/;

export interface Registration {
  /** Function nodes or identifiers naming the handler. */
  handlers: Node[];
  reason: Omit<RequestPathReason, 'line'>;
}

const receiverText = (node: Node): string | undefined => {
  const n = unwrapExpression(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') return propertyName(n);
  if (n.type === 'CallExpression') return calleeName(n);
  return undefined;
};

function isRoutePath(node: Node | undefined): boolean {
  if (!node) return false;
  const s = stringValue(node);
  if (s !== undefined) return s.startsWith('/') || s === '*';
  if (node.type === 'Literal' && 'regex' in node && node.regex) return true;
  if (node.type === 'TemplateLiteral') return node.quasis[0]?.value.raw.startsWith('/') ?? false;
  if (node.type === 'ArrayExpression') return node.elements.some((e) => !!e && isRoutePath(e as Node));
  return false;
}

/**
 * `withAuditLogging('created', 'contact', async ({ ctx }) => …)`, `catchAsync(async (req, res) => …)`:
 * a wrapper called with the handler as its last function argument hands back a handler that runs it.
 */
function throughWrappers(node: Node): Node {
  let n = unwrapExpression(node);
  for (let depth = 0; depth < 3 && n.type === 'CallExpression'; depth++) {
    const fn = [...(n.arguments as Node[])].reverse().map((a) => unwrapExpression(a)).find((a) => isFunctionNode(a));
    if (!fn) break;
    n = fn;
  }
  return n;
}

function handlerArgs(args: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (const a of args) {
    const n = throughWrappers(a);
    if (isFunctionNode(n) || n.type === 'Identifier') out.push(n);
    else if (n.type === 'ArrayExpression') for (const e of n.elements) if (e && (isFunctionNode(e as Node) || e.type === 'Identifier')) out.push(e as Node);
  }
  return out;
}

function objectHandlers(obj: Node, keys: ReadonlySet<string> | readonly string[]): Node[] {
  const wanted = keys instanceof Set ? keys : new Set(keys);
  const out: Node[] = [];
  const n = unwrapExpression(obj);
  if (n.type !== 'ObjectExpression') return out;
  for (const p of n.properties) {
    if (p.type !== 'Property') continue;
    const k = keyName(p);
    if (k && wanted.has(k)) out.push(...handlerArgs([p.value as Node]));
    // Hapi: `options: { handler }`, `config: { handler }`
    if ((k === 'options' || k === 'config') && p.value.type === 'ObjectExpression') out.push(...objectHandlers(p.value, wanted));
  }
  return out;
}

/**
 * `createTRPCRouter({ list: withPermission('x', 'read').query(async () => …) })`: a procedure built by
 * the app's own helper is known by where it stands, a key of the object handed to a router.
 */
function inRouterObject(call: TSESTree.CallExpression): boolean {
  const prop = call.parent;
  if (prop?.type !== 'Property' || prop.value !== call || prop.parent?.type !== 'ObjectExpression') return false;
  const router = prop.parent.parent;
  return router?.type === 'CallExpression' && /router$/i.test(calleeName(router) ?? '');
}

/** Request handlers registered by this call, if it is a registration. */
export function registrationAt(call: TSESTree.CallExpression | TSESTree.NewExpression): Registration | undefined {
  const callee = unwrapExpression(call.callee);
  const args = call.arguments as Node[];
  // A job on a schedule, by the cron expression it is handed, whatever registers it:
  // `cron.schedule('0 * * * *', fn)`, `new CronJob('0 0 * * *', fn)`, a project's own
  // `createJob('auto-award-bounty', '0 55 * * * *', autoAwardBounty)`. It runs again and again.
  const schedule = cronScheduleIn(args);
  if (schedule) {
    const handlers = handlerArgs(args);
    const name = args.map((a) => stringValue(a)).find((v) => !!v && v !== schedule);
    if (handlers.length) return { handlers, reason: { label: name ? `cron job \`${name}\` at \`${schedule.trim()}\`` : `cron job at \`${schedule.trim()}\`` } };
  }
  if (call.type === 'NewExpression') {
    // BullMQ: new Worker('queue', async (job) => ...)
    if (callee.type === 'Identifier' && callee.name === 'Worker' && args.length >= 2 && stringValue(args[0]) !== undefined) {
      return { handlers: handlerArgs([args[1]]), reason: { label: 'BullMQ worker' } };
    }
    return undefined;
  }
  if (callee.type === 'Identifier') {
    return undefined;
  }
  if (callee.type !== 'MemberExpression') return undefined;
  const method = propertyName(callee);
  if (!method) return undefined;
  const receiver = receiverText(callee.object);

  if (HTTP_VERBS.has(method) && args.length >= 1) {
    const pathFirst = isRoutePath(args[0]);
    const knownRouter = receiver !== undefined && ROUTER_RECEIVER.test(receiver);
    // `app.get('/x', h)` by path, `router.use(mw)` by receiver name; `map.get(key)` has neither.
    if (pathFirst || (knownRouter && args.some((a) => isFunctionNode(unwrapExpression(a))))) {
      const route = pathFirst ? stringValue(args[0]) : undefined;
      const label = method === 'use' ? 'middleware' : `route handler \`${method.toUpperCase()}${route ? ' ' + route : ''}\``;
      return { handlers: handlerArgs(pathFirst ? args.slice(1) : args), reason: { label } };
    }
  }
  // Hono's OpenAPI router: `api.openapi(createRoute({ method: 'post', path: '/x' }), async (c) => …)`.
  if (method === 'openapi' && args.length >= 2 && !isFunctionNode(throughWrappers(args[0]))) {
    const handlers = handlerArgs(args.slice(1, 2));
    if (handlers.length) return { handlers, reason: { label: 'route handler (OpenAPI route)' } };
  }
  if (method === 'route' && args.length >= 1) {
    const arg = unwrapExpression(args[0]);
    const objs = arg.type === 'ArrayExpression' ? (arg.elements.filter(Boolean) as Node[]) : [arg];
    const handlers = objs.flatMap((o) => objectHandlers(o, ROUTE_OBJECT_HANDLER_KEYS));
    if (handlers.length) return { handlers, reason: { label: 'route handler' } };
  }
  // An ORM's lifecycle hook: `Discussion.afterCreate(async (d) => …)`, `Pub.addHook('afterUpdate', fn)`
  // (Sequelize), `userSchema.pre('save', fn)` (Mongoose). It runs on every write of the model, wherever
  // the write is made, mostly on requests: registered at load, but not run then.
  const hook = modelHookAt(method, receiver, args);
  if (hook) return hook;
  if (method === 'addHook' && FASTIFY_REQUEST_HOOKS.has(stringValue(args[0]) ?? '')) {
    return { handlers: handlerArgs(args.slice(1)), reason: { label: `Fastify \`${stringValue(args[0])}\` hook` } };
  }
  if (TRPC_PROCEDURE_METHODS.has(method) && args.length === 1 && isFunctionNode(throughWrappers(args[0]))) {
    const chain = chainText(callee.object);
    // The base procedure is named in the label when only operators may call it (`adminProcedure`).
    const base = /^(?:admin|superAdmin|moderator)\w*/i.exec(chain)?.[0];
    if (/procedure|\.input\(|\.use\(/i.test(chain) || inRouterObject(call)) return { handlers: handlerArgs(args), reason: { label: `tRPC ${method}${base ? ` (\`${base}\`)` : ''}` } };
  }
  if (method === 'run' && args.length === 1) {
    const handlers = objectHandlers(args[0], CONSUMER_OBJECT_KEYS);
    if (handlers.length) return { handlers, reason: { label: 'queue consumer' } };
  }
  if (method === 'create' && receiver === 'Consumer' && args.length === 1) {
    const handlers = objectHandlers(args[0], CONSUMER_OBJECT_KEYS);
    if (handlers.length) return { handlers, reason: { label: 'SQS consumer' } };
  }
  // A queue's processor, not a promise pool's (`PromisePool.for(ids).process(fn)` runs fn per item, now).
  if (method === 'process' && args.some((a) => isFunctionNode(unwrapExpression(a))) && !poolList(callee.object)) {
    return { handlers: handlerArgs(args), reason: { label: 'queue processor' } };
  }
  if (method === 'consume' && args.length >= 2) {
    return { handlers: handlerArgs([args[1]]), reason: { label: 'message consumer' } };
  }
  if (method === 'createServer' && (receiver === 'http' || receiver === 'https' || receiver === 'http2')) {
    return { handlers: handlerArgs(args), reason: { label: 'HTTP server handler' } };
  }
  // Meteor: `Meteor.methods({ 'cards.move'(id) {…} })` (each a remote call from a client) and
  // `Meteor.publish('board', function (id) {…})` (run for every subscription).
  if (receiver === 'Meteor' && method === 'methods' && args.length === 1) {
    const obj = unwrapExpression(args[0]);
    const handlers = obj.type === 'ObjectExpression' ? obj.properties.flatMap((p) => (p.type === 'Property' ? handlerArgs([p.value as Node]) : [])) : [];
    if (handlers.length) return { handlers, reason: { label: 'Meteor method' } };
  }
  if (receiver === 'Meteor' && method === 'publish' && args.length >= 2) {
    const name = stringValue(args[0]);
    return { handlers: handlerArgs([args[1]]), reason: { label: `Meteor publication${name ? ` \`${name}\`` : ''}` } };
  }
  if (method === 'on' && stringValue(args[0]) === 'request') {
    return { handlers: handlerArgs(args.slice(1)), reason: { label: 'HTTP server handler' } };
  }
  return undefined;
}

// Five to seven fields of a cron expression (`0 55 * * * *`, `0 9-17 * * MON-FRI`, with a digit or a
// `*` somewhere), or a macro (`@hourly`).
const CRON_FIELD = String.raw`(?:[\d*?LW#/,-]+|[A-Za-z]{3}(?:-[A-Za-z]{3})?)`;
const CRON_EXPRESSION = new RegExp(String.raw`^(?:@(?:yearly|annually|monthly|weekly|daily|hourly|midnight)|(?=.*[\d*])${CRON_FIELD}(?:\s+${CRON_FIELD}){4,6})$`);

/** Sequelize's hooks on rows (not `beforeConnect`, `afterSync`, `beforeDefine`: those run at start-up). */
const SEQUELIZE_ROW_HOOK = /^(before|after)(Validate|Create|Destroy|Restore|Update|Save|Upsert|BulkCreate|BulkDestroy|BulkRestore|BulkUpdate|Find|FindAfterExpandIncludeAll|FindAfterOptions|Count)$/;
/** Mongoose's document and query middleware. */
const MONGOOSE_HOOKED = new Set(['save', 'validate', 'remove', 'deleteOne', 'deleteMany', 'updateOne', 'updateMany', 'find', 'findOne', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndRemove', 'findOneAndReplace', 'replaceOne', 'insertMany', 'aggregate', 'countDocuments', 'init']);
const SCHEMA_RECEIVER = /(^s|S)chema$/;

/** The cron expression among a call's string arguments. Asked of every call: no allocation when there is none. */
function cronScheduleIn(args: readonly Node[]): string | undefined {
  for (const a of args) {
    if (a.type !== 'Literal' && a.type !== 'TemplateLiteral') continue;
    const v = stringValue(a);
    if (v && CRON_EXPRESSION.test(v.trim())) return v;
  }
  return undefined;
}

function modelHookAt(method: string, receiver: string | undefined, args: Node[]): Registration | undefined {
  // Asked of every method call: the name first, the arguments only for a hook's name.
  if (!SEQUELIZE_ROW_HOOK.test(method) && method !== 'addHook' && method !== 'pre' && method !== 'post') return undefined;
  const handlers = handlerArgs(args.slice(0, 3));
  if (!handlers.length) return undefined;
  const of = receiver ? ` of \`${receiver}\`` : '';
  if (SEQUELIZE_ROW_HOOK.test(method)) return { handlers, reason: { label: `Sequelize \`${method}\` hook${of}` } };
  const first = stringValue(args[0]);
  if (method === 'addHook' && first && SEQUELIZE_ROW_HOOK.test(first)) return { handlers, reason: { label: `Sequelize \`${first}\` hook${of}` } };
  const list = args[0] && unwrapExpression(args[0]);
  // `schema.pre(['updateOne', 'findOneAndUpdate'], fn)`: one hook for several operations.
  const ops = first !== undefined ? [first] : list?.type === 'ArrayExpression' ? list.elements.map((e) => (e ? stringValue(e as Node) : undefined)).filter((o): o is string => !!o) : [];
  if ((method === 'pre' || method === 'post') && receiver && SCHEMA_RECEIVER.test(receiver) && ops.some((o) => MONGOOSE_HOOKED.has(o))) {
    return { handlers, reason: { label: `Mongoose \`${method}('${ops.join("', '")}')\` middleware${of}` } };
  }
  return undefined;
}

/** Compact text of a call chain's shape, without arguments: `t.procedure.input(…)`. */
function chainText(node: Node): string {
  const n = unwrapExpression(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') return `${chainText(n.object)}.${propertyName(n) ?? '?'}`;
  if (n.type === 'CallExpression') return `${chainText(n.callee)}(…)`;
  return '…';
}

const REQ = /^(req|request)$/;
const RES = /^(res|response|reply|h)$/;
const REQUEST_TYPES = /^(Request|NextRequest|FastifyRequest|NextApiRequest|APIGatewayProxyEvent\w*|Context)$/;

function paramName(p: Node | undefined): string | undefined {
  if (!p) return undefined;
  if (p.type === 'Identifier') return p.name;
  if (p.type === 'AssignmentPattern') return paramName(p.left);
  if (p.type === 'TSParameterProperty') return paramName(p.parameter);
  return undefined;
}

function paramTypeName(p: Node | undefined): string | undefined {
  if (!p || p.type !== 'Identifier' || !p.typeAnnotation) return undefined;
  const t = p.typeAnnotation.typeAnnotation;
  if (t.type === 'TSTypeReference' && t.typeName.type === 'Identifier') return t.typeName.name;
  return undefined;
}

/** Types that declare a request handler (`APIHandler<'x'>`, Express's `RequestHandler`, Next's `NextApiHandler`, AWS Lambda's `Handler`); not `CommandHandler`, a CLI's. */
const HANDLER_TYPES = /^(API|Api|Request|Route|Http|HTTP|NextApi|APIGatewayProxy|Lambda|Endpoint|Express)?Handler$/;

/** The type a function is declared with where it is bound: `const f: T<…> = (…) => …` → `T` (`express.RequestHandler` → `RequestHandler`). */
function declaredTypeName(fnNode: Node): string | undefined {
  const decl = fnNode.parent;
  if (decl?.type !== 'VariableDeclarator' || decl.init !== fnNode || decl.id.type !== 'Identifier') return undefined;
  const t = decl.id.typeAnnotation?.typeAnnotation;
  if (t?.type !== 'TSTypeReference') return undefined;
  return t.typeName.type === 'Identifier' ? t.typeName.name : t.typeName.type === 'TSQualifiedName' ? t.typeName.right.name : undefined;
}

export interface DeclarationContext {
  /** Path relative to the project, forward slashes. */
  path: string;
  useServerFile: boolean;
}

/**
 * Request-path status that a function declares by itself (its shape, decorators, name, file),
 * without anyone registering it in this file.
 */
export function declaredRequestPath(fn: FunctionInfo, ctx: DeclarationContext): Omit<RequestPathReason, 'line'> | undefined {
  const params = fn.node.params as Node[];
  const p0 = paramName(params[0]);
  const p1 = paramName(params[1]);
  if (p0 && REQ.test(p0) && p1 && RES.test(p1)) return { label: 'request handler' };
  // `createRoute().GET({…}).handler(async ({ req, res }) => …)`: a route builder's handler, handed the request and the response in one object.
  const keys = params[0]?.type === 'ObjectPattern' ? params[0].properties.map((p) => (p.type === 'Property' && p.key.type === 'Identifier' ? p.key.name : '')) : [];
  if (keys.some((k) => REQ.test(k)) && keys.some((k) => RES.test(k))) return { label: 'request handler' };
  // (Not a step of a boot sequence that passes `(ctx, next)` along: `setupStorage(ctx, next)`.)
  if (p0 === 'ctx' && p1 === 'next' && !BOOT_STEP.test(fn.name ?? '')) return { label: 'Koa middleware' };
  if (p0 && REQ.test(p0) && REQUEST_TYPES.test(paramTypeName(params[0]) ?? '')) return { label: 'request handler' };
  // `export const createPerp: APIHandler<'create-perp'> = async (body, auth) => …`, `const h: RequestHandler = …`:
  // declared a handler by its type, whatever its parameters are called.
  const declaredType = declaredTypeName(fn.node);
  if (declaredType && HANDLER_TYPES.test(declaredType)) return { label: `\`${fn.name ?? 'handler'}\` (typed \`${declaredType}\`)` };

  // Methods only: an arrow function written in a method sees the class's `this` but is no handler of its
  // own (a `reduce` callback in a middleware's constructor runs with the constructor, at start-up).
  if (fn.cls && fn.methodKind) {
    const clsDecorators = fn.cls.decorators;
    if (fn.methodKind === 'constructor' || NEST_LIFECYCLE_METHODS.has(fn.name ?? '')) return undefined;
    if (clsDecorators.some((d) => NEST_CLASS_DECORATORS.has(d))) {
      const kind = clsDecorators.includes('Controller') ? 'NestJS controller' : clsDecorators.includes('Resolver') ? 'GraphQL resolver' : clsDecorators.includes('Processor') ? 'queue processor' : 'NestJS provider';
      return { label: `${kind} method \`${fn.name ?? '?'}\``, ...(kind === 'NestJS provider' && { service: true }) };
    }
  }
  if (fn.exported) {
    if (fn.name && NEXT_ROUTE_EXPORTS.has(fn.name)) return { label: `Next.js \`${fn.name}\`` };
    if (fn.name === 'handler' || (p0 === 'event' && (p1 === 'context' || p1 === undefined) && /handler$/i.test(fn.name ?? ''))) return { label: 'Lambda handler' };
    if (ctx.useServerFile) return { label: 'Next.js server action' };
    if (/(^|\/)pages\/api\//.test(ctx.path) && fn.name === 'default') return { label: 'Next.js API route' };
    // `(config, { strapi }) => koaFavicon(…)`: a middleware factory runs once, when the app is set up.
    if (MIDDLEWARE_MODULE.test(ctx.path) && p0 && FACTORY_OPTIONS.test(p0)) return undefined;
    if (/(^|\/)(controllers?|handlers?|resolvers?|middlewares?|services?)\/|\.(controller|handler|resolver|service|middleware)\.[cm]?[jt]sx?$/.test(ctx.path)) {
      return { label: `\`${fn.name ?? 'default'}\` (exported from a request-path module)`, assumed: true };
    }
  }
  return undefined;
}

/** GraphQL field resolvers run once per parent object: `{ User: { posts: (user) => ... } }`, `@ResolveField()`. */
export function isFieldResolver(fn: FunctionInfo, path = ''): string | undefined {
  if (fn.cls && fn.decorators.some((d) => NEST_FIELD_RESOLVER_DECORATORS.has(d))) return resolverType(fn.cls.node) ?? (fn.cls.name?.replace(/Resolver$/, '') || 'parent');
  const prop = fn.node.parent;
  if (prop?.type !== 'Property') return undefined;
  const typeObj = prop.parent;
  const typeProp = typeObj?.parent;
  // A per-type module: `export const User = { posts: (user) => ... }` in resolvers/User.ts.
  if (typeObj?.type === 'ObjectExpression' && typeProp?.type === 'VariableDeclarator' && typeProp.id.type === 'Identifier' && RESOLVER_MODULE.test(path)) {
    const typeName = typeProp.id.name;
    return /^[A-Z]/.test(typeName) && !GRAPHQL_ROOT_TYPES.has(typeName) ? typeName : undefined;
  }
  if (typeObj?.type !== 'ObjectExpression' || typeProp?.type !== 'Property') return undefined;
  const typeName = keyName(typeProp);
  const root = typeProp.parent;
  if (!typeName || GRAPHQL_ROOT_TYPES.has(typeName) || !/^[A-Z]/.test(typeName) || root?.type !== 'ObjectExpression') return undefined;
  const isResolverMap = root.properties.some((p) => p.type === 'Property' && GRAPHQL_ROOT_TYPES.has(keyName(p) ?? '')) || resolverVariable(root);
  return isResolverMap ? typeName : undefined;
}

/** Root resolvers: `{ Query: { users: () => ... } }`. */
export function isRootResolver(fn: FunctionInfo): boolean {
  const prop = fn.node.parent;
  if (prop?.type !== 'Property') return false;
  const typeProp = prop.parent?.parent;
  return typeProp?.type === 'Property' && GRAPHQL_ROOT_TYPES.has(keyName(typeProp) ?? '');
}

function resolverVariable(obj: Node): boolean {
  const decl = obj.parent;
  return decl?.type === 'VariableDeclarator' && decl.id.type === 'Identifier' && /resolvers?$/i.test(decl.id.name);
}

/** `@Resolver(() => Post)` or `@Resolver(Post)` → `Post`. */
function resolverType(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression): string | undefined {
  for (const d of cls.decorators ?? []) {
    const e = d.expression;
    if (e.type !== 'CallExpression' || calleeName(e) !== 'Resolver') continue;
    let arg = e.arguments[0] as Node | undefined;
    if (arg && (arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression') && arg.body.type !== 'BlockStatement') arg = arg.body as Node;
    if (arg?.type === 'Identifier') return arg.name;
  }
  return undefined;
}
