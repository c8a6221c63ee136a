import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeName, isFunctionNode, patternBindings, propertyName, rangeOf, referencedNames, rootName, stringValue, unwrapExpression, type Node } from '../analysis/ast';
import { calleeLabel, passesTransaction } from '../analysis/call-effects';
import type { FileAnalysis } from '../analysis/file-analysis';
import type { FunctionInfo, Repetition } from '../analysis/model';
import { isAllowed, type AnalysisOptions } from '../analysis/options';
import { isLifecycleMethod, isLifecycleStep } from '../analysis/request-path';
import type { Scope } from '../analysis/scope';
import { fileAnalysis, mayReportIn } from './util/analysis-context';
import { createRule } from './util/create-rule';
import { onOperatorPath } from './util/operator-path';
import { repetitionItemNames } from './util/loop-items';
import { shorten } from './util/phrases';
import { overChunkList } from './util/per-chunk';
import { optionsSchema } from './util/schema';

type Options = [AnalysisOptions];
type MessageIds = 'sequential' | 'awaitInLoop' | 'awaitInPromiseAll' | 'usePromiseAll' | 'removeAwait';

/** Per-item work that reads a file, goes over the network or burns time on its own, and shares nothing with the next item. */
const INDEPENDENT_IO = /^(read|send|upload|download|notify|deliver|fetch|resize|render|convert|transcode|compress|thumbnail)([A-Z_$\d]|$)/;
/** Names that read: running two of them together cannot change what either sees. */
const READ_LIKE = /^(get|fetch|find|load|list|count|read|query|select|lookup|search|retrieve|resolve|check|exists|has|is)([A-Z_$\d]|$)/;
/** A loop that waits on purpose: rate limiting, polling, back-off. (Not `limit…`: `.limit(10)` is a query modifier.) */
const PACING = /^(sleep|delay|wait|setTimeout|throttle|schedule|acquire|backoff|pause)/i;
/** `limiter.removeTokens(1)`, `bucket.take()`, p-limit's `limit(() => …)`. */
const PACER = /(limiter|throttle|bottleneck|ratelimit|bucket|^limit)$/i;
/** An awaited call whose result is dropped and whose name asks a question is a guard: it throws to stop what follows. */
const GUARD = /^(check|verify|assert|ensure|authori[sz]e|validate|require|can|is|has|exists)([A-Z_$\d]|$)/;
const COMBINATORS = new Set(['all', 'allSettled', 'race', 'any']);

interface AwaitStatement {
  statement: TSESTree.Statement;
  await: TSESTree.AwaitExpression;
  call: TSESTree.CallExpression;
  /** Names the statement binds or assigns. */
  binds: Set<string>;
}

export default createRule<MessageIds, Options>({
  name: 'no-sequential-await',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow awaiting independent calls one after another',
      recommended: true,
      category: 'concurrency',
    },
    hasSuggestions: true,
    messages: {
      sequential: '`{{call}}` needlessly waits for `{{previous}}` (line {{line}}). It does not use its result; start them together.',
      awaitInLoop: '`{{call}}` awaits each item of `{{collection}}` in turn (loop at line {{line}}). The iterations do not depend on each other; run them together.',
      awaitInPromiseAll: 'This `await` runs before `{{combinator}}` gets the promise. The calls in this array still run one after another.',
      usePromiseAll: 'Start them together with `Promise.all`.',
      removeAwait: 'Remove this `await`.',
    },
    schema: optionsSchema(),
    defaultOptions: [{}],
  },
  create(context, [options]) {
    if (!mayReportIn(context, 'no-sequential-await')) return {};
    return {
      'Program:exit'() {
        const analysis = fileAnalysis(context, options);
        if (!analysis || analysis.fileKind !== 'runtime') return;
        const report = (d: TSESLint.ReportDescriptor<MessageIds>) => context.report(d);
        for (const list of analysis.collected.statementLists) checkSequence(analysis, list.statements, list.fn, options, report);
        checkLoops(analysis, options, report);
        checkCombinators(analysis, report);
      },
    };
  },
});

type Report = (d: TSESLint.ReportDescriptor<MessageIds>) => void;

/** Vendure's `@Transaction()`, typeorm-transactional's `@Transactional()`: the method body is one transaction. */
const TRANSACTIONAL_DECORATOR = /^(Transaction|Transactional|UseTransaction)$/;

/** Awaits inside a transaction share one connection: running them together gains nothing, and order matters. */
function inTransaction(fn: FunctionInfo | undefined): boolean {
  for (let f = fn; f; f = f.parent) if (f.isTransactionCallback || f.decorators.some((d) => TRANSACTIONAL_DECORATOR.test(d))) return true;
  return false;
}

/** `await f()`, `const x = await f()`, `x = await f()`, with a call as the awaited expression. */
function asAwaitStatement(s: TSESTree.Statement): AwaitStatement | undefined {
  let expr: Node | undefined;
  const binds = new Set<string>();
  if (s.type === 'ExpressionStatement') {
    const e = unwrapExpression(s.expression);
    if (e.type === 'AwaitExpression') expr = e;
    else if (e.type === 'AssignmentExpression' && e.operator === '=') {
      expr = unwrapExpression(e.right);
      for (const { id } of patternBindings(unwrapExpression(e.left))) binds.add(id.name);
      const left = unwrapExpression(e.left);
      if (left.type === 'MemberExpression') return undefined; // writes to shared state: order may matter
    }
  } else if (s.type === 'VariableDeclaration' && s.declarations.length === 1 && s.declarations[0].init) {
    expr = unwrapExpression(s.declarations[0].init);
    for (const { id } of patternBindings(s.declarations[0].id)) binds.add(id.name);
  }
  if (expr?.type !== 'AwaitExpression') return undefined;
  const call = unwrapExpression(expr.argument);
  if (call.type !== 'CallExpression') return undefined;
  return { statement: s, await: expr, call, binds };
}

function isReadCall(analysis: FileAnalysis, a: AwaitStatement, fn: FunctionInfo | undefined): boolean {
  if (a.binds.size === 0 && GUARD.test(calleeName(a.call) ?? '')) return false;
  if (passesTransaction(a.call, { byName: true })) return false;
  const site = analysis.collected.callByNode.get(a.call);
  if (site && analysis.passesTransactionOptions(site)) return false;
  // A chain is one query: `db.select().from(t).where(…)`, `User.findById(id).lean()`, `knex('t').insert(r).returning('*')`.
  // It reads when every call in it that queries reads.
  let sawQuery = false;
  for (let c: Node = a.call; c.type === 'CallExpression'; ) {
    const site = analysis.collected.callByNode.get(c);
    const effect = site && analysis.effectOf(site);
    if (effect?.kind === 'query') {
      if (!effect.read || effect.tx) return false;
      sawQuery = true;
    } else if (effect) return false;
    const callee = unwrapExpression(c.callee);
    if (callee.type !== 'MemberExpression') break;
    c = unwrapExpression(callee.object);
  }
  if (sawQuery) return true;
  // Calls of this file's own functions that only read are named for it; so are most others.
  const name = calleeName(a.call);
  return !!name && READ_LIKE.test(name) && !inTransaction(fn);
}

function checkSequence(analysis: FileAnalysis, statements: TSESTree.Statement[], fn: FunctionInfo | undefined, options: AnalysisOptions, report: Report) {
  if (inTransaction(fn)) return;
  let run: AwaitStatement[] = [];
  const flush = () => {
    if (run.length >= 2) reportRun(analysis, run, options, report);
    run = [];
  };
  for (const s of statements) {
    const a = asAwaitStatement(s);
    if (!a || !isReadCall(analysis, a, fn)) {
      flush();
      continue;
    }
    const uses = referencedNames(a.await, analysis.keysOf);
    if (run.some((prev) => [...prev.binds].some((b) => uses.has(b)))) {
      flush();
    }
    run.push(a);
  }
  flush();
}

function reportRun(analysis: FileAnalysis, run: AwaitStatement[], options: AnalysisOptions, report: Report) {
  const [first, second] = run;
  const call = calleeLabel(second.call.callee);
  if (isAllowed(call, options.allow)) return;
  // Two independent awaits in a row cost one extra round trip, once: read on real backends, that
  // was seldom worth a change (a guard before the real work, a page's two lookups). Shown with
  // report: 'all' and as an editor hint; awaits per item of a loop stay worth fixing.
  if (options.report !== 'all') return;
  const fix = promiseAllFix(analysis, run);
  report({
    node: second.await,
    messageId: 'sequential',
    data: { call, previous: calleeLabel(first.call.callee), line: String(analysis.line(first.await)), cost: 'low' },
    ...(fix && { suggest: [{ messageId: 'usePromiseAll', fix }] }),
  });
}

/** `const a = await f(); const b = await g();` → `const [a, b] = await Promise.all([f(), g()]);` */
function promiseAllFix(analysis: FileAnalysis, run: AwaitStatement[]) {
  const decls = run.map((a) => a.statement);
  const allDecls = decls.every((s) => s.type === 'VariableDeclaration' && s.kind !== 'var' && s.kind === (decls[0] as TSESTree.VariableDeclaration).kind && !(s.declarations[0].id as { typeAnnotation?: unknown }).typeAnnotation);
  const allExprs = decls.every((s) => s.type === 'ExpressionStatement' && unwrapExpression(s.expression).type === 'AwaitExpression');
  if (!allDecls && !allExprs) return undefined;
  const start = rangeOf(decls[0])[0];
  const end = rangeOf(decls[decls.length - 1])[1];
  if (hasCommentIn(analysis, start, end)) return undefined; // never drop comments
  // The spaces and tabs just before the statement, read backwards (a regex over the whole prefix cost O(file) per fix).
  const fileText = analysis.file.text;
  let from = start;
  while (from > 0 && (fileText[from - 1] === ' ' || fileText[from - 1] === '\t')) from--;
  const indent = fileText.slice(from, start);
  const calls = run.map((a) => `${indent}  ${analysis.text(a.call)},`).join('\n');
  const text = allDecls
    ? `${(decls[0] as TSESTree.VariableDeclaration).kind} [${run.map((a) => analysis.text((a.statement as TSESTree.VariableDeclaration).declarations[0].id)).join(', ')}] = await Promise.all([\n${calls}\n${indent}]);`
    : `await Promise.all([\n${calls}\n${indent}]);`;
  return (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([start, end], text);
}

function hasCommentIn(analysis: FileAnalysis, start: number, end: number): boolean {
  const comments = (analysis.file.ast as { comments?: Array<{ range?: [number, number]; start?: number; end?: number }> }).comments;
  // Without the parser's comment list, fall back to the text (a URL's `//` then also counts).
  if (!comments) return /\/\/|\/\*/.test(analysis.file.text.slice(start, end));
  return comments.some((c) => {
    const [from, to] = rangeOf(c);
    return from >= start && to <= end;
  });
}

function checkLoops(analysis: FileAnalysis, options: AnalysisOptions, report: Report) {
  const reported = new Set<Node>();
  for (const aw of analysis.collected.awaits) {
    const loop = aw.loops.at(-1);
    // Only awaits written directly in the loop: a callback has its own rules (no-n-plus-one, Promise.all).
    if (!loop || aw.repetitions.at(-1) !== loop || reported.has(loop.node) || loop.kind === 'for-await' || !loop.overCollection) continue;
    const call = unwrapExpression(aw.node.argument);
    if (call.type !== 'CallExpression' || inTransaction(aw.fn) || passesTransaction(call, { byName: true })) continue;
    if (isOrderedByDesign(analysis, loop, call, aw.fn)) continue;
    const site = analysis.collected.callByNode.get(call);
    if (!site || analysis.passesTransactionOptions(site)) continue;
    if (analysis.chainEffectOf(call)) continue; // queries are no-n-plus-one's; other effects are not awaits to batch
    // `await firstValueFrom(client.send(…))`: the query is the wrapped call's, also no-n-plus-one's.
    if (call.arguments.some((a) => unwrapExpression(a as Node).type === 'CallExpression' && !!analysis.chainEffectOf(unwrapExpression(a as Node)))) continue;
    const target = analysis.targetOf(site);
    if (target ? analysis.queryWitness(target) : analysis.externalQueryWitness(site)) continue; // an N+1 through a helper
    if (analysis.isLoopCarried(site, loop) || pacesItself(analysis, loop) || isOrderedWorkflow(analysis, loop, aw.node, call)) continue;
    const name = calleeName(call);
    const readsOrGathers = (!!name && READ_LIKE.test(name)) || isCollected(aw.node);
    if (!readsOrGathers && !usesLoopItem(analysis, call, loop)) continue;
    const label = calleeLabel(call.callee);
    if (isAllowed(label, options.allow)) continue;
    // What the awaited call costs is not known here (no query, request or file call is visible). Read on
    // real backends, such loops were mostly ordered work, cached look-ups or short lists: worth fixing
    // only when a request runs the loop and each call reads a file or goes over the network on its own
    // (`readFile`, `fetch…`, `send…`, `upload…`); the rest is a hint.
    // A DataLoader's `load` awaited one at a time never gets to batch: a bug wherever it runs.
    const defeatsLoader = name === 'load' && /loader/i.test(calleeLabel(call.callee));
    // A file on the local disk is read in well under a millisecond from the page cache, and a loop over
    // chunks waits for each on purpose (a provider's rate limit, memory): both hints.
    const worthFixing = defeatsLoader || (!!name && INDEPENDENT_IO.test(name) && !readsLocalFile(call, site.scope) && !overChunkList(analysis, site, loop) && analysis.reachOf(aw.fn)?.kind === 'hot' && !onOperatorPath(analysis, site));
    if (!worthFixing && options.report !== 'all') continue;
    reported.add(loop.node);
    const data: Record<string, string> = { call: label, collection: shorten(loop.collection ?? 'the collection'), line: String(loop.line) };
    if (!worthFixing) data.cost = 'low';
    report({ node: aw.node, messageId: 'awaitInLoop', data });
  }
}

/** `fs.readFile(p)`, `fsp.readdir(dir)`, `readFile(p)` imported from `fs/promises`, `fse.readJson(p)`: the local disk. */
function readsLocalFile(call: TSESTree.CallExpression, scope: Scope): boolean {
  const root = rootName(call.callee as Node);
  const b = root ? scope.lookup(root) : undefined;
  if (!b) return false;
  const init = b.values[0] && unwrapExpression(b.values[0].node);
  const required = init?.type === 'CallExpression' ? init : init?.type === 'MemberExpression' && unwrapExpression(init.object as Node).type === 'CallExpression' ? (unwrapExpression(init.object as Node) as TSESTree.CallExpression) : undefined;
  const module = b.importFrom?.module ?? (required && calleeName(required) === 'require' ? stringValue(required.arguments[0] as Node) : undefined);
  return !!module && LOCAL_FS_MODULE.test(module) && LOCAL_READ.test(calleeName(call) ?? '');
}
const LOCAL_FS_MODULE = /^(node:)?fs(\/promises)?$|^(fs-extra|graceful-fs)$/;
const LOCAL_READ = /^(readFile|readdir|readJson|readJSON|stat|lstat|access|readlink|realpath|pathExists)$/;

/**
 * Loops that run in order by design and are paid once, or are a chain of handlers:
 * - `for (const m of modules) await m.bootstrap()`, or any awaited loop in a start-up or
 *   shut-down method that no request reaches;
 * - `for (const p of processes) await p.onTransitionEnd(…)`: each registered hook, plugin or
 *   middleware gets its turn, in registration order, as its author was promised;
 * - events published one per item: their subscribers rely on the order.
 */
function isOrderedByDesign(analysis: FileAnalysis, loop: Repetition, call: TSESTree.CallExpression, fn: FunctionInfo | undefined): boolean {
  if (isLifecycleStep(calleeName(call)) || publishesEvent(call) || drivesOneResource(call, loop)) return true;
  const owner = analysis.ownerOf(fn);
  if (isLifecycleMethod(owner) && !analysis.requestPathOf(owner)) return true;
  return HANDLER_LIST.test(loop.collection ?? '') && callsLoopItem(call, loop);
}

/**
 * `for (const url of urls) await page.goto(url)`, `await stage.draw(p)`, `await writer.write(row)`:
 * each step drives one stateful object (a browser page, a canvas, a stream, a cursor, a PDF), so
 * the steps cannot run together, whatever the items are.
 */
function drivesOneResource(call: TSESTree.CallExpression, loop: Repetition): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const receiver = unwrapExpression(callee.object);
  const name = receiver.type === 'Identifier' ? receiver.name : receiver.type === 'MemberExpression' ? propertyName(receiver) : undefined;
  return !!name && STATEFUL_RESOURCE.test(name) && !repetitionItemNames(loop).has(name);
}
const STATEFUL_RESOURCE = /^(page|browser|tab|frame|stage|layer|canvas|ctx|doc|pdf|pdfDoc|workbook|sheet|worksheet|zip|archive|stream|writer|writable|reader|cursor|socket|ws|shell|terminal|repl)$/i;

/** `await this.eventBus.publish(new ProductEvent(p))` per item: subscribers see events in order. */
function publishesEvent(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || !EVENT_METHODS.has(propertyName(callee) ?? '')) return false;
  const receiver = unwrapExpression(callee.object);
  const name = receiver.type === 'Identifier' ? receiver.name : receiver.type === 'MemberExpression' ? propertyName(receiver) : undefined;
  return !!name && EVENT_RECEIVER.test(name);
}
const EVENT_METHODS = new Set(['publish', 'emit', 'emitAsync', 'dispatch']);
const EVENT_RECEIVER = /(event|bus|emitter|dispatcher)s?$/i;

/** Collections of callbacks that are called one after another: `this.hooks`, `Object.values(plugins)`. */
const HANDLER_LIST = /(hooks|plugins|middlewares?|listeners|handlers|processes|interceptors|subscribers|strategies|guards)\)?$/i;

/** The call runs a method of the loop item, maybe wrapped: `await settle(process.onEnd(x))`. */
function callsLoopItem(call: TSESTree.CallExpression, loop: Repetition): boolean {
  const items = repetitionItemNames(loop);
  const calls = [call, ...call.arguments.map((a) => unwrapExpression(a as Node)).filter((a): a is TSESTree.CallExpression => a.type === 'CallExpression')];
  return calls.some((c) => {
    const root = rootName(c.callee);
    return !!root && items.has(root);
  });
}

/**
 * Loops whose iterations are meant to run in order, though no variable says so:
 * - several awaits per item, one of them a write: a per-item workflow (check, then update,
 *   then record) whose steps and items are kept in order on purpose;
 * - an early `return`, `throw` or `break`: later items must not start once one has decided;
 * - the call receives an object declared outside the loop that the body changes
 *   (`req.step = name; await run(req)`): each call sees what the previous one left.
 */
function isOrderedWorkflow(analysis: FileAnalysis, loop: Repetition, aw: TSESTree.AwaitExpression, call: TSESTree.CallExpression): boolean {
  const inLoop = analysis.collected.awaits.filter((a) => a.loops.at(-1) === loop && a.repetitions.at(-1) === loop);
  if (inLoop.length > 1 && inLoop.some((a) => isWriteAwait(analysis, a.node))) return true;
  const body = (loop.node as { body?: Node }).body;
  if (!body) return false;
  const local = repetitionItemNames(loop);
  const mutated = new Set<string>();
  let exits = false;
  const visit = (n: Node, nestedBreakTarget: boolean) => {
    if (exits || isFunctionNode(n)) return;
    if (n.type === 'ReturnStatement' || n.type === 'ThrowStatement' || (n.type === 'BreakStatement' && (n.label || !nestedBreakTarget))) {
      exits = true;
      return;
    }
    if (n.type === 'VariableDeclarator') for (const b of patternBindings(n.id)) local.add(b.id.name);
    if (n.type === 'AssignmentExpression' && unwrapExpression(n.left).type === 'MemberExpression') {
      const root = rootName(n.left);
      if (root && root !== 'this') mutated.add(root);
    }
    const inner = nestedBreakTarget || n.type === 'SwitchStatement' || n.type === 'ForStatement' || n.type === 'ForOfStatement' || n.type === 'ForInStatement' || n.type === 'WhileStatement' || n.type === 'DoWhileStatement';
    for (const key of analysis.keysOf(n)) {
      const child = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof (c as Node).type === 'string') visit(c as Node, inner);
      } else if (child && typeof (child as Node).type === 'string') visit(child as Node, inner);
    }
  };
  visit(body, false);
  if (exits) return true;
  for (const name of local) mutated.delete(name);
  if (!mutated.size) return false;
  const used = referencedNames(call, analysis.keysOf);
  return [...mutated].some((n) => used.has(n));
}

const WRITE_LIKE = /^(save|create|insert|update|upsert|delete|remove|destroy|send|publish|emit|write|put|post|patch|set|add|push|notify|cancel|release|lock|unlock|commit|enqueue|increment|decrement)([A-Z_$\d]|$)/;

/** An awaited call that changes something: a query that writes, or a call named for a write. */
function isWriteAwait(analysis: FileAnalysis, aw: TSESTree.AwaitExpression): boolean {
  const call = unwrapExpression(aw.argument);
  if (call.type !== 'CallExpression') return false;
  const effect = analysis.chainEffectOf(call);
  if (effect?.kind === 'query') return !effect.read;
  const name = calleeName(call);
  return !!name && WRITE_LIKE.test(name);
}

/** `for (const r of recipients) await send(r)`: per-item work that does not need the previous item. */
function usesLoopItem(analysis: FileAnalysis, call: TSESTree.CallExpression, loop: Repetition): boolean {
  const itemNames = repetitionItemNames(loop);
  if (!itemNames.size) return false;
  const used = new Set<string>();
  referencedNames(call, analysis.keysOf, used); // the whole chain: `sharp(input).resize(size).toFile(out)`
  return [...itemNames].some((n) => used.has(n));
}

/** The loop calls something that paces it (sleep, rate limiter): sequential on purpose. */
function pacesItself(analysis: FileAnalysis, loop: Repetition): boolean {
  const info = analysis.collected.loops.get(loop.node);
  if (!info) return false;
  for (const site of analysis.collected.calls) {
    if (!site.loops.includes(loop)) continue;
    const name = calleeName(site.node);
    if (name && PACING.test(name)) return true;
    const callee = unwrapExpression(site.node.callee);
    const receiver = callee.type === 'MemberExpression' ? analysis.text(unwrapExpression(callee.object)).replace(/^this\./, '') : callee.type === 'Identifier' ? callee.name : '';
    if (PACER.test(receiver)) return true;
  }
  return false;
}

/** `results.push(await f(x))`, `out[k] = await f(x)`: the loop gathers results, the classic batchable shape. */
function isCollected(aw: TSESTree.AwaitExpression): boolean {
  const p = aw.parent;
  if (p?.type === 'CallExpression' && p.arguments.includes(aw)) {
    const callee = unwrapExpression(p.callee);
    return callee.type === 'MemberExpression' && ['push', 'set', 'add'].includes(propertyName(callee) ?? '');
  }
  if (p?.type === 'AssignmentExpression' && p.right === aw) return unwrapExpression(p.left).type === 'MemberExpression';
  if (p?.type === 'VariableDeclarator') return true;
  return false;
}

/** `prisma.user.findMany(…)`, `knex('t').where(…)`: a query whose promise sends nothing until it is awaited or `.then`-ed. */
function startsWhenAwaited(analysis: FileAnalysis, n: Node): boolean {
  const e = unwrapExpression(n);
  if (e.type !== 'CallExpression') return false;
  const effect = analysis.chainEffectOf(e);
  return effect?.kind === 'query' && !!effect.table.lazyPromise;
}

/** `Promise.all([await a(), await b()])`. */
function checkCombinators(analysis: FileAnalysis, report: Report) {
  for (const site of analysis.collected.calls) {
    const call = site.node;
    const callee = unwrapExpression(call.callee);
    if (call.type !== 'CallExpression' || callee.type !== 'MemberExpression') continue;
    const obj = unwrapExpression(callee.object);
    const method = propertyName(callee);
    if (obj.type !== 'Identifier' || obj.name !== 'Promise' || !method || !COMBINATORS.has(method)) continue;
    const arg = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
    if (arg?.type !== 'ArrayExpression') continue;
    const awaited = arg.elements.filter((e): e is TSESTree.AwaitExpression => !!e && e.type === 'AwaitExpression');
    // An await holds back only the elements written after it: those before have already started.
    // So an await on the last element (`[a(), b(), await c()]`, or the second of `[await a(), await b()]`)
    // delays nothing of its own, unless an element before it is a lazy query (Prisma, Knex, Drizzle…),
    // which starts only when Promise.all gets it: labelled "harmless by itself" on real code. Every
    // other await is part of the one mistake and is reported (labelled so on real code).
    const last = arg.elements.at(-1);
    const lazyBefore = arg.elements.slice(0, -1).some((e) => !!e && e.type !== 'AwaitExpression' && startsWhenAwaited(analysis, e as Node));
    for (const el of awaited) {
      if (el === last && !lazyBefore) continue;
      report({
        node: el,
        messageId: 'awaitInPromiseAll',
        data: { combinator: `Promise.${method}` },
        suggest: [{ messageId: 'removeAwait', fix: (fixer) => fixer.replaceText(el, analysis.text(el.argument)) }],
      });
    }
  }
}
