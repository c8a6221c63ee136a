import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, keyName, propertyName, pushChildren, unwrapExpression, type Node } from '../analysis/ast';
import { developmentOnly } from '../analysis/development-only';
import { loopBody } from '../analysis/loop-shape';
import type { FileAnalysis } from '../analysis/file-analysis';
import type { CallSite, Repetition } from '../analysis/model';
import { isAllowed, type AnalysisOptions } from '../analysis/options';
import { singleValue } from '../analysis/scope';
import { fileAnalysis, mayReportIn } from './util/analysis-context';
import { createRule } from './util/create-rule';
import { onErrorBranch, onErrorPath, textOfTest } from './util/failure-path';
import { loggerAround } from './util/logger-context';
import { onOperatorPath } from './util/operator-path';
import { perItemLoop } from './util/loop-items';
import { onInfrequentSchedule, runsOnEveryRequest } from './util/request-frequency';
import { reachPhrase, requestPathPhrase } from './util/phrases';
import { optionsSchema } from './util/schema';

type Options = [AnalysisOptions];
type MessageIds = 'console' | 'stdWrite' | 'syncWriteInLogger' | 'syncDestination' | 'useLogger';

const CONSOLE_METHODS = new Set(['log', 'info', 'debug', 'trace', 'dir', 'table', 'warn', 'error', 'count', 'timeLog']);
/** Logging an error from a catch block is the cold path; leave it alone. */
const ERROR_METHODS = new Set(['warn', 'error']);
/** Lines for when something went wrong, or for debugging: not the normal path of a request. */
const RARE_METHODS = new Set(['warn', 'error', 'debug', 'trace', 'assert']);
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
  // `if (!isProd) { console.dir(body) }`: production never writes it.
  if (underDebugGuard(site.node) || developmentOnly(site.node as Node, (n) => analysis.text(n))) return undefined;
  const rare = (isConsole && RARE_METHODS.has(method)) || onErrorPath(site) || onErrorBranch(site.node, (n) => analysis.text(n));
  const reason = analysis.requestPathOf(site.fn);
  // Or a request path in another module that calls this function (the project model).
  const reach = reason ? undefined : analysis.reachOf(site.fn);
  if (!reason && reach?.kind !== 'hot') return undefined;
  // Only assumed from where it lives (a service module's export), and called by scripts or start-up code alone.
  if (reason && (reason.assumed || reason.service) && analysis.onlyOnceOnlyCallers(site.fn)) return undefined;
  const path = reason ? requestPathPhrase(reason) : reachPhrase(reach as Extract<typeof reach, { kind: 'hot' }>);
  // A line right before the loop's `return`/`break` is written once per loop, not once per item.
  const innermost = perItemLoop(site);
  const loop = innermost && !exitsLoopAfter(site, innermost) ? innermost : undefined;
  const where = loop ? `in a loop (line ${loop.line}) ${path}` : path;
  // A short line in a pass that waits on I/O anyway (a query, a request, a sleep) costs little next to that wait.
  const besideIo = !!loop && passWaitsOnIo(analysis, site, loop) && !printsWholeValue(site, method);
  const call = isConsole ? `console.${method}` : analysis.text(callee);
  const target = isConsole && logger && LOGGER_METHOD[method] && site.node.arguments.length === 1 ? `${logger}.${LOGGER_METHOD[method]}` : undefined;
  return {
    // One short line per request costs microseconds next to the request's own work: a hint. A line
    // per item of a collection grows with the data; a whole object serialised on every request
    // (`JSON.stringify(req.body)`, `console.dir(order)`) costs what the object weighs: worth fixing.
    // An app deployed as functions (Vercel, Lambda) runs each request in an instance of its own and
    // logs through stdout: the write holds up no other request, and an async logger may lose lines
    // when the instance is frozen after the response.
    rare: rare || besideIo || consoleAllowedHere(analysis, site) || (!loop && !(serialisesObject(site, method) && runsOnEveryRequest(analysis, site))) || analysis.deployedAsFunctions() || onOperatorPath(analysis, site) || onInfrequentSchedule(analysis, site),
    messageId: isConsole ? ('console' as const) : ('stdWrite' as const),
    data: { call, where },
    ...(target && {
      suggest: [{ messageId: 'useLogger' as const, data: { logger, method: LOGGER_METHOD[method] }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(callee as unknown as TSESTree.Node, target) }],
    }),
  };
}

/**
 * `// eslint-disable-next-line no-console` above the line (or `eslint-disable-line` on it): the project
 * lints console calls and its authors kept this one on purpose, most often a structured line for the
 * log shipper reading stdout. Shown as a hint, not reported.
 */
function consoleAllowedHere(analysis: FileAnalysis, site: CallSite): boolean {
  const comments = (analysis.file.ast as { comments?: Array<{ value: string; loc?: { start: { line: number }; end: { line: number } } }> }).comments;
  if (!comments?.length) return false;
  const line = analysis.line(site.node as Node);
  return comments.some((c) => !!c.loc && NO_CONSOLE_ALLOWED.test(c.value) && (/disable-next-line/.test(c.value) ? c.loc.end.line === line - 1 : c.loc.start.line === line && /disable-line/.test(c.value)));
}
const NO_CONSOLE_ALLOWED = /eslint-disable-(next-)?line\b[^\n]*\bno-console\b/;

/** Methods that print a whole object with `util.inspect` whatever they are given. */
const OBJECT_METHODS = new Set(['dir', 'table']);
/** `JSON.stringify(x)`, `util.inspect(x)`, `inspect(x)`. */
const SERIALISERS = /^(JSON\.stringify|(util\.)?inspect)$/;
/**
 * `req.body`, `ctx.request.body`, `event.body`, `job.data`: a request's or a job's whole payload, as
 * long as the client or the producer made it. A route's `params` and `query` are bounded by a URL's
 * length; an API's answer (`response.data`) is small as often as not.
 */
const REQUEST_OBJECT = /(^|\.)(body|payload)$|^(req|request|ctx|event|job|msg|message)\.data$/;

/** The line serialises a whole object: a serialiser call, the request's or a job's payload, or `console.dir`. */
function serialisesObject(site: CallSite, method: string): boolean {
  if (OBJECT_METHODS.has(method)) return true;
  const args = site.node.arguments.map((a) => unwrapExpression(a as Node));
  const text = (n: Node): string => (n.type === 'Identifier' ? n.name : n.type === 'MemberExpression' ? `${text(unwrapExpression(n.object))}.${propertyName(n) ?? ''}` : '');
  // An object literal of a few fields (`{ userId, status }`) is a short line, not a whole object, and
  // so is a structured line serialised from one (`JSON.stringify({ event, reason, userId })`, or from a
  // variable given such a literal): a log record built here, not a value the request brought.
  const serialised = (call: Node) => {
    if (call.type !== 'CallExpression' || !SERIALISERS.test(text(unwrapExpression(call.callee as Node)))) return false;
    const first = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
    const record = first?.type === 'Identifier' ? singleValue(site.scope.lookup(first.name)) : first;
    return !(record?.type === 'ObjectExpression' && !carriesPayload(record, text));
  };
  return args.some((a) => {
    if (a.type === 'CallExpression') return serialised(a);
    if (a.type === 'TemplateLiteral') return a.expressions.some((e) => serialised(unwrapExpression(e as Node)));
    return a.type === 'MemberExpression' && REQUEST_OBJECT.test(text(a));
  });
}

/** A log record that carries a request's or a job's payload (`{ event, body: req.body }`, `{ ...req.body }`). */
function carriesPayload(record: TSESTree.ObjectExpression, text: (n: Node) => string): boolean {
  return record.properties.some((p) => {
    const v = unwrapExpression((p.type === 'SpreadElement' ? p.argument : p.value) as Node);
    return v.type === 'MemberExpression' && REQUEST_OBJECT.test(text(v));
  });
}

/** A bare variable printed whole (`console.log(evt)`), or a serialised object: it costs what the value weighs. */
function printsWholeValue(site: CallSite, method: string): boolean {
  return serialisesObject(site, method) || site.node.arguments.some((a) => unwrapExpression(a as Node).type === 'Identifier');
}

/**
 * `for (…) { try { const sent = await send(…); console.log(sent); return; } catch … }`: the line is
 * followed, in its own block, by a statement that leaves the loop.
 */
function exitsLoopAfter(site: CallSite, loop: Repetition): boolean {
  const statement = site.node.parent;
  const block = statement?.type === 'ExpressionStatement' ? statement.parent : undefined;
  if (block?.type !== 'BlockStatement' || !statementLoop(loop.node)) return false;
  // Between the block and the loop: no function (a callback's `return` ends one pass) and no `switch` (its `break`).
  for (let n: Node | undefined = block.parent; n !== loop.node; n = n.parent) if (!n || isFunctionNode(n) || n.type === 'SwitchCase' || statementLoop(n)) return false;
  const own = block.body.indexOf(statement as never);
  return block.body.slice(own + 1).some((s) => s.type === 'ReturnStatement' || (s.type === 'BreakStatement' && !s.label));
}

function statementLoop(n: Node): boolean {
  return n.type === 'ForOfStatement' || n.type === 'ForInStatement' || n.type === 'ForStatement' || n.type === 'WhileStatement' || n.type === 'DoWhileStatement';
}

/**
 * One pass of the loop awaits something: the body of the function the line is in, when that function
 * runs per item (`.map(async (x) => …)`, a job queued per item), or else the loop's body. `for await`
 * waits for each item by itself.
 */
function passWaitsOnIo(analysis: FileAnalysis, site: CallSite, loop: Repetition): boolean {
  if (loop.kind === 'for-await') return true;
  let region: Node | undefined;
  for (let n: Node | undefined = site.node.parent; n && n !== loop.node; n = n.parent) {
    if (isFunctionNode(n)) {
      region = n.body as Node;
      break;
    }
  }
  region ??= loopBody(loop);
  if (!region) return false;
  const stack: Node[] = [region];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'AwaitExpression' || (n.type === 'ForOfStatement' && n.await)) return true;
    if (n !== region && isFunctionNode(n)) continue;
    pushChildren(stack, n, analysis.keysOf);
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
