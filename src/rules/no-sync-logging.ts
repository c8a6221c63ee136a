import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { keyName, propertyName, unwrapExpression, type Node } from '../analysis/ast';
import type { FileAnalysis } from '../analysis/file-analysis';
import type { CallSite, FunctionInfo } from '../analysis/model';
import { isAllowed, type AnalysisOptions } from '../analysis/options';
import { fileAnalysis, mayReportIn } from './util/analysis-context';
import { createRule } from './util/create-rule';
import { loggerAround } from './util/logger-context';
import { perItemLoop } from './util/loop-items';
import { runsOnEveryRequest } from './util/request-frequency';
import { reachPhrase, requestPathPhrase } from './util/phrases';
import { optionsSchema } from './util/schema';

type Options = [AnalysisOptions];
type MessageIds = 'console' | 'stdWrite' | 'syncWriteInLogger' | 'syncDestination' | 'useLogger';

const CONSOLE_METHODS = new Set(['log', 'info', 'debug', 'trace', 'dir', 'table', 'warn', 'error', 'count', 'timeLog']);
/** Logging an error from a catch block is the cold path; leave it alone. */
const ERROR_METHODS = new Set(['warn', 'error']);
/** Lines for when something went wrong, or for debugging: not the normal path of a request. */
const RARE_METHODS = new Set(['warn', 'error', 'debug', 'trace', 'assert']);
/** `if (err)`, `if (stderr)`, `if (!res.ok)`, `if (failed)`: a branch for when something went wrong. */
const ERROR_TEST = /\b(err|error|errors|stderr|fail\w*|invalid|exception|!\s*\w+\.ok)\b|!\s*[\w.]*\.ok\b/i;
/** Guards like `if (process.env.DEBUG)` keep a log line out of production. */
const DEBUG_GUARD = /NODE_ENV|DEBUG|debug|verbose|isDev|development/;
/** console method → logger method for the suggestion. */
const LOGGER_METHOD: Record<string, string> = { log: 'info', info: 'info', debug: 'debug', warn: 'warn', error: 'error', trace: 'trace' };

export default createRule<MessageIds, Options>({
  name: 'no-sync-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow logging that blocks the event loop on request paths',
      recommended: true,
      category: 'application',
    },
    hasSuggestions: true,
    messages: {
      console: '`{{call}}` blocks the event loop {{where}}. It formats its arguments and writes synchronously to files and terminals.',
      stdWrite: '`{{call}}` blocks the event loop {{where}}. It writes synchronously to files and terminals.',
      syncWriteInLogger: '`{{call}}` in `{{logger}}` blocks the event loop on every log line.',
      syncDestination: '`{{call}}({ sync: true })` makes every log line a blocking write.',
      useLogger: 'Log with `{{logger}}.{{method}}` instead.',
    },
    schema: optionsSchema(),
    defaultOptions: [{}],
  },
  create(context, [options]) {
    // `Sync\b`, not `Sync(`: a sync write can be imported under an alias.
    if (!mayReportIn(context, 'no-sync-logging')) return {};
    return {
      'Program:exit'() {
        const analysis = fileAnalysis(context, options);
        if (!analysis || analysis.fileKind !== 'runtime' || isWorkflowSandbox(analysis)) return;
        const logger = asyncLoggerName(analysis);
        for (const site of analysis.collected.calls) {
          const report = check(analysis, site, logger);
          if (!report || isAllowed(report.data.call, options.allow)) continue;
          // Error, warning and debug lines, lines on an error branch, and single lines deep below a
          // handler run rarely: shown as hints (`report: 'all'`), not worth fixing.
          const rare = 'rare' in report && report.rare;
          if (rare && options.report !== 'all') continue;
          const data: Record<string, string | undefined> = { ...report.data, ...(rare && { cost: 'low' }) };
          context.report({ node: site.node as unknown as TSESTree.Node, messageId: report.messageId, data, ...('suggest' in report && report.suggest && { suggest: report.suggest }) });
        }
      },
    };
  },
});

function check(analysis: FileAnalysis, site: CallSite, logger: string | undefined) {
  const callee = unwrapExpression(site.node.callee);
  const loggerName = loggerAround(analysis, site);
  if (loggerName) {
    return { messageId: 'syncWriteInLogger' as const, data: { call: analysis.effectOf(site)!.label, logger: loggerName } };
  }
  // `import { destination } from 'pino'` is the same call as `pino.destination`.
  if (callee.type === 'Identifier' && site.scope.lookup(callee.name)?.kind === 'import') {
    const origin = analysis.resolver.resolve(callee, site.scope);
    if (origin?.kind === 'export' && origin.table.id === 'pino' && origin.name === 'destination' && hasSyncTrue(site)) return { messageId: 'syncDestination' as const, data: { call: callee.name } };
    return undefined;
  }
  if (callee.type !== 'MemberExpression') return undefined;
  const method = propertyName(callee);
  const obj = unwrapExpression(callee.object);
  if (!method) return undefined;

  if (method === 'destination' || (callee.type === 'MemberExpression' && method === 'SonicBoom')) {
    const origin = analysis.resolver.resolve(callee, site.scope);
    if (origin?.kind === 'export' && origin.table.id === 'pino' && hasSyncTrue(site)) return { messageId: 'syncDestination' as const, data: { call: analysis.text(callee) } };
    return undefined;
  }

  const isConsole = obj.type === 'Identifier' && obj.name === 'console' && !site.scope.lookup('console') && CONSOLE_METHODS.has(method);
  const isStdWrite = method === 'write' && obj.type === 'MemberExpression' && /^std(out|err)$/.test(propertyName(obj) ?? '') && analysis.text(obj.object) === 'process';
  if (!isConsole && !isStdWrite) return undefined;
  if (isConsole && ERROR_METHODS.has(method) && onErrorPath(site)) return undefined;
  if (underDebugGuard(site.node)) return undefined;
  const rare = (isConsole && RARE_METHODS.has(method)) || onErrorPath(site) || onErrorBranch(site.node, (n) => analysis.text(n));
  const reason = analysis.requestPathOf(site.fn);
  // Or a request path in another module that calls this function (the project model).
  const reach = reason ? undefined : analysis.reachOf(site.fn);
  if (!reason && reach?.kind !== 'hot') return undefined;
  const path = reason ? requestPathPhrase(reason) : reachPhrase(reach as Extract<typeof reach, { kind: 'hot' }>);
  const loop = perItemLoop(site);
  const where = loop ? `in a loop (line ${loop.line}) ${path}` : path;
  const call = isConsole ? `console.${method}` : analysis.text(callee);
  const target = isConsole && logger && LOGGER_METHOD[method] && site.node.arguments.length === 1 ? `${logger}.${LOGGER_METHOD[method]}` : undefined;
  return {
    // One short line per request costs microseconds next to the request's own work: a hint. A line
    // per item of a collection grows with the data; a whole object serialised on every request
    // (`JSON.stringify(req.body)`, `console.dir(order)`) costs what the object weighs: worth fixing.
    // An app deployed as functions (Vercel, Lambda) runs each request in an instance of its own and
    // logs through stdout: the write holds up no other request, and an async logger may lose lines
    // when the instance is frozen after the response.
    rare: rare || (!loop && !(serialisesObject(site, method) && runsOnEveryRequest(analysis, site))) || analysis.deployedAsFunctions(),
    messageId: isConsole ? ('console' as const) : ('stdWrite' as const),
    data: { call, where },
    ...(target && {
      suggest: [{ messageId: 'useLogger' as const, data: { logger, method: LOGGER_METHOD[method] }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(callee as unknown as TSESTree.Node, target) }],
    }),
  };
}

/** Methods that print a whole object with `util.inspect` whatever they are given. */
const OBJECT_METHODS = new Set(['dir', 'table']);
/** `JSON.stringify(x)`, `util.inspect(x)`, `inspect(x)`. */
const SERIALISERS = /^(JSON\.stringify|(util\.)?inspect)$/;
/** `req.body`, `ctx.request.body`, `event.body`, `job.data`, `response.data`: a request's or a job's whole payload. */
const REQUEST_OBJECT = /(^|\.)(body|payload|query|params|headers|data)$/;

/** The line serialises a whole object: a serialiser call, the request's or a job's payload, or `console.dir`. */
function serialisesObject(site: CallSite, method: string): boolean {
  if (OBJECT_METHODS.has(method)) return true;
  const args = site.node.arguments.map((a) => unwrapExpression(a as Node));
  const text = (n: Node): string => (n.type === 'Identifier' ? n.name : n.type === 'MemberExpression' ? `${text(unwrapExpression(n.object))}.${propertyName(n) ?? ''}` : '');
  // An object literal of a few fields (`{ userId, status }`) is a short line, not a whole object.
  return args.some((a) => {
    if (a.type === 'CallExpression') return SERIALISERS.test(text(unwrapExpression(a.callee)));
    if (a.type === 'TemplateLiteral') return a.expressions.some((e) => e.type === 'CallExpression' && SERIALISERS.test(text(unwrapExpression(e.callee as Node))));
    return a.type === 'MemberExpression' && REQUEST_OBJECT.test(text(a));
  });
}

/**
 * Error paths run rarely: a `catch` block, a promise's `.catch(cb)` / `.then(ok, onRejected)` callback,
 * or Express error middleware `(err, req, res, next)`.
 */
function onErrorPath(site: CallSite): boolean {
  if (site.inCatch) return true;
  for (let f: FunctionInfo | undefined = site.fn; f; f = f.inline ? f.parent : undefined) {
    const call = f.node.parent;
    const callee = call?.type === 'CallExpression' ? unwrapExpression(call.callee) : undefined;
    if (call?.type === 'CallExpression' && callee?.type === 'MemberExpression') {
      const name = propertyName(callee);
      if ((name === 'catch' && call.arguments[0] === f.node) || (name === 'then' && call.arguments[1] === f.node)) return true;
    }
    const first = f.node.params[0];
    if (f.node.params.length === 4 && first?.type === 'Identifier' && /^(err|error)$/.test(first.name)) return true;
  }
  return false;
}

/** `res.status(400).json(…)`, `Response.json(body, { status: 401 })`, `reply.code(404)`, `res.sendStatus(403)`, `new BadRequestException(…)`. */
const ERROR_RESPONSE = /\b(status|code|sendStatus)\s*[(:]\s*[45]\d\d\b|\b(BadRequest|Unauthorized|Forbidden|NotFound|Conflict|UnprocessableEntity)\w*(Error|Exception)?\b/;

/** Inside an `if`/`else` or ternary whose test is about an error, just before a `throw`, or in a block that answers with an error response. */
function onErrorBranch(node: Node, text: (n: Node) => string): boolean {
  for (let n: Node | undefined = node.parent; n; n = n.parent) {
    if ((n.type === 'IfStatement' || n.type === 'ConditionalExpression') && ERROR_TEST.test(textOfTest(n.test) + (n.test.type === 'UnaryExpression' ? ` !${textOfTest(n.test.argument)}` : ''))) return true;
    if (n.type === 'BlockStatement' && n.body.some((s) => s.type === 'ThrowStatement' || (s.type === 'ReturnStatement' && !!s.argument && ERROR_RESPONSE.test(text(s.argument as Node))))) return true;
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression') return false;
  }
  return false;
}

function hasSyncTrue(site: CallSite): boolean {
  for (const a of site.node.arguments) {
    const o = unwrapExpression(a as Node);
    if (o.type !== 'ObjectExpression') continue;
    for (const p of o.properties) if (p.type === 'Property' && keyName(p) === 'sync' && p.value.type === 'Literal' && p.value.value === true) return true;
  }
  return false;
}

function underDebugGuard(node: Node): boolean {
  for (let n: Node | undefined = node.parent; n; n = n.parent) {
    if ((n.type === 'IfStatement' || n.type === 'ConditionalExpression') && DEBUG_GUARD.test(textOfTest(n.test))) return true;
    if (n.type === 'LogicalExpression' && n.operator === '&&' && DEBUG_GUARD.test(textOfTest(n.left))) return true;
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression') return false;
  }
  return false;
}

function textOfTest(n: Node): string {
  // Identifier and member names are enough to spot debug flags; no source text needed.
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') return `${textOfTest(n.object)}.${propertyName(n) ?? ''}`;
  if (n.type === 'BinaryExpression' || n.type === 'LogicalExpression') return `${textOfTest(n.left as Node)} ${textOfTest(n.right)}`;
  if (n.type === 'UnaryExpression') return textOfTest(n.argument);
  if (n.type === 'CallExpression') return textOfTest(n.callee);
  if (n.type === 'Literal') return String(n.value);
  return '';
}

/** A module-level pino/winston/bunyan logger the suggestion can point to. */
function asyncLoggerName(analysis: FileAnalysis): string | undefined {
  for (const b of analysis.collected.moduleScope.vars.values()) {
    if (b.kind !== 'variable') continue;
    const o = analysis.resolver.resolveBinding(b);
    if (o?.kind === 'client' && o.table.kind === 'logger') return b.name;
  }
  return undefined;
}

/**
 * A Temporal workflow module (it imports `@temporalio/workflow`) runs in the SDK's sandbox, which does
 * no I/O of its own: what it logs is handed to the worker outside the workflow's code, so the write
 * this rule is about never happens here (Temporal's advice is its workflow `log`, for replay's sake).
 */
function isWorkflowSandbox(analysis: FileAnalysis): boolean {
  return analysis.collected.program.body.some((s) => s.type === 'ImportDeclaration' && s.source.value === '@temporalio/workflow' && s.importKind !== 'type');
}
