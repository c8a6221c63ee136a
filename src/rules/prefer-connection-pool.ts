import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeName, isFunctionNode, keyName, ownReturns, propertyName, pushChildren, referencedNames, rootName, stringValue, unwrapExpression, type Node } from '../analysis/ast';
import type { CallEffect } from '../analysis/call-effects';
import { CACHE_NAME, type FileAnalysis } from '../analysis/file-analysis';
import type { CallSite, FunctionInfo } from '../analysis/model';
import { isAllowed, type AnalysisOptions } from '../analysis/options';
import { singleValue } from '../analysis/scope';
import { fileAnalysis, mayReportIn } from './util/analysis-context';
import { createRule } from './util/create-rule';
import { onOperatorPath } from './util/operator-path';
import { repetitionPhrase } from './util/phrases';
import { optionsSchema } from './util/schema';
import { returnsOnceFilled } from './util/fill-once';
import { hoistClientFix } from './util/fixes/hoist-client';

type Options = [AnalysisOptions];
type MessageIds = 'perCall' | 'sharedConnection' | 'useCreatePool' | 'hoist';
type CreateEffect = Extract<CallEffect, { kind: 'create' }>;

const CLOSE_METHODS = new Set(['end', 'close', 'quit', 'disconnect', 'destroy', '$disconnect']);
/** Entry points that run once per process: a connect-query-close there is a one-off, not a per-call cost. */
const STARTUP_NAME = /^(main|bootstrap|onModuleInit|onApplicationBootstrap)$/;

export default createRule<MessageIds, Options>({
  name: 'prefer-connection-pool',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require database clients, pools and HTTP agents to be created once and reused',
      recommended: true,
      category: 'database',
    },
    hasSuggestions: true,
    messages: {
      perCall: '`{{call}}` creates a new client {{where}}. Each is one {{what}}: create it once at module level and reuse it.',
      sharedConnection: '`{{call}}` opens one connection that every request here shares. Their queries wait in line; use {{alternative}}.',
      useCreatePool: 'Use `{{replacement}}` (same options, pooled).',
      hoist: 'Create `{{name}}` once at module level and reuse it.',
    },
    schema: optionsSchema(),
    defaultOptions: [{}],
  },
  create(context, [options]) {
    if (!mayReportIn(context, 'prefer-connection-pool')) return {};
    return {
      'Program:exit'() {
        const analysis = fileAnalysis(context, options);
        if (!analysis || analysis.fileKind !== 'runtime') return;
        for (const site of analysis.collected.calls) {
          const effect = analysis.effectOf(site);
          if (effect?.kind !== 'create' || effect.factory.creates === 'instance' || isAllowed(effect.label, options.allow)) continue;
          // `drizzle(pool)`, `drizzle({ client: new Database(file) })`: a wrapper over a client made elsewhere
          // (reported there, if it is made per call), not a connection of its own.
          if (effect.factory.wrapsHandedClient && handsExistingClient(analysis, site)) continue;
          const owner = analysis.ownerOf(site.fn);
          const node = site.node as unknown as TSESTree.Node;
          if (!owner) {
            if (effect.factory.unpooledWhenShared && !site.repetitions.length && !isDedicatedListener(analysis, site)) {
              const alt = effect.factory.pooledAlternative ?? 'a pool';
              const fix = createPoolFix(analysis, site, effect);
              context.report({
                node,
                messageId: 'sharedConnection',
                data: { call: effect.label, alternative: `\`${alt}\`` },
                ...(fix && { suggest: [{ messageId: 'useCreatePool', data: { replacement: fix.preview }, fix: fix.fix }] }),
              });
            }
            continue;
          }
          if (isCached(analysis, site) || filledOnce(analysis, site) || madeByCacheLoader(site, (n) => analysis.text(n))) continue;
          // `getSignedUrl(new S3Client(…), command)`: a presigned URL is computed here; no request is sent.
          if (onlyPresigns(analysis, site)) continue;
          // `const sub = new Redis(…); await sub.subscribe(channel)`: a subscriber or a blocking read holds its connection by design.
          if (holdsItsConnection(analysis, site, owner)) continue;
          // `new Client({ connectionString: req.body.url })`: a database the request names (a connection test,
          // a migration tool) cannot be shared between requests.
          if (addressFromRequest(analysis, site)) continue;
          // `mysql.createConnection(monitor.connectionString)`, `new S3Client({ credentials: input.keys })`:
          // the caller names the server (a health check of a user's database, a "test connection"
          // button, a factory the caller configures). Module level cannot know it, so the advice to
          // create it there does not apply; connecting may be the very thing the code checks.
          // Unless the function runs the caller's work on it (`queryTenant(tenant, sql)`): then the
          // same server is reached again on the next call, and a pool kept per address would serve it.
          if (addressFromCaller(analysis, site, owner) && !runsCallersWork(analysis, site, owner)) continue;
          const per = perCallReason(analysis, site, effect);
          if (!per) continue;
          // Made and closed in one function that nothing is seen to call (no entry point, no caller in this
          // file): in real code most often a boot step, a migration lock, a probe or a query run with
          // per-source credentials. A hint with the fix; once the project shows a request path, reported.
          // On an operator's endpoint (an admin route) a client made per call costs a handshake nobody else waits on: a hint too.
          const hint = per.unknownReach || onOperatorPath(analysis, site);
          if (hint && options.report !== 'all') continue;
          const where = per.phrase;
          const hoist = hoistClientFix(analysis, site, effect, owner);
          context.report({
            node,
            messageId: 'perCall',
            data: { call: effect.label, what: describe(effect), where, ...(hint && { cost: 'low' }) },
            suggest: hoist ? [{ messageId: 'hoist', data: { name: hoist.name }, fix: hoist.fix }] : [],
          });
        }
      },
    };
  },
});

/**
 * The client is kept in a name that the function then subscribes with (`subscribe`, `psubscribe`,
 * `ssubscribe`, `monitor`) or blocks on (`blpop`, `brpop`, `blmove`, `bzpopmin`, `xread(…'BLOCK'…)`).
 * Redis gives such a connection to that one caller until it is done: it cannot be shared, so a
 * connection per stream or per subscriber is how it is meant to be used, not a missing pool.
 */
function holdsItsConnection(analysis: FileAnalysis, site: CallSite, owner: FunctionInfo | undefined): boolean {
  let p: Node | undefined = site.node.parent;
  while (p && (p.type === 'AwaitExpression' || p.type === 'TSAsExpression' || p.type === 'TSNonNullExpression')) p = p.parent;
  const name = p?.type === 'VariableDeclarator' && p.id.type === 'Identifier' ? p.id.name : p?.type === 'AssignmentExpression' ? analysis.text(p.left as Node) : undefined;
  if (!name || !owner) return false;
  const body = analysis.text(owner.node);
  const on = `(?<![\\w$.])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\.\\s*`;
  return new RegExp(`${on}(?:p|s)?(?:subscribe|monitor|b(?:l|r|z)(?:pop|popmin|popmax|move|mpop|poplpush)\\w*)\\s*\\(`).test(body) || new RegExp(`${on}xread(?:group)?\\s*\\([^)]*['"]BLOCK['"]`, 'i').test(body);
}

/** The factory's first argument is a client (a value, or `{ client: … }`), not an address or settings to connect with. */
function handsExistingClient(analysis: FileAnalysis, site: CallSite): boolean {
  const first = site.node.arguments[0] ? unwrapExpression(site.node.arguments[0] as Node) : undefined;
  if (!first) return false;
  if (first.type === 'ObjectExpression') return first.properties.some((p) => p.type === 'Property' && keyName(p) === 'client');
  if (first.type === 'NewExpression') return true;
  if (first.type !== 'Identifier' && first.type !== 'MemberExpression' && first.type !== 'CallExpression') return false;
  // `drizzle(process.env.DATABASE_URL)`, `drizzle(dbUrl)`, `drizzle(getConnectionString())`: an address.
  if (ADDRESS_LIKE.test(analysis.text(first))) return false;
  // `const pool = new Pool(…)`, `const sql = postgres(url)`: a client. `const url = process.env.X`, `'postgres://…'`: an address.
  const value = first.type === 'Identifier' ? singleValue(site.scope.lookup(first.name)) : undefined;
  if (!value || value.type === 'NewExpression') return true;
  if (value.type === 'Literal' || value.type === 'TemplateLiteral') return false;
  return !ADDRESS_LIKE.test(analysis.text(value.type === 'CallExpression' ? (value.callee as Node) : value));
}
const ADDRESS_LIKE = /url|uri|dsn|conn(ection)?_?str|host|process\.env|\benv\b|config|options/i;

/** Names that carry what a request sent: Express/Koa `req.body`, GraphQL `args`, tRPC `input`, a DTO. */
const REQUEST_DATA = /^(req|request|body|input|args|dto|payload|params|query)$/;

function addressFromRequest(analysis: FileAnalysis, site: CallSite): boolean {
  for (const a of site.node.arguments) {
    for (const name of referencedNames(a as Node, analysis.keysOf)) if (REQUEST_DATA.test(name)) return true;
    // `ctx.request.body.url`, `event.body`: the request reached through its context.
    if (/\b(request|body|input)\b/.test(analysis.text(a as Node))) return true;
  }
  return false;
}

/**
 * An argument of the factory refers to a parameter of the function that makes the client (or of a
 * function around it), directly or through a local constant made from one. `this.config.url` and
 * `process.env.URL` do not count: those are the same on every call.
 */
function addressFromCaller(analysis: FileAnalysis, site: CallSite, owner: FunctionInfo): boolean {
  const seen = new Set<string>();
  const fromParameter = (node: Node, depth: number): boolean => {
    for (const name of referencedNames(node, analysis.keysOf)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const b = site.scope.lookup(name);
      if (!b || !b.owner || !withinOwner(b.owner, owner)) continue;
      if (b.kind === 'parameter') return true;
      if (b.kind === 'variable' && depth < 3 && b.values.some((v) => fromParameter(v.node, depth + 1))) return true;
    }
    return false;
  };
  return site.node.arguments.some((a) => addressParts(unwrapExpression(a as Node)).some((part) => fromParameter(part, 0)));
}

/**
 * `const sequelize = new Sequelize(tenant.databaseUrl); … return sequelize.query(sql, …)`: the client
 * runs a query the caller handed in (a parameter). A check of the server sends a query written
 * in the code (`SELECT 1`) or none.
 */
function runsCallersWork(analysis: FileAnalysis, site: CallSite, owner: FunctionInfo): boolean {
  const client = storedIn(site);
  if (!client) return false;
  const isParameter = (name: string) => {
    const b = site.scope.lookup(name);
    return b?.kind === 'parameter' && !!b.owner && withinOwner(b.owner, owner);
  };
  // The address is a field of a record the caller passes (`tenant.databaseUrl`): the app's own
  // tenants, reached again and again. A helper handed the address itself (`mysqlQuery(url, sql)`,
  // what monitors and connection tests call) is left alone.
  const fromRecord = site.node.arguments.some((a) =>
    addressParts(unwrapExpression(a as Node)).some((part) => part.type === 'MemberExpression' && isParameter(rootName(part) ?? '')),
  );
  if (!fromRecord) return false;
  return analysis.ownedCalls(owner).some((c) => {
    const callee = unwrapExpression(c.node.callee);
    if (callee.type !== 'MemberExpression' || unwrapExpression(callee.object).type !== 'Identifier' || (unwrapExpression(callee.object) as TSESTree.Identifier).name !== client) return false;
    if (!/^(query|execute|exec|raw|select|insert|update|delete|run|all|get)$/.test(propertyName(callee) ?? '')) return false;
    const first = c.node.arguments[0] && unwrapExpression(c.node.arguments[0] as Node);
    return first?.type === 'Identifier' && isParameter(first.name);
  });
}

/** Options that say which server to reach (not which schema, pool size or logging to use). */
// `connect: { lookup }` (undici) and `lookup` (node:http): an agent whose DNS answer is pinned to an address the
// caller validated (an SSRF guard) connects where the caller says.
const ADDRESS_KEY = /^(connection|connectionString|url|uri|host|hostname|server|servers|database|dsn|socketPath|port|user|username|password|node|nodes|endpoint|address|cluster|clusterNodes|sentinels|connect|lookup)$/i;

/**
 * The parts of a factory argument that name the server: the argument itself, or, for an options
 * object, its address options (`connection`, `host`, `url`…, nested ones too). `knex({ connection:
 * process.env.DATABASE_URL, searchPath: [schema] })` reaches the same server whatever `schema` is.
 */
function addressParts(arg: Node): Node[] {
  if (arg.type !== 'ObjectExpression') return [arg];
  const out: Node[] = [];
  for (const p of arg.properties) {
    if (p.type === 'SpreadElement') out.push(p.argument as Node);
    else if (ADDRESS_KEY.test(keyName(p) ?? '')) {
      const value = unwrapExpression(p.value as Node);
      out.push(...(value.type === 'ObjectExpression' ? addressParts(value) : [value]));
    }
  }
  return out;
}

/** `fn` is the owner or a function inside it (its callbacks). */
function withinOwner(fn: FunctionInfo, owner: FunctionInfo): boolean {
  for (let f: FunctionInfo | undefined = fn; f; f = f.parent) if (f === owner) return true;
  return false;
}

function describe(effect: CreateEffect): string {
  if (effect.table.kind === 'http-agent' || effect.table.kind === 'http-client') return `${effect.table.name} agent (its keep-alive sockets are thrown away)`;
  return effect.factory.creates === 'pool' ? `${effect.table.name} client with its own connection pool` : `${effect.table.name} connection`;
}

/** Why the client is made per call, as the message says it; `unknownReach` when no entry point is seen to run it. */
function perCallReason(analysis: FileAnalysis, site: CallSite, effect: CreateEffect): { phrase: string; unknownReach?: boolean } | undefined {
  // A service method that makes a client (`getRedisInstance()`, `createConnection()`) is a factory as
  // often as a request step: reported only when it makes one per item, or makes and closes one per call.
  const declared = analysis.requestPathOf(site.fn);
  const serviceLevel = !!(declared?.service || declared?.assumed);
  const reason = serviceLevel ? undefined : declared;
  // Callers in other modules decide for the rest: a factory only a singleton's constructor or
  // start-up code calls runs once, however it looks here.
  const reach = reason ? undefined : analysis.reachOfCall(site);
  if (reach?.kind === 'cold') return undefined;
  const rep = site.repetitions.at(-1);
  if (rep) return { phrase: `once per ${repetitionPhrase(rep)}` };
  // Handlers, consumers and jobs alike: say "every time it runs", not "every request".
  if (reason) return { phrase: `every time it runs (${reason.label}, line ${reason.line})` };
  const closedAt = closedInSameFunction(analysis, site, effect);
  const owner = analysis.ownerOf(site.fn);
  if (closedAt && !(owner && runsOnceAtStartup(analysis, owner))) return { phrase: `on every call of \`${analysis.ownerOf(site.fn)?.name ?? 'this function'}\`, and closes it again at line ${closedAt}`, unknownReach: reach?.kind !== 'hot' && !declared && !(owner && analysis.callersOf(owner).length) };
  if (reach?.kind === 'hot' && owner && !serviceLevel) return { phrase: `every time it runs (${reach.entry}, ${reach.file}:${reach.line}, via \`${owner.name ?? 'this function'}\`)` };
  return undefined;
}

/** `client ??= new X()`, `this.pool = new Pool()`, `cache.set(key, new X())`: created once, then reused. */
function isCached(analysis: FileAnalysis, site: CallSite, depth = 0): boolean {
  let n: Node = site.node;
  for (;;) {
    const p: Node | undefined = n.parent;
    if (!p) return false;
    if (p.type === 'AwaitExpression' || p.type === 'LogicalExpression' || p.type === 'ConditionalExpression' || p.type === 'TSAsExpression' || p.type === 'TSNonNullExpression') {
      n = p;
      continue;
    }
    if (p.type === 'AssignmentExpression' && p.right === n) {
      const left = unwrapExpression(p.left);
      return (left.type === 'MemberExpression' || left.type === 'Identifier') && outlivesCall(analysis, site, left);
    }
    if (p.type === 'CallExpression' && p.arguments.includes(n as TSESTree.CallExpressionArgument)) {
      const callee = unwrapExpression(p.callee);
      return callee.type === 'MemberExpression' && propertyName(callee) === 'set' && outlivesCall(analysis, site, callee.object);
    }
    if (p.type === 'PropertyDefinition') return true;
    if (p.type === 'ReturnStatement' && returnedToCachingCallers(analysis, site, depth)) return true;
    return keptAfterwards(analysis, site);
  }
}

/**
 * `private static async createInstance() { return makeWorkerUtils(…) }` whose every caller keeps what
 * it returns (`if (!instance) instance = await this.createInstance()`): a singleton's factory.
 * Only for a function no other module can call (a private method, a function the module does not export).
 */
function returnedToCachingCallers(analysis: FileAnalysis, site: CallSite, depth: number): boolean {
  const owner = analysis.ownerOf(site.fn);
  if (!owner || depth > 2 || !calledInItsModuleOnly(owner)) return false;
  const callers = analysis.callersOf(owner);
  return callers.length > 0 && callers.every((c) => isCached(analysis, c, depth + 1));
}

function calledInItsModuleOnly(fn: FunctionInfo): boolean {
  const p = fn.node.parent;
  if (p?.type === 'MethodDefinition') return p.accessibility === 'private' || p.key.type === 'PrivateIdentifier';
  return !fn.exported && !fn.cls && fn.node.type === 'FunctionDeclaration';
}

/** Methods of a cache that run the function they are handed on a miss only (`cache.wrap(key, () => new S3Client(…), { ttl })`). */
const LOADER_METHODS = new Set(['wrap', 'get', 'getOrSet', 'getOrCreate', 'remember', 'fetch', 'memoize']);
/** Wrappers that run the function once per key, or once (`memoize(() => new Pool())`, `once(…)`). */
const MEMOISERS = /^(memoize|memoizee|memoizeOne|pMemoize|mem|once|lazy|cached)$/;

/** The client is made by a loader a cache or a memoiser runs on a miss: once per key, then reused. */
function madeByCacheLoader(site: CallSite, text: (n: Node) => string): boolean {
  for (let f: Node | undefined = site.node.parent; f; f = f.parent) {
    if (!isFunctionNode(f)) continue;
    const call = f.parent;
    if (call?.type !== 'CallExpression' || !call.arguments.includes(f as never)) return false;
    const callee = unwrapExpression(call.callee as Node);
    if (callee.type === 'MemberExpression') return LOADER_METHODS.has(propertyName(callee) ?? '') && CACHE_NAME.test(text(unwrapExpression(callee.object as Node)));
    return callee.type === 'Identifier' && MEMOISERS.test(callee.name);
  }
  return false;
}

/** `if (db) return;` at the top of the function that opens the client and then sets `db`: the first call only. */
function filledOnce(analysis: FileAnalysis, site: CallSite): boolean {
  const owner = analysis.ownerOf(site.fn);
  return !!owner && returnsOnceFilled(owner, site.node, (n) => analysis.text(n), analysis.file.text, (store) => outlivesCall(analysis, site, store));
}

/** AWS's presigners sign with the client's credentials and region, locally (`@aws-sdk/s3-request-presigner`, `@aws-sdk/s3-presigned-post`). */
const PRESIGNERS = new Set(['getSignedUrl', 'createPresignedPost']);

/** The client made here is only handed to a presigner: it never opens a connection. */
function onlyPresigns(analysis: FileAnalysis, site: CallSite): boolean {
  const name = storedIn(site);
  const owner = analysis.ownerOf(site.fn);
  if (!name || !owner) return false;
  let uses = 0;
  const stack: Node[] = [owner.node.body as Node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'Identifier' && n.name === name) {
      const p = n.parent;
      const declared = p?.type === 'VariableDeclarator' && p.id === n;
      if (!declared) {
        uses++;
        if (p?.type !== 'CallExpression' || !p.arguments.includes(n as never) || !PRESIGNERS.has(calleeName(p) ?? '')) return false;
      }
    }
    pushChildren(stack, n, analysis.keysOf);
  }
  return uses > 0;
}

/** `const d = drizzle(…); globalThis.DB = d; return d;`: the local is then put where it outlives the call. */
function keptAfterwards(analysis: FileAnalysis, site: CallSite): boolean {
  const name = storedIn(site);
  const owner = analysis.ownerOf(site.fn);
  if (!name || !owner) return false;
  const stack: Node[] = [];
  pushChildren(stack, owner.node.body as Node, analysis.keysOf);
  while (stack.length) {
    const n = stack.pop()!;
    if (isFunctionNode(n)) continue;
    if (n.type === 'AssignmentExpression' && n.operator === '=') {
      const right = unwrapExpression(n.right);
      const left = unwrapExpression(n.left);
      if (right.type === 'Identifier' && right.name === name && (left.type === 'MemberExpression' || left.type === 'Identifier') && outlivesCall(analysis, site, left)) return true;
    }
    pushChildren(stack, n, analysis.keysOf);
  }
  return false;
}

/**
 * The store survives the call: a module variable, `this.x`, a module-level Map. `req.db = new Client()`
 * or a local `let c; c ??= new X()` is a fresh client per call all the same.
 */
function outlivesCall(analysis: FileAnalysis, site: CallSite, target: Node): boolean {
  let t = unwrapExpression(target);
  while (t.type === 'MemberExpression') t = unwrapExpression(t.object);
  if (t.type === 'ThisExpression') return true;
  if (t.type !== 'Identifier') return false;
  const b = site.scope.lookup(t.name);
  if (!b) return true; // an undeclared global
  const owner = analysis.ownerOf(site.fn);
  for (let f = site.fn; f; f = f.parent) {
    if (b.owner === f) return false;
    if (f === owner) break;
  }
  return true;
}

/**
 * `const listener = new Client(); ... listener.query('LISTEN jobs'); listener.on('notification', ...)`:
 * notifications arrive on the connection that listens, so it must be one long-lived connection, not a pool.
 */
function isDedicatedListener(analysis: FileAnalysis, site: CallSite): boolean {
  const name = storedIn(site);
  if (!name) return false;
  const binding = site.scope.lookup(name);
  return analysis.collected.calls.some((c) => {
    const callee = unwrapExpression(c.node.callee);
    if (callee.type !== 'MemberExpression') return false;
    const obj = unwrapExpression(callee.object);
    if (obj.type !== 'Identifier' || obj.name !== name || c.scope.lookup(name) !== binding) return false;
    const method = propertyName(callee);
    const first = stringValue(c.node.arguments[0] as Node | undefined) ?? '';
    return (method === 'on' && first === 'notification') || (method === 'query' && /^\s*LISTEN\s/i.test(first));
  });
}

/** `main()`, `onModuleInit()`, or a function every in-file caller runs once at start-up (module level, not in a loop). */
function runsOnceAtStartup(analysis: FileAnalysis, fn: FunctionInfo, seen = new Set<FunctionInfo>()): boolean {
  if (fn.name && STARTUP_NAME.test(fn.name)) return true;
  if (seen.has(fn) || analysis.requestPathOf(fn)) return false;
  seen.add(fn);
  return analysis.everyCaller(fn, (s, caller) => s.repetitions.length === 0 && (!caller || runsOnceAtStartup(analysis, caller, seen)));
}

/** `const client = await mysql.createConnection(…)`, `const db = knex(…) as Knex`: the variable the new client is kept in. */
function storedIn(site: CallSite): string | undefined {
  let n: Node = site.node;
  while (n.parent && (n.parent.type === 'AwaitExpression' || n.parent.type === 'TSAsExpression' || n.parent.type === 'TSNonNullExpression')) n = n.parent;
  const decl = n.parent;
  return decl?.type === 'VariableDeclarator' && decl.id.type === 'Identifier' ? decl.id.name : undefined;
}

/** `const c = new Client(); await c.connect(); ...; await c.end();` inside one function. */
function closedInSameFunction(analysis: FileAnalysis, site: CallSite, effect: CreateEffect): number | undefined {
  const name = storedIn(site);
  if (!name) return undefined;
  const owner = analysis.ownerOf(site.fn);
  // A factory that hands the client out (`return queue`) closes it in a shut-down hook, not per call:
  // its callers decide how often it runs.
  if (!owner || returnsVariable(owner.node as Node, name, analysis.keysOf)) return undefined;
  for (const other of analysis.ownedCalls(owner)) {
    const callee = unwrapExpression(other.node.callee);
    if (callee.type !== 'MemberExpression') continue;
    const obj = unwrapExpression(callee.object);
    const method = propertyName(callee);
    if (obj.type === 'Identifier' && obj.name === name && method && (CLOSE_METHODS.has(method) || effect.table.closeMethods?.includes(method))) return analysis.line(other.node);
  }
  return undefined;
}

/** `return queue`, `return { queue }` in the function itself (not in a nested one). */
function returnsVariable(fn: Node, name: string, keysOf: (n: Node) => readonly string[]): boolean {
  const isName = (n: Node) => n.type === 'Identifier' && n.name === name;
  return isFunctionNode(fn) && ownReturns(fn, keysOf).some((r) => {
    const arg = r.argument && unwrapExpression(r.argument as Node);
    return !!arg && (isName(arg) || (arg.type === 'ObjectExpression' && arg.properties.some((p) => p.type === 'Property' && isName(unwrapExpression(p.value as Node)))));
  });
}

/** `mysql.createConnection(opts)` → `mysql.createPool(opts)`: the pool takes the same options and has `query`/`execute`. */
function createPoolFix(analysis: FileAnalysis, site: CallSite, effect: CreateEffect) {
  if (effect.table.id !== 'mysql2' || effect.factory.export !== 'createConnection') return undefined;
  const callee = unwrapExpression(site.node.callee);
  if (callee.type !== 'MemberExpression' || callee.computed) return undefined;
  const prop = callee.property;
  return {
    preview: `${analysis.text(callee.object)}.createPool(…)`,
    fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(prop as TSESTree.Node, 'createPool'),
  };
}
