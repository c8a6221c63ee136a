import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeName, inTree, isFunctionNode, keyName, within, objectListed, patternBindings, propertyName, pushChildren, rangeOf, referencedNames, rootName, stringValue, unwrapExpression, type Node } from '../analysis/ast';
import { combinesPromises, inTemplate, LAZY_LIBRARIES, sendsAsOneBatch, throughBranches, withWrappers } from '../analysis/built-not-sent';
import { developmentOnly } from '../analysis/development-only';
import { gateOff } from '../analysis/option-gates';
import { enclosingChainCalls, namedTarget, outermostChainCall, STATEMENT_START, type CallEffect } from '../analysis/call-effects';
import { fillsMemo, isBatchableWrite, keyedLookup, schemaStatement, type FileAnalysis } from '../analysis/file-analysis';
import type { CallSite, FunctionInfo, Repetition } from '../analysis/model';
import type { Reach } from '../analysis/project-view';
import { libraryById, tableSets, type LibraryTable } from '../analysis/libraries';
import { isAllowed, type AnalysisOptions } from '../analysis/options';
import { constValue, singleValue, type Scope } from '../analysis/scope';
import { fileAnalysis, mayReportIn } from './util/analysis-context';
import { createRule } from './util/create-rule';
import { itemPattern, loopBody, loopIndexName, loopList } from '../analysis/loop-shape';
import { repetitionItemNames } from './util/loop-items';
import { repetitionPhrase } from './util/phrases';
import { batchReadFix } from './util/fixes/batch-read';
import { batchReadLoopFix } from './util/fixes/batch-read-loop';
import { batchReadMapFix } from './util/fixes/batch-read-map';
import { batchWriteFix } from './util/fixes/batch-write';
import { CHUNK_SIZE, chunkedMapFix } from './util/fixes/chunked-map';
import { optionsSchema } from './util/schema';
import { CHUNK_LIST, collectionSources, everyNthItem, overChunkList } from './util/per-chunk';
import { overClients } from './util/fan-out';

type Options = [AnalysisOptions];
type FindingId = 'perItem' | 'sameEachTime' | 'perItemInTransaction' | 'perItemViaHelper' | 'perItemViaModule' | 'perItemRecursive' | 'perItemByName';
type MessageIds = FindingId | 'remotePerItem' | 'remotePerItemViaHelper' | 'remotePerItemViaModule' | 'remotePerItemByName' | 'perItemInProcess' | 'batchRead' | 'batchReadBeforeLoop' | 'batchReadFirst' | 'batchWrite' | 'fewAtATime';

/** Files where a per-row loop is the point (seeding, migrating, testing). */
const QUIET_FILES = new Set(['test', 'migration', 'seed']);

export default createRule<MessageIds, Options>({
  name: 'no-n-plus-one',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow database, cache and HTTP calls made once per item of a collection (N+1)',
      recommended: true,
      category: 'database',
    },
    hasSuggestions: true,
    messages: {
      perItem: '`{{call}}` runs once per {{repetition}}. That is one round trip per item; one batched call would do.',
      // SQLite in the process (better-sqlite3): no round trip, but a statement per item still costs CPU.
      perItemInProcess: '`{{call}}` runs once per {{repetition}}. The database runs inside this process, so each is a statement rather than a round trip; one statement for all the items still does less work.',
      // A read whose arguments do not change from one item to the next: the fix is to hoist it, not to batch it.
      sameEachTime: '`{{call}}` repeats the same query per {{repetition}}. Nothing it reads changes between items: run it once, before the loop, and reuse the result.',
      perItemInTransaction: '`{{call}}` runs once per {{repetition}}, in a transaction. Each one is a round trip while the transaction holds its locks; send one statement for all the rows.',
      perItemViaHelper: '`{{call}}` queries once per {{repetition}}. It runs `{{query}}` (line {{queryLine}}) each time; one batched call would do.',
      perItemViaModule: '`{{call}}` queries once per {{repetition}}{{from}}. It runs `{{query}}` ({{where}}) each time; one batched call would do.',
      // HTTP APIs seldom have a batch endpoint: the advice is a few at a time, not one batched call.
      remotePerItem: '`{{call}}` sends one request per {{repetition}}. Run a few at a time (bounded concurrency) unless the API has a batch endpoint.',
      remotePerItemViaHelper: '`{{call}}` sends a request once per {{repetition}}. It calls `{{query}}` (line {{queryLine}}) each time; run a few at a time unless the API has a batch endpoint.',
      // A tree walk: reported once, where the function calls itself per child (the loop that repeats it).
      perItemRecursive: '`{{call}}` calls itself once per {{repetition}}. Each call runs `{{query}}` (line {{queryLine}}): one round trip per node; load a whole level, or the tree, per query.',
      remotePerItemViaModule: '`{{call}}` sends a request once per {{repetition}}{{from}}. It calls `{{query}}` ({{where}}) each time; run a few at a time unless the API has a batch endpoint.',
      // Judged by its name only (an injected interface, a parameter, a helper's value): the message says so.
      perItemByName: '`{{call}}` runs once per {{repetition}}. Its name says it reads or writes data: likely one round trip per item. Load or write what the items need with one call.',
      remotePerItemByName: '`{{call}}` runs once per {{repetition}}. Its name says it calls another service: likely one request per item. Run a few at a time unless the API has a batch endpoint.',
      batchRead: 'Read all keys with one `{{call}}` and match the rows back to the list.',
      batchReadBeforeLoop: 'Read all keys with one `{{call}}` before the loop, then look each one up.',
      batchReadFirst: 'Read all keys with one `{{call}}` before `Promise.all`, then look each one up.',
      batchWrite: 'Collect the rows and write them all with one `{{call}}`.',
      fewAtATime: 'Send {{size}} requests at a time; results keep their order.',
    },
    schema: optionsSchema(),
    defaultOptions: [{}],
  },
  create(context, [options]) {
    if (!mayReportIn(context, 'no-n-plus-one')) return {};
    return {
      'Program:exit'() {
        const analysis = fileAnalysis(context, options);
        if (!analysis || QUIET_FILES.has(analysis.fileKind)) return;
        // Calls as written, then functions passed by name to an iteration (no quick fix for those).
        const sites: Array<[CallSite, Node, boolean]> = analysis.collected.calls.map((site) => [site, site.node, true]);
        for (const pf of analysis.collected.pointFreeIterations) {
          const site = analysis.collected.callByNode.get(pf.call);
          if (site) sites.push([pointFreeCall(site, pf.ref, pf.repetition), pf.at ?? pf.ref, false]);
        }
        for (const [site, node, written] of sites) {
          const finding = findingAt(analysis, site);
          if (!finding || isAllowed(finding.data.call, options.allow)) continue;
          // A hook of each configured plugin (`interceptor.willAddItemToOrder(…)` over `orderInterceptors`): what it does is the plugin's.
          if (callsEachPlugin(site, finding.rep)) continue;
          const table = libraryById(finding.library);
          const remote = table?.kind === 'http-client';
          // Already a few at a time (`pMap(…, { concurrency })`, p-limit, slices of a loop, what the quick fix writes): the advice is followed.
          if (remote && (boundedOnPurpose(analysis, site, finding.rep) || inSlicesOfALoop(finding.rep))) continue;
          // A cache written or read a slice at a time (`entries.slice(i, i + 500).map((e) => redis.setex(…))`): bounded on purpose, each a cheap in-memory command.
          if (table?.kind === 'cache' && inSlicesOfALoop(finding.rep)) continue;
          // Asked only when a check needs it: it can search other modules for callers.
          let reach: Reach | undefined | null = null;
          const reachOf = () => (reach === null ? (reach = analysis.reachOfCall(site)) : reach);
          // Worth a look, not a change: only under `all`, as a hint (VS Code's faint severity).
          const hint = hintReason(analysis, site, finding, remote, table, reachOf);
          if (hint) {
            debugHint(analysis, site, hint);
            if (options.report !== 'all') continue;
            finding.data.cost = 'low';
            finding.data.costNote = hint;
          }
          if (finding.messageId === 'perItemViaModule') {
            const r = reachOf();
            finding.data.from = r?.kind === 'hot' ? `, from ${r.entry} (${r.file}:${r.line})` : '';
          }
          context.report({
            node: node as unknown as TSESTree.Node,
            messageId: remote ? REMOTE[finding.messageId] : finding.messageId === 'perItem' && onSqliteFile(analysis, table) ? 'perItemInProcess' : finding.messageId,
            data: finding.data,
            suggest: written && finding.messageId !== 'sameEachTime' ? suggestionsFor(analysis, site, finding, remote) : [],
          });
        }
      },
    };
  },
});

/**
 * Why a finding is only a hint, or undefined when it is worth fixing. Each reason is a kind of list
 * or call that real apps showed to cost little per item, or to have no batch form.
 */
function hintReason(analysis: FileAnalysis, site: CallSite, finding: Finding, remote: boolean, table: LibraryTable | undefined, reachOf: () => Reach | undefined): string | undefined {
  const rep = finding.rep;
  // One request per configured destination (webhook, channel, mirror): other servers, no batch form.
  if (remote && fansOutToDestinations(site, rep)) return 'each request goes to a destination of its own, with no batch form';
  // One download or upload per file: each request carries that file's bytes, there is nothing to merge.
  if ((remote || !!table?.storesFiles) && FILE_TRANSFER.test(finding.data.call ?? '') && !FILE_LISTING.test(finding.data.call ?? '')) return "each call carries one file's bytes";
  // A request per item costs the other service's time. It is worth a change when the requests
  // wait for one another over a list that grows with the data (rows a query or a listing
  // returned, what a client sent); sent together, or over a list the code was handed by a
  // caller, it is a hint with the fix.
  if (remote && finding.messageId !== 'sameEachTime' && !(awaitedInTurn(site, rep) && overDataRows(analysis, site, rep))) return 'the requests go out together, or over a list a caller hands in';
  // A database inside the process (an SQLite file): a statement per item costs CPU, not a round trip.
  if (table?.inProcess) return 'the database runs inside the process';
  // On the error path (a `catch` clause around the call): it runs when something failed, not on every pass.
  if (inCatchBlock(site)) return 'it runs on the error path';
  // Only on a miss of a memo the loop fills (`if (!byName.has(k)) { … byName.set(k, row) }`): once per distinct key, not per item.
  if (memoisedAcrossItems(analysis, site, rep)) return 'a memo the loop fills makes it run once per distinct key';
  // One pass per table, model or statement of a schema: each iteration works on another table.
  // A statement on the schema per table or index (`DROP INDEX …`, written here or inside a helper): schema work has no form that takes them all.
  if (finding.schema || schemaStatement(site.node)) return 'it is schema work, one statement per table';
  // Only once-only code reaches it (start-up, a loader, module scope): not worth fixing.
  const reach = reachOf();
  if (reach?.kind === 'cold') return `only once-only code reaches it: ${reach.why}`;
  // Code production never runs (a development-only route or branch) costs a developer's time only.
  if (developmentOnly(site.node as Node, (n) => analysis.text(n))) return 'it runs only in development';
  // Each item in a transaction of its own (locked, committed or rolled back alone): isolation on purpose.
  if (transactionPerItem(site, rep)) return 'each item has a transaction of its own';
  // A list the domain keeps short (a view's filters, sorts and group-by levels, a selection's ranges): a handful of round trips.
  if (shortListOnly(analysis, site, rep)) return 'the list is short by its nature or written out in the code';
  // A loop over kinds (access rules, policies), each handled by a query of its own: a handful, one query each.
  if (dispatchesOnKind(analysis, site, rep)) return 'the loop goes over kinds, one query each';
  // A loop over the groups of a grouping by kind (`Object.keys(byType)`): each call takes a whole group.
  if (overGroups(rep)) return 'each call takes a whole group';
  // Once per chunk of items (`for (const chunk of chunks)`, a buffer flushed every thousand rows): batched on purpose.
  if (overChunkList(analysis, site, rep) || everyNthItem(site, rep)) return 'each call takes a whole chunk';
  // A script run statement by statement (`schemaSql.split(';')`): as long as the script, not the data.
  if (overScriptStatements(analysis, site, rep)) return 'the loop runs a script statement by statement';
  if (itemNamesTheTarget(analysis, site, rep, finding.library)) return 'each item names its own target';
  // One call per database client (`allDbs.map((db) => …)`, a region's or a shard's): each goes to another server.
  if (overClients(analysis, site, rep)) return 'each call goes to another database client';
  // A guess by name says nothing of how long the list is: worth fixing when the list is rows the
  // code read or what a client sent; a list handed in by a caller, or a field of one record, is a hint.
  // A weak guess (a service, a manager, a store, another service's client: as often in memory) is a hint.
  if (finding.byName === 'weak') return 'the call is judged by its name alone, a weak sign of a query';
  if (finding.byName && !growsWithData(analysis, site, rep)) return 'the call is judged by its name alone, over a list that may be short';
  return undefined;
}

/** `PERF_COACH_DEBUG=hints`: why each finding is only a hint, on stderr (for tuning on real apps). */
function debugHint(analysis: FileAnalysis, site: CallSite, reason: string) {
  if (typeof process === 'undefined' || process.env?.PERF_COACH_DEBUG !== 'hints') return;
  process.stderr.write(`perf-coach hint ${analysis.file.filename}:${analysis.line(site.node)} ${reason}\n`);
}

/** A call further in the same chain is a library's query: `Statement.find(q)` of `Statement.find(q).hint(i).count()`. */
function chainStartsWithQuery(analysis: FileAnalysis, site: CallSite): boolean {
  for (let n: Node = unwrapExpression(site.node.callee as Node); n.type === 'MemberExpression' || n.type === 'CallExpression'; ) {
    const inner: Node = unwrapExpression(n.type === 'MemberExpression' ? (n.object as Node) : (n.callee as Node));
    if (inner.type === 'CallExpression') {
      const innerSite = analysis.collected.callByNode.get(inner);
      if (innerSite && analysis.effectOf(innerSite)?.kind === 'query') return true;
    }
    n = inner;
  }
  return false;
}

/**
 * Inside a `catch` clause: of the call's own function, or of a function it is an inline callback of
 * (`catch (e) { await Promise.all(items.map((i) => release(i))) }`).
 */
function inCatchBlock(site: CallSite): boolean {
  let fn = site.fn;
  for (let n: Node | undefined = inTree(site.node).parent; n; n = n.parent) {
    if (n.type === 'CatchClause') return true;
    if (isFunctionNode(n)) {
      if (!fn?.inline) return false;
      fn = fn.parent;
    }
  }
  return false;
}

/**
 * The query goes to an SQLite file in the process: the library's own (`inProcess`), or an ORM whose
 * dialect the app configures, in an app with an SQLite driver and no server's. The latter gets the same
 * advice but stays reported: labellers judged many of these worth fixing on real apps, since the ORM's
 * own work per query (SQL built, rows turned into instances, hooks) stays per item.
 */
function onSqliteFile(analysis: FileAnalysis, table: LibraryTable | undefined): boolean {
  return !!table?.inProcess || (!!table?.configuredDialect && analysis.sqliteOnly());
}

/**
 * `ids.map(this.repo.balanceOf)`: the iteration calls the named function once per item. Judged as
 * the call `this.repo.balanceOf(id)` written in a callback would be, and reported on the name.
 */
function pointFreeCall(iteration: CallSite, ref: Node, repetition: Repetition | undefined): CallSite {
  const call = { type: 'CallExpression', callee: ref, arguments: [], optional: false, parent: iteration.node, range: ref.range, loc: ref.loc } as unknown as CallSite['node'];
  return { ...iteration, node: call, repetitions: repetition ? [...iteration.repetitions, repetition] : iteration.repetitions };
}

/** `for (…) await call(…)`: each call waits for the one before (not a callback's own await, which runs concurrently). */
function awaitedInTurn(site: CallSite, rep: Repetition): boolean {
  if (rep.kind !== 'for-of' && rep.kind !== 'for-await' && rep.kind !== 'for' && rep.kind !== 'while' && rep.kind !== 'do-while') return false;
  for (let n: Node | undefined = site.node.parent; n && n !== rep.node; n = n.parent) {
    if (n.type === 'AwaitExpression') return true;
    if (isFunctionNode(n)) return false;
  }
  return false;
}

/**
 * A list that grows with the data: fetched at run time (`for (const key of await listKeys())`,
 * `const rows = await db.select(…); for (const row of rows)`), or sent by the client of a handler
 * (`req.body.links`, `job.data.ids`), not a list the code was handed by a caller.
 */
function overDataRows(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  const right = (rep.node.type === 'ForOfStatement' || rep.node.type === 'ForInStatement') && unwrapExpression(rep.node.right as Node);
  if (!right) return false;
  // `for await (const media of this.loadAvailableMediaPaginated(50))`: pages, a cursor or a stream, read as it goes.
  return rep.kind === 'for-await' || readRowsOrHandlerInput(analysis, site, right);
}

/** Rows the code read (an awaited value, or a list derived from one), or a parameter of a declared request handler. */
function readRowsOrHandlerInput(analysis: FileAnalysis, site: CallSite, list: Node): boolean {
  if (derivedFromAwaited(list, site.scope)) return true;
  const root = rootName(list);
  const binding = root ? site.scope.lookup(root) : undefined;
  if (binding?.kind !== 'parameter' || !binding.owner) return false;
  const entry = analysis.requestPathOf(binding.owner);
  return !!entry && !entry.assumed && !entry.service;
}

/** Array methods whose result is made of the list's own items (fewer, reordered or reshaped). */
const LIST_DERIVING = new Set(['map', 'filter', 'flatMap', 'flat', 'slice', 'concat', 'sort', 'toSorted', 'reverse']);

/** Names of what a client sends: `req.body.ids`, `input.items`, `dto.emails`, `args.ids`, a Sails action's or helper's `inputs.cards`. */
const CLIENT_SENT = /^(body|inputs?|dto|payload|args|params|query|command|data)$/;

/**
 * The list grows with the data: rows the code read (awaited, `for await`, paged), or what a client
 * sent to a request handler (`req.body.ids`, `input.items`, a handler's parameter).
 */
function growsWithData(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  // Rows a stream, a cursor or a file parser delivers one at a time.
  if (rep.kind === 'for-await' || rep.stream) return true;
  const list = loopList(rep);
  if (!list) return false;
  if (readRowsOrHandlerInput(analysis, site, list)) return true;
  if (clientSent(analysis, site, list)) return true;
  // `const { ids } = req.body`, `const { cpUsers } = payload ?? {}`: a field taken out of what the client sent.
  const item = unwrapExpression(list);
  const b = item.type === 'Identifier' ? site.scope.lookup(item.name) : undefined;
  const v = b?.kind === 'variable' && b.values.length === 1 && b.values[0].path.length > 0 ? b.values[0] : undefined;
  if (!v) return false;
  let from = unwrapExpression(v.node);
  if (from.type === 'LogicalExpression' && (from.operator === '??' || from.operator === '||')) from = unwrapExpression(from.left as Node);
  if (readRowsOrHandlerInput(analysis, site, from)) return true;
  // The field's source itself is what the client sent (`req.body`, a job's `payload` parameter), not a part of it.
  const path = analysis.text(from).split(/[.?!]+/);
  return CLIENT_SENT.test(path.at(-1) ?? '') && (path.length > 1 || rootIsParameter(site, from));
}

/** `req.body.ids`, `input.items`, `dto.emails`: the list's path goes through what a client sends. */
function clientSent(analysis: FileAnalysis, site: CallSite, list: Node): boolean {
  const path = analysis.text(unwrapExpression(list)).split(/[.?!]+/);
  return path.slice(0, -1).some((seg, i) => CLIENT_SENT.test(seg) && (i > 0 || rootIsParameter(site, list)));
}

function rootIsParameter(site: CallSite, list: Node): boolean {
  const root = rootName(list);
  return !!root && site.scope.lookup(root)?.kind === 'parameter';
}

/** `Array.from(rows)`: the items of what it is handed. */
function arrayFrom(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === 'MemberExpression' && propertyName(callee) === 'from' && unwrapExpression(callee.object).type === 'Identifier' && (unwrapExpression(callee.object) as TSESTree.Identifier).name === 'Array';
}

/**
 * What a call returned, or a list made from it: `await listKeys()`, `rows`, `charges.data`,
 * `charges.data.map((c) => c.invoice).filter(Boolean)` with `charges = await stripe.charges.list(…)`.
 */
function derivedFromAwaited(list: Node, scope: Scope, steps = 8): boolean {
  let e = unwrapExpression(list);
  for (let step = 0; step < steps; step++) {
    if (e.type === 'AwaitExpression') return true;
    if (e.type === 'MemberExpression') e = unwrapExpression(e.object as Node);
    // `data.files ?? []`, `rows || []`: the rows, or nothing when there were none.
    else if (e.type === 'LogicalExpression' && (e.operator === '??' || e.operator === '||')) e = unwrapExpression(e.left as Node);
    else if (e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && LIST_DERIVING.has(propertyName(e.callee) ?? '')) e = unwrapExpression(e.callee.object as Node);
    // `(await listAll()).reduce((acc, sub) => …, {})`: grouped or indexed, still the rows that were read.
    else if (e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && propertyName(e.callee) === 'reduce') e = unwrapExpression(e.callee.object as Node);
    // `Object.keys(fields)`, `Array.from(rows)`: the keys or items of what was read.
    else if (objectListed(e)) e = objectListed(e)!;
    else if (e.type === 'CallExpression' && e.arguments.length >= 1 && arrayFrom(e)) e = unwrapExpression(e.arguments[0] as Node);
    else if (e.type === 'Identifier') {
      const b = scope.lookup(e.name);
      const value = singleValue(b);
      if (!value) {
        // `const { docs } = await payload.find(…)` (a field of what was read), `let rows; if (…) rows =
        // await a(); else rows = await b();` (read rows whichever branch ran).
        const values = b?.kind === 'variable' ? b.values : [];
        return values.length > 0 && values.every((v) => derivedFromAwaited(v.node, v.scope, steps - step - 1));
      }
      e = value;
    } else return false;
  }
  return false;
}

/** Quick fixes that keep the meaning: one batched read or write, or a few requests at a time. */
function suggestionsFor(analysis: FileAnalysis, site: CallSite, finding: Finding, remote: boolean): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  if (remote) {
    const chunked = finding.read ? chunkedMapFix(analysis, finding.rep) : undefined;
    return chunked ? [{ messageId: 'fewAtATime', data: { size: String(CHUNK_SIZE) }, fix: chunked.fix }] : [];
  }
  if (!finding.effect) return [];
  if (!finding.effect.read) {
    const many = batchWriteFix(analysis, site, finding.effect, finding.rep);
    return many ? [{ messageId: 'batchWrite', data: { call: many.call }, fix: many.fix }] : [];
  }
  const batched = batchReadFix(analysis, site, finding.effect, finding.rep);
  if (batched) return [{ messageId: 'batchRead', data: { call: batched.call }, fix: batched.fix }];
  const first = batchReadMapFix(analysis, site, finding.effect, finding.rep);
  if (first) return [{ messageId: 'batchReadFirst', data: { call: first.call }, fix: first.fix }];
  const hoisted = batchReadLoopFix(analysis, site, finding.effect, finding.rep);
  return hoisted ? [{ messageId: 'batchReadBeforeLoop', data: { call: hoisted.call }, fix: hoisted.fix }] : [];
}

/**
 * `for (let i = 0; i < list.length; i += 8) await Promise.all(list.slice(i, i + 8).map(…))`:
 * the callback runs over one slice at a time, so at most that many requests are in flight.
 */
function inSlicesOfALoop(rep: Repetition): boolean {
  if (rep.kind !== 'callback' || rep.node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(rep.node.callee);
  const slice = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : undefined;
  if (slice?.type !== 'CallExpression' || calleeName(slice) !== 'slice' || slice.arguments.length !== 2) return false;
  const [from, to] = slice.arguments.map((a) => unwrapExpression(a as Node));
  if (from.type !== 'Identifier' || to.type !== 'BinaryExpression' || to.operator !== '+' || to.left.type !== 'Identifier' || to.left.name !== from.name) return false;
  // The step, written out (`i + 8`) or named (`index + CHUNK_SIZE`): the loop must step by the same.
  const step = stepKey(to.right as Node);
  if (step === undefined) return false;
  for (let p: Node | undefined = rep.node.parent; p && !isFunctionNode(p); p = p.parent) {
    if (p.type !== 'ForStatement' || p.update?.type !== 'AssignmentExpression' || p.update.operator !== '+=') continue;
    const { left, right } = p.update;
    if (left.type === 'Identifier' && left.name === from.name && stepKey(right as Node) === step) return true;
  }
  return false;
}

function stepKey(n: Node): string | undefined {
  const e = unwrapExpression(n);
  if (e.type === 'Literal' && typeof e.value === 'number') return String(e.value);
  return e.type === 'Identifier' ? e.name : undefined;
}

interface Finding {
  messageId: FindingId;
  /** The call's own query (not a helper's): what a batched read rewrites. */
  effect?: Extract<CallEffect, { kind: 'query' }>;
  /** The repeated call only reads (a GET, a select). */
  read: boolean;
  /** Library id of the call that repeats (for the advice: batch, or a few at a time). */
  library: string;
  data: Record<string, string>;
  rep: Repetition;
  /** The query is known by a name only (named-calls.ts), directly or at the end of a helper's chain. */
  byName?: 'strong' | 'weak';
  /** A helper's query works on the schema (`PRAGMA table_info(…)` at the end of its chain). */
  schema?: boolean;
}

function findingAt(analysis: FileAnalysis, site: CallSite): Finding | undefined {
  // Every finding needs a per-item repetition (asking with the effect only narrows it). That is
  // local and cheap; what the call does may need the project model, so it is asked second.
  if (!analysis.perItemRepetition(site)) return undefined;
  const effect = analysis.effectOf(site);
  if (effect?.kind === 'query') {
    // One finding per chain: `knex('t').where(…).first()` is one query.
    for (const outer of enclosingChainCalls(site.node)) {
      const outerSite = analysis.collected.callByNode.get(outer);
      if (outerSite && analysis.effectOf(outerSite)?.kind === 'query') return undefined;
    }
    if (buildsWithoutRunning(site, effect) || partOfOneStatement(analysis, site, effect) || analysis.passesTransactionOptions(site)) return undefined;
    const rep = analysis.perItemRepetition(site);
    if (rep && (singleParent(analysis, rep) || loadedWithParent(analysis, site, rep))) return undefined;
    // Inside a tree walk: the finding is on the recursive call, which names this query.
    if (rep?.kind === 'recursion' && reportedAtRecursiveCall(analysis, rep)) return undefined;
    if (!rep || tablePerIteration(analysis, site, rep, effect) || pacedOnPurpose(analysis, rep) || queriesWholeBatch(analysis, site, rep) || gatheredIntoTransaction(analysis, site, rep, effect) || queuedForTransaction(analysis, site, effect) || notEveryIteration(analysis, site, rep)) return undefined;
    if (batchedByPrisma(analysis, site, effect.table.id, effect.label, rep) || inMeteorClient(analysis, site, effect.table.id)) return undefined;
    // An update per item inside a transaction has no insert-many form, and it holds the transaction's locks the whole time.
    const same = effect.read && sameEachTime(analysis, site, rep);
    // The same read, but only for the items that take one branch (a switch on the item's kind): often one item, if any.
    if (same && insideBranch(site, rep)) return undefined;
    const messageId = same ? 'sameEachTime' : effect.tx && !effect.read && !isBatchableWrite(effect.label) ? 'perItemInTransaction' : 'perItem';
    return { messageId, data: { call: effect.label, repetition: repetitionPhrase(rep) }, rep, library: effect.table.id, effect, read: effect.read };
  }
  if (effect) return undefined;
  if (analysis.passesTransactionOptions(site)) return undefined; // a helper run on the caller's transaction
  const target = analysis.targetOf(site);
  if (target && target === analysis.ownerOf(site.fn)) return recursiveFinding(analysis, site, target);
  // A helper of this file, or a function, method or repository of another module (project model).
  const witness = target ? analysis.queryWitness(target) : analysis.externalQueryWitness(site) ?? analysis.namedWitness(site);
  // Run on the caller's transaction, or served from a cache first: not a round trip per item.
  // Called with the option that makes it query switched off (`fetchData: false`): no query at all.
  if (!witness || (witness.cached && witness.cached !== 'instance') || (witness.onlyWhen && gateOff(site.node, witness.onlyWhen))) return undefined;
  const rep = analysis.perItemRepetition(site);
  // A cache the called object keeps on itself (`this.cached_schedule`) spares nothing when each item is another object.
  if (witness.cached === 'instance' && !(rep && calledOnItem(site, rep))) return undefined;
  if (rep && (singleParent(analysis, rep) || loadedWithParent(analysis, site, rep))) return undefined;
  if (rep?.kind === 'recursion' && reportedAtRecursiveCall(analysis, rep)) return undefined;
  if (!rep || pacedOnPurpose(analysis, rep) || queriesWholeBatch(analysis, site, rep) || batchedByPrisma(analysis, site, witness.effect.library, witness.effect.label, rep) || inMeteorClient(analysis, site, witness.effect.library) || notEveryIteration(analysis, site, rep)) return undefined;
  // Nothing places the call; its name says it reads or writes data (named-calls.ts). Not the end of a
  // chain a library query starts (`Statement.find(q).hint(i).count()`): that query is the finding.
  if (witness.byName && !target && chainStartsWithQuery(analysis, site)) return undefined;
  if (witness.byName && !target) {
    return { messageId: 'perItemByName', data: { call: witness.effect.label, repetition: repetitionPhrase(rep) }, rep, library: witness.effect.library, read: witness.effect.read, byName: witness.byName };
  }
  // A helper of this file whose query is in another module (`this.findOne` → `this.connection.findOneInChannel`):
  // the message names that module, not a line of this file.
  if (!target || (witness.file && witness.file !== analysis.relativePath)) {
    return {
      messageId: 'perItemViaModule',
      data: { call: shortCallee(analysis, site), query: witness.effect.label, where: `${witness.file}:${witness.line}`, repetition: repetitionPhrase(rep) },
      rep,
      library: witness.effect.library,
      read: witness.effect.read,
      byName: witness.byName,
      schema: witness.schema,
    };
  }
  const callText = target.name ? (unwrapExpression(site.node.callee).type === 'MemberExpression' && unwrapExpression((site.node.callee as TSESTree.MemberExpression).object).type === 'ThisExpression' ? `this.${target.name}` : target.name) : 'this call';
  return {
    messageId: 'perItemViaHelper',
    data: { call: callText, query: witness.effect.label, queryLine: String(witness.line), repetition: repetitionPhrase(rep) },
    rep,
    library: witness.effect.library,
    read: witness.effect.read,
    byName: witness.byName,
    schema: witness.schema,
  };
}

/**
 * Meteor code that runs in the browser: files under a `client/` folder (Meteor's rule) or a branch
 * under `Meteor.isClient`. There a collection is minimongo, an in-memory cache of what the server
 * published: a read per item costs no round trip.
 */
function inMeteorClient(analysis: FileAnalysis, site: CallSite, library: string): boolean {
  if (library !== 'meteor') return false;
  if (/(^|\/)client\//.test(analysis.relativePath)) return true;
  for (let n: Node | undefined = site.node.parent, child: Node = site.node; n; child = n, n = n.parent) {
    if (n.type === 'IfStatement' && n.consequent === child && analysis.text(n.test as Node).replace(/\s/g, '') === 'Meteor.isClient') return true;
  }
  return false;
}

/**
 * The call runs on few iterations by design, under a test of a list the loop builds:
 * - a batch flushed when it is full: `batch.push(row); if (batch.length >= 1000) { await send(batch); batch = []; }`;
 * - the first iteration only: `if (posts.length === 0)` / `=== 1` on a list the loop pushes to, `if (i === 0)`.
 */
function notEveryIteration(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  const body = loopBody(rep);
  if (!body) return false;
  const index = loopIndexName(rep);
  const sent = referencedNames(outermostChainCall(site.node), analysis.keysOf);
  for (let n: Node | undefined = site.node.parent, child: Node = site.node; n && n !== body && n !== rep.node; child = n, n = n.parent) {
    if (isFunctionNode(n)) return false;
    if (n.type !== 'IfStatement' || n.consequent !== child) continue;
    const test = unwrapExpression(n.test as Node);
    if (test.type !== 'BinaryExpression') continue;
    const left = unwrapExpression(test.left as Node);
    const right = unwrapExpression(test.right as Node);
    const list = left.type === 'MemberExpression' && propertyName(left) === 'length' && unwrapExpression(left.object as Node).type === 'Identifier' ? (unwrapExpression(left.object as Node) as TSESTree.Identifier).name : undefined;
    const size = right.type === 'Literal' && typeof right.value === 'number' ? right.value : right.type === 'Identifier' || right.type === 'MemberExpression' ? Infinity : undefined;
    if (list && size !== undefined && (test.operator === '>=' || test.operator === '>' || (test.operator === '===' && size >= 2)) && size >= 2 && sent.has(list) && pushedIn(analysis, body, list)) return true;
    if (list && (test.operator === '===' || test.operator === '==') && (size === 0 || size === 1) && pushedIn(analysis, body, list)) return true;
    if (index && (test.operator === '===' || test.operator === '==') && left.type === 'Identifier' && left.name === index && right.type === 'Literal' && right.value === 0) return true;
  }
  return false;
}

/** `list.push(…)` somewhere in the loop body. */
function pushedIn(analysis: FileAnalysis, body: Node, list: string): boolean {
  const stack: Node[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'CallExpression' && calleeName(n) === 'push') {
      const callee = unwrapExpression(n.callee as Node);
      if (callee.type === 'MemberExpression' && unwrapExpression(callee.object as Node).type === 'Identifier' && (unwrapExpression(callee.object as Node) as TSESTree.Identifier).name === list) return true;
    }
    pushChildren(stack, n, analysis.keysOf);
  }
  return false;
}

/** `id` of `for (const id of ids)`, `row.id`, `item._id`: a key that differs for every item. */
function ownKeyOfItem(key: Node, items: ReadonlySet<string>): boolean {
  if (key.type === 'Identifier') return items.has(key.name);
  return key.type === 'MemberExpression' && !key.computed && unwrapExpression(key.object as Node).type === 'Identifier' && items.has((unwrapExpression(key.object as Node) as TSESTree.Identifier).name) && /^(_?id|uuid|key)$/i.test(propertyName(key) ?? '');
}

/** `user.promise_schedule()` in a loop over users: the callee's object is the item itself. */
function calledOnItem(site: CallSite, rep: Repetition): boolean {
  const callee = unwrapExpression(site.node.callee);
  const root = callee.type === 'MemberExpression' ? rootName(unwrapExpression(callee.object)) : undefined;
  return !!root && repetitionItemNames(rep).has(root);
}

/** `for (const child of children) await loadTree(child)` inside `loadTree`, which queries. */
function recursiveFinding(analysis: FileAnalysis, site: CallSite, fn: FunctionInfo): Finding | undefined {
  const witness = analysis.queryWitness(fn);
  if (!witness || witness.cached) return undefined;
  const rep = site.repetitions.at(-1);
  if (!rep || analysis.perItemRepetition(site) !== rep || pacedOnPurpose(analysis, rep)) return undefined;
  return {
    messageId: 'perItemRecursive',
    data: { call: fn.name ?? 'this function', query: witness.effect.label, queryLine: String(witness.line), repetition: repetitionPhrase(rep) },
    rep,
    library: witness.effect.library,
    read: witness.effect.read,
    byName: witness.byName,
    schema: witness.schema,
  };
}

function reportedAtRecursiveCall(analysis: FileAnalysis, rep: Repetition): boolean {
  const call = analysis.collected.callByNode.get(rep.node);
  return !!call && !!findingAt(analysis, call);
}

/**
 * Prisma's client gathers `findUnique` calls made in the same tick into one query (its dataloader):
 * `Promise.all(ids.map((id) => prisma.user.findUnique(…)))` and a GraphQL field resolver per parent
 * are one round trip, not N. A `for` loop that awaits each one is not gathered.
 */
function batchedByPrisma(analysis: FileAnalysis, site: CallSite, library: string, label: string, rep: Repetition): boolean {
  if (library !== 'prisma' || !/\.findUnique$/.test(label) || (rep.kind !== 'callback' && rep.kind !== 'graphql-field')) return false;
  // `ids.map((id) => limit(() => prisma.x.findUnique(…)))`: a limiter starts a few at a time, never the whole list in one tick.
  if (insideLimiter(analysis, site, rep)) return false;
  // `prisma.$transaction(ids.map(…))` runs the list as a batch transaction, one query after another.
  const p = rep.node.parent;
  return !(p?.type === 'CallExpression' && p.callee.type === 'MemberExpression' && propertyName(p.callee) === '$transaction');
}

/**
 * `for (const r of recipients) await prisma.org.findUnique({ where: { id: orgId } })`: nothing the
 * call reads changes between iterations (no item, nothing declared or assigned in the loop).
 */
function sameEachTime(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  const used = referencedNames(outermostChainCall(site.node), analysis.keysOf);
  const local = repetitionItemNames(rep);
  // An index or a condition changes in counted loops; a resolver or a tree walk gets its item as a parameter.
  if (!['for-of', 'for-in', 'for-await', 'callback'].includes(rep.kind)) return false;
  const body = rep.node.type === 'CallExpression' ? (rep.node.arguments as Node[]).map((a) => unwrapExpression(a)).find(isFunctionNode) : (rep.node as { body?: Node }).body;
  if (!body) return false;
  const stack: Node[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'VariableDeclarator') for (const b of patternBindings(n.id)) local.add(b.id.name);
    if (isFunctionNode(n)) for (const p of n.params) for (const b of patternBindings(p as Node)) local.add(b.id.name);
    if (n.type === 'AssignmentExpression') for (const b of patternBindings(unwrapExpression(n.left))) local.add(b.id.name);
    pushChildren(stack, n, analysis.keysOf);
  }
  for (const name of used) if (local.has(name)) return false;
  return true;
}

/** Inside an `if`, a `switch` case or a conditional expression within the loop body. */
function insideBranch(site: CallSite, rep: Repetition): boolean {
  for (let n: Node | undefined = site.node.parent; n && n !== rep.node; n = n.parent) {
    if (isFunctionNode(n) && n.parent === rep.node) return false;
    if (n.type === 'IfStatement' || n.type === 'SwitchCase' || n.type === 'ConditionalExpression' || n.type === 'LogicalExpression') return true;
  }
  return false;
}

/**
 * A field resolver of a type the schema never returns in a list (`Infra`, `Viewer`, a settings
 * object) has one parent per request: it runs once, not once per item. Known only with the
 * project's schema (the project model); without it, every field resolver counts as per parent.
 */
function singleParent(analysis: FileAnalysis, rep: Repetition): boolean {
  if (rep.kind !== 'graphql-field' || !rep.collection) return false;
  const listed = analysis.file.project?.listedGraphqlTypes();
  return !!listed && !listed.has(rep.collection);
}

/**
 * `author: (post) => post.author ?? loadAuthor(post.authorId)`, `if (post.author) return post.author;`:
 * the list query usually loaded the relation with the parents; the resolver queries only when it did not.
 */
function loadedWithParent(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  if (rep.kind !== 'graphql-field' || !isFunctionNode(rep.node)) return false;
  const fn = rep.node;
  const parentParam = fn.params.find((p) => (p as { decorators?: TSESTree.Decorator[] }).decorators?.some((d) => calleeName(d.expression as TSESTree.CallExpression) === 'Parent')) ?? fn.params[0];
  const parent = parentParam && unwrapExpression(parentParam as Node);
  const name = parent?.type === 'Identifier' ? parent.name : parent?.type === 'AssignmentPattern' && parent.left.type === 'Identifier' ? parent.left.name : undefined;
  if (!name) return false;
  const aboutParent = (n: Node) => referencedNames(n, analysis.keysOf).has(name);
  for (let n: Node = site.node, p: Node | undefined = n.parent; p && n !== fn; n = p, p = p.parent) {
    if (p.type === 'LogicalExpression' && p.right === n && (p.operator === '??' || p.operator === '||') && aboutParent(p.left)) return true;
    if (p.type === 'ConditionalExpression' && p.test !== n && aboutParent(p.test)) return true;
  }
  // An early `if (post.author) return post.author;` before the query. A guard that gives up on a
  // parent without the data (`if (!resource.id) return null;`) returns nothing of the parent: the
  // query still runs for every other parent.
  const body = fn.body.type === 'BlockStatement' ? fn.body.body : [];
  const [start] = rangeOf(site.node);
  // A guard that keeps one parent (`if (requestingUser.uid !== user.uid) return [];`) lets the query run for that one only.
  const otherParams = new Set(fn.params.filter((p) => p !== parentParam).flatMap((p) => patternBindings(p as Node).map((b) => b.id.name)));
  const keepsOneParent = (test: Node): boolean => {
    const t = unwrapExpression(test);
    if (t.type !== 'BinaryExpression' || (t.operator !== '!==' && t.operator !== '!=')) return false;
    const [left, right] = [t.left as Node, t.right as Node];
    const other = aboutParent(left) ? right : aboutParent(right) ? left : undefined;
    const root = other && rootName(other);
    return !!root && otherParams.has(root) && !aboutParent(other);
  };
  return body.some((st) => st.type === 'IfStatement' && rangeOf(st)[1] <= start && aboutParent(st.test) && (returnsOfParent(st.consequent, aboutParent) || (keepsOneParent(st.test) && containsReturn(st.consequent))));
}

function containsReturn(n: Node): boolean {
  return n.type === 'ReturnStatement' || (n.type === 'BlockStatement' && n.body.some((s) => s.type === 'ReturnStatement'));
}

/** `return post.author;` (alone or in a block): hands back something the parent already holds. */
function returnsOfParent(n: Node, aboutParent: (n: Node) => boolean): boolean {
  const returns = n.type === 'BlockStatement' ? n.body : [n];
  return returns.some((s) => s.type === 'ReturnStatement' && !!s.argument && aboutParent(s.argument as Node));
}

/** `for (const id of ids) await sequelize.transaction(async (t) => { … })`: the query runs in a transaction opened per item. */
function transactionPerItem(site: CallSite, rep: Repetition): boolean {
  const [from, to] = rangeOf(rep.node);
  for (let f = site.fn; f; f = f.parent) {
    const [start] = rangeOf(f.node);
    if (start < from || start > to) return false;
    if (f.isTransactionCallback) return true;
  }
  return false;
}

/** `pMap(items, fn, { concurrency: 4 })`, `async.mapLimit(items, 4, fn)`, `Bluebird.map(xs, fn, { concurrency })`. */
const LIMITED_MAPPER = /Limit$/;
/** `limit(() => fetch(…))` (p-limit), `queue.add(() => …)` (p-queue), `limiter.schedule(() => …)` (bottleneck). */
const LIMITER_CALL = /^(limit|limiter|throttle|throttled)$|^(queue|limiter|limit|pool)\w*\.(add|schedule|run|wrap)$/i;

function boundedOnPurpose(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  if (rep.kind === 'callback' && rep.node.type === 'CallExpression') {
    if (LIMITED_MAPPER.test(rep.method ?? '')) return true;
    const takesConcurrency = (rep.node.arguments as Node[]).some((a) => {
      const e = unwrapExpression(a);
      return e.type === 'ObjectExpression' && e.properties.some((p) => p.type === 'Property' && keyName(p) === 'concurrency');
    });
    if (takesConcurrency) return true;
  }
  return insideLimiter(analysis, site, rep);
}

/** The call is in a function handed to a limiter (`limit(async () => …)`) inside the repetition. */
function insideLimiter(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  for (let n: Node | undefined = site.node.parent; n && n !== rep.node; n = n.parent) {
    const call: Node | undefined = n.parent;
    if (isFunctionNode(n) && call?.type === 'CallExpression' && (call.arguments as Node[]).includes(n) && LIMITER_CALL.test(analysis.text(unwrapExpression(call.callee)).replace(/^this\./, ''))) return true;
  }
  return false;
}

/** `getFileServerSide`, `downloadFile`, `uploadToS3`, `s3.getObject`, `putObject`, `storage.upload`, `transferAttachment`: moving one file's bytes. */
const FILE_TRANSFER = /(download|upload|(get|put|read|fetch|save|store|transfer|copy|stream)(File|Object|Blob|Asset|Image|Attachment)|presign)/i;
/** `getFilesChangedInCommit`, `listObjects`: a listing of files, not one file's bytes. */
const FILE_LISTING = /(get|list|fetch|read)(Files|Objects|Blobs|Assets|Images|Attachments)(?![a-z])/;

/**
 * Lists whose size the user interface or the configuration bounds, not the data: the filters,
 * sorts and group-by levels of one view, the clauses of one parsed search expression (`AND`/`OR`
 * nodes' `matchers`, `operands`), the ranges of one selection, the steps of one workflow,
 * the locales or currencies an installation enables, the zones, tax rates, payment and shipping
 * methods, stock locations, roles and login strategies an administrator sets up, the providers,
 * loggers, renderers, search engines, interceptors, middlewares and other plug-in modules an installation enables, the
 * job queues and shards it runs. Also their ids
 * (`input.stockLocationIds`) and with a qualifier in front (`activeLocales`, `DERIVED_CURRENCIES`).
 */
const SHORT_BY_DOMAIN = /^(filters?|filterSets?|sorts?|sortBy|sortObjs?|orderBy|groupBys?|groupings?|levels|ranges|selections?|steps|stages|tabs|conditions|matchers|clauses|predicates|operands|statuses|shippingLines|couponCodes|(locale|language|currency|currencie|shippingMethod|paymentMethod|stockLocation|channel|zone|countrie|country|taxRate|taxCategorie|taxCategory|strategie|strategy|dataSource|benchmark|surcharge|seller|role|customerGroup|provider|logger|renderer|engine|editor|plugin|adapter|extension|driver|interceptor|middleware|guard|validator|queue|queueName|shard|shardName|partition)(s|Ids|Codes|Keys))$/i;
/** The name as written, and each tail of it that starts a word: `activeLocales` → `Locales`, `DERIVED_CURRENCIES` → `CURRENCIES`. */
function nameTails(name: string): string[] {
  const out = [name];
  for (const m of name.matchAll(/(?<=[a-z\d])[A-Z]|(?<=_)[A-Za-z]/g)) out.push(name.slice(m.index));
  return out;
}

/**
 * `for (const table of tables)`, `tableMetas.map(…)`, `for (const sql of statements)`: the schema's
 * tables or statements. (Not "collections" or "models": in many apps those are rows of the data.)
 */
const TABLES = /^(tables?|tableIds|tableMetas?|dbTableNames?|tableNames|collectionNames|modelNames|entityNames|schemas|statements|sqls|migrations)$/i;
/** An item that names a table, a collection or a model (`collectionName` of an export or import), not a row of one. */
const TABLE_ITEM = /^(table|tableId|tableMeta|dbTableName|tableName|collectionName|modelName|entityName|schema|statement|sql|migration)$/i;

/**
 * `for (const fieldId in fkRecordMap)`, `Object.entries(cellsByTableId)`: a map of groups keyed by
 * a table or a field (a column with a table of its own), built so that each group is one call.
 */
const GROUPS_BY_SCHEMA_PART = /(Map|By(Table|Field|Column)(Id|Name)?)$/;
const SCHEMA_PART_KEY = /(^(table|field|column)|(Table|Field|Column))(Id|Name)$/;

/** A map grouped by a kind: `byType`, `idsByType`, `widgetsByLocale` (not `usersById`, one item per key). */
const GROUPED_BY = /(^by|[a-z\d]By)(Type|Kind|Category|Categories|Locale|Language|Lang|Model|Collection|Entity|Table|Module|Provider|Source|Status|Class|Format|Driver|Region|Shard|Tenant|Channel)s?$/;
const GROUP_KEYS = /^(?:Object\.(?:keys|entries|values)|_\.(?:keys|toPairs|entries|values))\((.*)\)$/s;

/**
 * `for (const type of Object.keys(byType))`, `for (const [type, ids] of idsByType)`: the loop goes over
 * the groups of a grouping by kind, and each call gets a whole group (one `$in` per type): batched
 * already, one call per kind.
 */
function overGroups(rep: Repetition): boolean {
  const list = (rep.collection ?? '').trim();
  const grouped = GROUP_KEYS.exec(list)?.[1] ?? list;
  return GROUPED_BY.test(grouped.replace(/[?!]/g, '').split('.').pop() ?? '');
}

/** `sql.split(';')`: the statements of a script, written by a developer. */
const SCRIPT_STATEMENTS = /\.split\(\s*(['"`]);\1\s*\)/;

/**
 * `for (const query of schemaSql.split(';').map((q) => q.trim())) await client.exec({ query })`: a
 * script run statement by statement (a schema, a migration). Its length is the script's, not the data's.
 */
function overScriptStatements(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  return collectionSources(analysis, site, rep).some((t) => SCRIPT_STATEMENTS.test(t));
}

/**
 * `for (const c of config.collections) await payload.count({ collection: c.slug })`: the item names the
 * collection each call works on (the library's `argumentKeys`), so every call goes to another one and
 * there is nothing to gather into one query. One call per collection, like a loop over tables.
 */
function itemNamesTheTarget(analysis: FileAnalysis, site: CallSite, rep: Repetition, library: string): boolean {
  const keys = libraryById(library)?.argumentKeys;
  const target = keys && namedTarget(site.node, keys);
  if (!target) return false;
  const items = repetitionItemNames(rep);
  return target.values.some((v) => [...referencedNames(v, analysis.keysOf)].some((n) => items.has(n)));
}

function overTables(rep: Repetition): boolean {
  const items = [...repetitionItemNames(rep)];
  if (TABLES.test(listName(rep)) || items.some((n) => TABLE_ITEM.test(n))) return true;
  return GROUPS_BY_SCHEMA_PART.test(mapName(rep)) && items.some((n) => SCHEMA_PART_KEY.test(n));
}

/** The object whose keys or entries the loop goes over: `Object.entries(idsByTable)` → `idsByTable`. */
function mapName(rep: Repetition): string {
  return (rep.collection ?? '').replace(/^Object\.(keys|entries)\((.*)\)$/s, '$2');
}

function shortByDomain(rep: Repetition): boolean {
  const name = listName(rep);
  // `SERVICE_TYPE_CONFIGS`, `SUPPORTED_LOCALES`: a constant list written in the code, as short as its source.
  return CONSTANT_NAME.test(name) || nameTails(name).some((n) => SHORT_BY_DOMAIN.test(n)) || CLUSTER_NODES.test(rep.collection ?? '');
}
/** `cluster.nodes('master')`: the servers of a Redis cluster, a handful an operator sets up. */
const CLUSTER_NODES = /\.nodes\((\s*['"](master|slave|all)['"]\s*)?\)$/;
const CONSTANT_NAME = /^[A-Z][A-Z\d]*(_[A-Z\d]+)+$/;

/** Items a list written out in the code may have and still be as long as its source, not the data. */
const WRITTEN_OUT_MAX = 20;

/**
 * `const viewPrefixes = ['agg_registrations', 'agg_rewards', 'agg_payin']; for (const view of
 * viewPrefixes)`: literals written out in the code (fewer than three are no collection at all).
 */
function writtenOutList(rep: Repetition, scope: Scope): boolean {
  const list = loopList(rep);
  let n = list && unwrapExpression(list);
  if (n?.type === 'Identifier') n = constValue(scope.lookup(n.name));
  // (`const ids = []` is a list the code fills, not one written out.)
  return n?.type === 'ArrayExpression' && n.elements.length >= 2 && n.elements.length <= WRITTEN_OUT_MAX && n.elements.every((e) => !!e && (e.type === 'Literal' || (e.type === 'TemplateLiteral' && !e.expressions.length) || e.type === 'ObjectExpression'));
}

/**
 * The loop is over a short list (by its domain, or the schema's tables) and no loop around it is
 * over anything longer: per language of each product variant is still once per variant.
 */
function shortListOnly(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  const short = (r: Repetition) => shortByDomain(r) || overTables(r) || writtenOutList(r, site.scope);
  // (A resolver of a type no query returns as a list runs once per request, not per item.)
  return short(rep) && analysis.repetitionsOf(site).every((r) => r === rep || !r.overCollection || r.fixedSize || short(r) || singleParent(analysis, r));
}

/**
 * `for (const [action, section] of policies) { if (section === Sections.CHANNEL) … if (section ===
 * Sections.POSTS) … }`, `if (rule.type === 'team' && (await checkTeam(rule)))`, `switch (step.kind)
 * { case 'email': … }`: the loop goes over a list of kinds (access rules, policies, steps of a
 * definition), each handled by a query of its own, not over rows that each need the same query.
 * The call is governed by a comparison of a part of the item with a constant, and the loop
 * compares that part with at least two different constants.
 */
function dispatchesOnKind(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  const items = kindNames(rep);
  const body = loopBody(rep);
  if (!items.size || !body) return false;
  // Rows a query returned, dispatched on their status, are still rows: one query per row of each kind.
  const list = loopList(rep);
  if (!list || rep.kind === 'for-await' || derivedFromAwaited(list, site.scope)) return false;
  /** `section === Sections.CHANNEL` → `section`; a `switch (rule.type)` → `rule.type`. */
  const kindSubject = (n: Node): { subject: string; value: string } | undefined => {
    if (n.type !== 'BinaryExpression' || (n.operator !== '===' && n.operator !== '==')) return undefined;
    for (const [a, b] of [[n.left, n.right], [n.right, n.left]] as Array<[Node, Node]>) {
      const e = unwrapExpression(a);
      if (e.type === 'Identifier' && items.has(e.name) && isConstant(unwrapExpression(b))) return { subject: e.name, value: analysis.text(b) };
    }
    return undefined;
  };
  const values = new Map<string, Set<string>>();
  const note = (subject: string, value: string) => (values.get(subject) ?? values.set(subject, new Set()).get(subject)!).add(value);
  const stack: Node[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n !== body && isFunctionNode(n)) continue;
    const k = kindSubject(n);
    if (k) note(k.subject, k.value);
    if (n.type === 'SwitchStatement' && n.discriminant.type === 'Identifier' && items.has(n.discriminant.name)) {
      for (const c of n.cases) if (c.test && isConstant(unwrapExpression(c.test as Node))) note(analysis.text(n.discriminant as Node), analysis.text(c.test as Node));
    }
    pushChildren(stack, n, analysis.keysOf);
  }
  const dispatched = new Set([...values].filter(([, v]) => v.size >= 2).map(([subject]) => subject));
  if (!dispatched.size) return false;
  const testsKind = (test: Node): boolean => {
    const inner: Node[] = [test];
    while (inner.length) {
      const n = inner.pop()!;
      const k = kindSubject(n);
      if (k && dispatched.has(k.subject)) return true;
      if (n.type === 'LogicalExpression' && n.operator === '&&') inner.push(n.left as Node, n.right as Node);
    }
    return false;
  };
  for (let n: Node | undefined = site.node.parent; n && n !== rep.node && n !== body; n = n.parent) {
    if (n.type === 'IfStatement' && testsKind(n.test as Node)) return true;
    if (n.type === 'SwitchCase' && n.parent?.type === 'SwitchStatement' && dispatched.has(analysis.text(n.parent.discriminant as Node))) return true;
  }
  return false;
}

/**
 * The item itself, when it can be a kind: `section` of `for (const section of sections)`, the parts
 * of `for (const [action, section] of policies)`. Not fields of a row (`{ type, quantity }`): rows of
 * several types (a portfolio's activities, a library's movies and shows) are still rows.
 */
function kindNames(rep: Repetition): Set<string> {
  const pattern = itemPattern(rep);
  if (pattern?.type === 'Identifier') return new Set([pattern.name]);
  if (pattern?.type === 'ArrayPattern') return new Set(pattern.elements.flatMap((e) => (e?.type === 'Identifier' ? [e.name] : [])));
  return new Set();
}

/** A string or number, `Sections.CHANNEL` (an enum member), `TEAM_ROLE` (a constant's name). */
function isConstant(n: Node): boolean {
  if (n.type === 'Literal') return typeof n.value === 'string' || typeof n.value === 'number';
  if (n.type === 'MemberExpression') return !n.computed && unwrapExpression(n.object as Node).type === 'Identifier' && /^[A-Z]/.test(rootName(n) ?? '');
  return n.type === 'Identifier' && /^[A-Z][A-Z\d_]+$/.test(n.name);
}

/**
 * The name the code gives the list: `view.filters` → `filters`, `ids.filter(Boolean)` → `ids` (a
 * method called on the list is not its name); empty when the list is a call's result.
 */
function listName(rep: Repetition): string {
  const path = (rep.collection ?? '').replace(/\.\w+\(.*$/s, '').replace(/[?!]/g, '');
  return path.includes('(') ? '' : path.split('.').pop() ?? '';
}

/** Lists of code the app is configured with, not of data: plugins, interceptors, strategies, middlewares. */
const EXTENSION_POINTS = /(interceptor|plugin|middleware|strateg(?:y|ie)|hook|extension|adapter|listener|subscriber|guard|validator|service|provider|store|backend|client|engine|connector)s$/i;

/**
 * `for (const interceptor of orderInterceptors) await interceptor.willAddItemToOrder(…)`: the loop
 * calls a method of each configured plugin (none by default, a handful when set up); whether that
 * queries is the plugin's business, and the list does not grow with the data.
 */
function callsEachPlugin(site: CallSite, rep: Repetition): boolean {
  if (!EXTENSION_POINTS.test(listName(rep))) return false;
  const callee = unwrapExpression(site.node.callee as Node);
  const root = callee.type === 'MemberExpression' ? rootName(callee.object as Node) : undefined;
  return !!root && repetitionItemNames(rep).has(root);
}

/** Items that name a destination of their own: a webhook, a channel, a mirror, a provider. */
const DESTINATION = /(webhook|hook|channel|destination|endpoint|integration|notifier|notification|provider|target|server|host|mirror|url|subscription)s?$/i;

/**
 * `for (const hook of hooks) await fetch(hook.url, …)`, `for (const channel of channels) await
 * notify(channel, …)`: each request goes to another server, picked by the item. There is no
 * batch form, and the lists are short configuration (the channels a team set up). Links taken
 * from user content are not destinations of this kind: those lists grow with the data. Items that
 * carry a server's address (`peer.baseUrl`) are, whatever the list is called.
 */
function fansOutToDestinations(site: CallSite, rep: Repetition): boolean {
  const items = repetitionItemNames(rep);
  const collectionTail = (rep.collection ?? '').replace(/\(.*$/s, '').split('.').pop() ?? '';
  return DESTINATION.test(collectionTail) || [...items].some((n) => DESTINATION.test(n)) || serverPerItem(site, items);
}

/**
 * A server's address taken from the item: `peer.baseUrl`, `provider.endpoint`, `hook.webhookUrl`.
 * Not a page's `url`: links from user content are many pages, often on one server.
 */
const ADDRESS = /(baseurl|serverurl|instanceurl|apiurl|endpoint|host|hostname|origin|address|webhook\w*)$/i;

/**
 * `fetch(target.url)`, `axios.post(\`${node.baseUrl}/sync\`)`, `got({ url: peer.endpoint })`: the
 * item says which server to call, so each request goes somewhere else; there is nothing to batch.
 */
function serverPerItem(site: CallSite, items: Set<string>): boolean {
  if (!items.size) return false;
  const fromItem = (n: Node): boolean => {
    const root = rootName(n);
    return !!root && items.has(root) && ADDRESS.test(n.type === 'MemberExpression' ? propertyName(n) ?? '' : n.type === 'Identifier' ? n.name : '');
  };
  const first = site.node.arguments[0] && unwrapExpression(site.node.arguments[0] as Node);
  if (!first) return false;
  if (first.type === 'TemplateLiteral') return first.quasis[0]?.value.raw === '' && !!first.expressions[0] && fromItem(unwrapExpression(first.expressions[0] as Node));
  if (first.type === 'ObjectExpression') {
    return first.properties.some((p) => p.type === 'Property' && /^(url|baseURL|host)$/.test(keyName(p) ?? '') && fromItem(unwrapExpression(p.value as Node)));
  }
  return fromItem(first);
}

const REMOTE: Record<FindingId, MessageIds> = { perItem: 'remotePerItem', sameEachTime: 'sameEachTime', perItemInTransaction: 'perItemInTransaction', perItemViaHelper: 'remotePerItemViaHelper', perItemViaModule: 'remotePerItemViaModule', perItemRecursive: 'perItemRecursive', perItemByName: 'remotePerItemByName' };

/** `this.ordersRepository.findById`, without arguments and cut to a readable length. */
function shortCallee(analysis: FileAnalysis, site: CallSite): string {
  const text = analysis.text(unwrapExpression(site.node.callee)).replace(/\s+/g, '');
  return text.length > 60 ? `…${text.slice(-59)}` : text;
}

const LOOP_STATEMENTS = new Set(['for-of', 'for-in', 'for', 'for-await']);
/** `sleep(200)`, `await delay(ms)`, `new Promise((r) => setTimeout(r, 1000))`. */
const PAUSE_CALL = /^(sleep|delay|pause|wait|backoff|setTimeout)(Ms|Millis|Seconds?)?$/i;
/** `limiter.schedule(…)`, `rateLimiter.removeTokens(1)`, `bucket.take()`. */
const PACER_RECEIVER = /(limiter|throttle|bottleneck|ratelimit|bucket)$/i;

/**
 * A loop statement that sleeps or waits on a rate limiter between items goes one at a time on
 * purpose (third-party rate limits, throttled backfills); the per-item call is the design. So does
 * a helper that runs its callback one item after the other (`Promise.each`, `mapSeries`).
 * Other callbacks do not count: `forEach(async …)` starts every item at once whatever it awaits.
 */
function pacedOnPurpose(analysis: FileAnalysis, rep: Repetition): boolean {
  return (LOOP_STATEMENTS.has(rep.kind) || inTurn(analysis, rep)) && pacedLoops(analysis).has(rep);
}

/** Helpers that wait for one item's callback before they start the next. */
const IN_TURN_HELPERS = new Set(['mapSeries', 'eachSeries', 'forEachSeries', 'pMapSeries', 'eachOfSeries', 'forEachOfSeries', 'mapValuesSeries', 'filterSeries', 'rejectSeries', 'detectSeries', 'concatSeries', 'groupBySeries', 'someSeries', 'everySeries', 'timesSeries']);
/** Bluebird's `Promise.each(items, fn)` (also under its own name): in turn, unlike lodash's `_.each`. */
const BLUEBIRD = /^(Promise|Bluebird|bluebird|BPromise)$/;

function inTurn(analysis: FileAnalysis, rep: Repetition): boolean {
  if (rep.kind !== 'callback' || !rep.method || rep.node.type !== 'CallExpression') return false;
  if (IN_TURN_HELPERS.has(rep.method)) return true;
  const callee = unwrapExpression(rep.node.callee);
  return rep.method === 'each' && callee.type === 'MemberExpression' && BLUEBIRD.test(analysis.text(unwrapExpression(callee.object)));
}

/** Loops that contain a pause or pacer call, found in one pass over the calls (once per file, not once per finding). */
const pacedLoopsOf = new WeakMap<FileAnalysis, Set<Repetition>>();
function pacedLoops(analysis: FileAnalysis): Set<Repetition> {
  let paced = pacedLoopsOf.get(analysis);
  if (paced) return paced;
  paced = new Set();
  for (const site of analysis.collected.calls) {
    if (!site.repetitions.length) continue;
    const callee = unwrapExpression(site.node.callee);
    if (PAUSE_CALL.test(calleeName(site.node) ?? '') || (callee.type === 'MemberExpression' && PACER_RECEIVER.test(analysis.text(unwrapExpression(callee.object)).replace(/^this\./, '')))) {
      for (const loop of site.loops) paced.add(loop);
      // `Promise.each(batches, async () => { …; await Promise.delay(ms); })`: the pause is in the callback itself.
      const own = site.repetitions[site.repetitions.length - 1];
      if (own?.kind === 'callback') paced.add(own);
    }
  }
  pacedLoopsOf.set(analysis, paced);
  return paced;
}

const SET_KEYS = new Set(['in', '$in', 'notIn', '$nin', 'hasSome', '$all']);
const SET_CALLS = new Set(['whereIn', 'orWhereIn', 'whereNotIn', 'inArray', 'notInArray', 'In', 'Any']);
/** SQL that takes a whole list in one parameter: `= ANY($1)`, `IN (?)`. */
const SQL_LIST_PARAM = /\b(any|in)\s*\(\s*(\$\d+|\?|:\w+)\s*\)/i;

/** Knex calls that name the table a query runs on. */
const TABLE_CALLS = new Set(['from', 'table', 'into', 'withSchema']);
/** A list whose items are tables, models, collections or whole statements. */
const TABLE_LIST = /(table|model|collection|entit(y|ies)|schema|relation|sql|statement|quer(y|ies)|migration|index(es)?)(s|Ids?|Names?|Metas?)?$/i;
/** Calls that pick the table, collection or model a query runs on. */
const MODEL_CALLS = new Set(['collection', 'model', 'getRepository', 'getModel', 'getCollection', 'schema', 'alterTable', 'createTable', 'dropTable', 'hasTable']);
/** Raw statements: the first argument is the whole SQL text. */
const RAW_SQL_CALLS = new Set(['$executeRawUnsafe', '$queryRawUnsafe', 'raw', 'query', 'execute', 'exec', 'unsafe']);
/** What turns a query builder into SQL text. */
const TO_SQL = new Set(['toQuery', 'toString', 'toSQL', 'toSql', 'getQuery', 'getSql']);

/**
 * `for (const { joinTable, ids } of relations) await trx(joinTable.name).whereIn(col, ids)`: each
 * iteration queries another table, so the queries cannot be merged into one. (One table named by
 * the item's data, `knex(item.type)`, is the same case: a table per kind.)
 */
function tablePerIteration(analysis: FileAnalysis, site: CallSite, rep: Repetition, effect: Extract<CallEffect, { kind: 'query' }>): boolean {
  // `for (const query of ['ALTER TABLE a DELETE …', 'ALTER TABLE b DELETE …'])`: a list of statements written
  // out, a different one each time (one per table, mostly), which no one statement replaces.
  if (writtenStatements(loopList(rep), site.scope)) return true;
  const items = repetitionItemNames(rep);
  if (!items.size) return false;
  const fromItem = (n: Node | undefined): boolean => {
    const root = n && n.type !== 'ObjectExpression' ? rootName(n) : undefined;
    return !!root && items.has(root);
  };
  // Beyond Knex's own table call, only a list of tables, models or statements counts: the fields of
  // one table (`field.dbTableName`) all name the same table, so that is still one query per item.
  const listOfTables = TABLE_LIST.test(rep.collection ?? '') || [...items].some((n) => TABLE_LIST.test(n));
  for (let n: Node = outermostChainCall(site.node); ; ) {
    if (n.type === 'MemberExpression') {
      // `prisma[item.model].findMany()`, `db[table]`: the model is picked per item.
      if (listOfTables && n.computed && fromItem(unwrapExpression(n.property as Node))) return true;
      n = unwrapExpression(n.object);
      continue;
    }
    if (n.type !== 'CallExpression') break;
    const callee = unwrapExpression(n.callee);
    const method = callee.type === 'MemberExpression' ? propertyName(callee) ?? '' : '';
    const first = n.arguments[0] && unwrapExpression(n.arguments[0] as Node);
    // Knex names its table in the call that starts the builder: `trx(joinTable.name)`, `.from(t)`
    // (not a query method of a model, `Card.updateOne(item.id, …)`, whose first argument picks rows).
    if (effect.table.lazyBuilder && ((startsBuilder(n) && !effect.table.queryMethods?.includes(method)) || TABLE_CALLS.has(method)) && fromItem(first)) return true;
    if (!listOfTables) {
      if (callee.type !== 'MemberExpression') break;
      n = unwrapExpression(callee.object);
      continue;
    }
    if (MODEL_CALLS.has(method) && fromItem(first)) return true;
    // `for (const sql of statements) await prisma.$executeRawUnsafe(sql)`, or SQL built per item by a
    // builder that names the item's table: a different statement each time, not the same query N times.
    if (RAW_SQL_CALLS.has(method) && first && statementPerItem(analysis, site, first, items)) return true;
    if (callee.type !== 'MemberExpression') break;
    n = unwrapExpression(callee.object);
  }
  return false;
}

/** An array written out (here or in the `const` it names) whose every element is SQL text. */
function writtenStatements(list: Node | undefined, scope: Scope): boolean {
  let e = list && unwrapExpression(list);
  if (e?.type === 'Identifier') e = singleValue(scope.lookup(e.name));
  if (e?.type !== 'ArrayExpression' || e.elements.length < 2) return false;
  return e.elements.every((el) => {
    const v = el && unwrapExpression(el as Node);
    const text = v?.type === 'TemplateLiteral' ? v.quasis[0]?.value.cooked ?? '' : v ? stringValue(v) : undefined;
    return !!text && STATEMENT_START.test(text);
  });
}

/** The call a builder chain starts with: `knex(t)`, `this.knex(t)`, `trx(t)` (its callee is not itself a call's result). */
function startsBuilder(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return true;
  for (let o = unwrapExpression(callee.object); ; o = unwrapExpression((o as TSESTree.MemberExpression).object)) {
    if (o.type === 'CallExpression') return false;
    if (o.type !== 'MemberExpression') return true;
  }
}

/** SQL text that is the item itself, or made from a builder whose table comes from the item (`knex(t.dbTableName)….toQuery()`). */
function statementPerItem(analysis: FileAnalysis, site: CallSite, sql: Node, items: Set<string>): boolean {
  let text = sql;
  // `for (const sql of statements) run(sql.sql)`: the statement is the item, or one of its fields.
  if (text.type === 'MemberExpression' && items.has(rootName(text) ?? '')) return true;
  if (text.type === 'Identifier') {
    if (items.has(text.name)) return true;
    const b = site.scope.lookup(text.name);
    const only = singleValue(b);
    if (!only) return false;
    text = only;
  }
  if (text.type !== 'CallExpression' || !TO_SQL.has(calleeName(text) ?? '')) return false;
  for (let n: Node = unwrapExpression(text.callee); ; ) {
    if (n.type === 'MemberExpression') n = unwrapExpression(n.object);
    else if (n.type === 'CallExpression') {
      const first = n.arguments[0] && unwrapExpression(n.arguments[0] as Node);
      const callee = unwrapExpression(n.callee);
      const method = callee.type === 'MemberExpression' ? propertyName(callee) ?? '' : '';
      const names = startsBuilder(n) || TABLE_CALLS.has(method) || MODEL_CALLS.has(method);
      const root = first && first.type !== 'ObjectExpression' ? rootName(first) : undefined;
      if (names && root && (items.has(root) || derivedFromItem(site, root, items))) return true;
      n = callee;
    } else return false;
  }
}

/** `const table = tables[i]` / `const name = field.dbTableName` inside the loop: a name bound from an item. */
function derivedFromItem(site: CallSite, name: string, items: Set<string>): boolean {
  const b = site.scope.lookup(name);
  const only = b?.kind === 'variable' && b.values.length === 1 ? unwrapExpression(b.values[0].node) : undefined;
  const root = only ? rootName(only) : undefined;
  return !!root && items.has(root);
}

const RUNS_BUILDER = new Set(['then', 'catch', 'finally', 'asCallback', 'stream', 'pipe', 'exec']);

/**
 * `exists(db.select().from(t).where(eq(t.id, id)))`, `unionAll(...ids.map((id) => db.select()…))`,
 * `or(...ids.map((id) => eq(t.id, id)))`: the builder made per item is a fragment of one statement,
 * sent once, not a query per item.
 */
function partOfOneStatement(analysis: FileAnalysis, site: CallSite, effect: Extract<CallEffect, { kind: 'query' }>): boolean {
  if (!LAZY_LIBRARIES.has(effect.table.id)) return false;
  const n = throughBranches(withWrappers(outermostChainCall(site.node)));
  const p = n.parent;
  if (p?.type === 'CallExpression' && p.arguments.includes(n as never)) return !combinesPromises(p) || sendsAsOneBatch(p);
  // The value of a `.map` callback: what is done with the mapped list decides.
  if (p && isFunctionNode(p) && p.body === n) return mappedListIsFragment(analysis, p);
  if (p?.type === 'ReturnStatement') {
    let f: Node | undefined = p.parent;
    while (f && !isFunctionNode(f)) f = f.parent;
    return !!f && mappedListIsFragment(analysis, f);
  }
  return false;
}

/** `ids.map((id) => …)` whose result is spread into, or passed to, a call that does not await promises. */
function mappedListIsFragment(analysis: FileAnalysis, fn: Node): boolean {
  const map = fn.parent;
  if (map?.type !== 'CallExpression' || calleeName(map) !== 'map' || map.arguments[0] !== fn) return false;
  let n: Node = map;
  for (;;) {
    const up: Node | undefined = n.parent;
    if (up && (up.type === 'SpreadElement' || up.type === 'TSAsExpression' || up.type === 'TSNonNullExpression')) n = up;
    // `ids.map(…).filter((q) => q !== null)`: the same builders, fewer of them.
    else if (up?.type === 'MemberExpression' && up.object === n && !up.computed && ['filter', 'flat'].includes(propertyName(up) ?? '') && up.parent?.type === 'CallExpression' && up.parent.callee === up) n = up.parent;
    else break;
  }
  const p = n.parent;
  const fragmentOf = (c: TSESTree.CallExpression) => !combinesPromises(c) || sendsAsOneBatch(c);
  if (p?.type === 'CallExpression' && p.arguments.includes(n as never)) return fragmentOf(p);
  // `db.batch([...list.map(…)] as [BatchItem, ...BatchItem[]])`: the array as written, with its type.
  const array = p?.type === 'ArrayExpression' ? withWrappers(p).parent : undefined;
  if (array?.type === 'CallExpression') return fragmentOf(array);
  // `sql\`… in (${ids.map((id) => sql\`${id}\`)})\``: fragments of the one template around them.
  if (inTemplate(n)) return true;
  // `const selects = ids.map(…); … unionAll(...selects)`: the variable's only use is such a call.
  if (p?.type === 'VariableDeclarator' && p.id.type === 'Identifier') {
    const name = p.id.name;
    let scope: Node | undefined = p.parent;
    while (scope && !isFunctionNode(scope)) scope = scope.parent;
    const uses = analysis.collected.calls.filter((c) => rangeOf(c.node)[0] >= rangeOf(p)[1] && (!scope || rangeOf(c.node)[1] <= rangeOf(scope)[1]) && c.node.arguments.some((a) => {
      const arg = unwrapExpression((a.type === 'SpreadElement' ? a.argument : a) as Node);
      return arg.type === 'Identifier' && arg.name === name;
    }));
    return uses.length > 0 && uses.every((c) => fragmentOf(c.node as TSESTree.CallExpression));
  }
  return false;
}

/** `dbQuery.select(col);` inside a `.map` over sort fields: a Knex builder grows, nothing is sent. */
function buildsWithoutRunning(site: CallSite, effect: Extract<CallEffect, { kind: 'query' }>): boolean {
  if (!effect.table.lazyBuilder) return false;
  const outer = outermostChainCall(site.node);
  // `.then(…)`, `.asCallback(…)`, `.stream()` run it.
  if (outer.type === 'CallExpression' && RUNS_BUILDER.has(calleeName(outer) ?? '')) return false;
  // `builder.select(col);`, and the same behind a test: `!done.includes(col) && builder.select(col);`.
  let child = withWrappers(outer);
  while (child.parent?.type === 'LogicalExpression' && child.parent.right === child) child = child.parent;
  return child.parent?.type === 'ExpressionStatement';
}


/**
 * The iteration is over batches, not items: each call receives the whole element as a list
 * (`for (const ids of chunk(all, 500))` with `{ id: { in: ids } }`, `whereIn('id', batch)` where
 * `batch = items.slice(i, i + 500)`). That is the fix for N+1, not an instance of it.
 */
function queriesWholeBatch(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  const batchNames = batchBindings(analysis, rep);
  if (!batchNames.size) return false;
  const sources = collectionSources(analysis, site, rep);
  const chunked = sources.some((t) => CHUNKED.test(t));
  // Chunks of one list, or groups built on purpose (`Object.entries(idsByTable)`): a call per chunk or group.
  // Entries mapped to something else (`Object.entries(perms).filter(…).map(([id]) => id)`) are items again.
  const overChunks = sources.some((t) => CHUNK_LIST.test(t) || (GROUP_ENTRIES.test(t) && !MAPPED_AWAY.test(t)));
  const isBatch = (n: Node | null | undefined): boolean => {
    const e = n && unwrapExpression(n);
    return !!e && e.type === 'Identifier' && batchNames.has(e.name);
  };
  /** `chunk`, `batch.map(toRow)`, `{ data: part }`: the whole chunk, as it is or reshaped. */
  const asIsOrMapped = (e: Node): boolean =>
    isBatch(e) || (e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && ['map', 'filter', 'flatMap'].includes(propertyName(e.callee) ?? '') && isBatch(e.callee.object as Node));
  const wholeBatch = (n: Node): boolean => {
    const e = unwrapExpression(n);
    return asIsOrMapped(e) || (e.type === 'ObjectExpression' && e.properties.some((p) => p.type === 'Property' && asIsOrMapped(unwrapExpression(p.value as Node))));
  };
  const stack: Node[] = [outermostChainCall(site.node)];
  while (stack.length) {
    const n = stack.pop()!;
    if (isFunctionNode(n)) continue;
    if (n.type === 'Property') {
      const key = n.computed && n.key.type === 'MemberExpression' ? propertyName(n.key) : keyName(n);
      if (key && SET_KEYS.has(key) && isBatch(n.value as Node)) return true;
      // Sequelize and Mongoose read `where: { id: part }` / `{ _id: part }` as IN / $in, when `part` is a chunk.
      if (key && isBatch(n.value as Node) && chunked && effectReads(analysis, site)) return true;
    }
    if (n.type === 'CallExpression') {
      const args = n.arguments as Node[];
      if (SET_CALLS.has(calleeName(n) ?? '') && args.some(isBatch)) return true;
      // A loop over chunks or groups that hands each one on whole (`insert(chunk)`, `save(batch.map(toRow))`,
      // `createMany({ data: part })`, `this.loadRecords(tableId, recordIds)`): one call per chunk or group.
      if (overChunks && args.some(wholeBatch)) return true;
      const sql = stringValue(args[0] && unwrapExpression(args[0]));
      if (sql && SQL_LIST_PARAM.test(sql) && args.slice(1).some((a) => { const e = unwrapExpression(a); return e.type === 'ArrayExpression' && e.elements.some((el) => isBatch(el as Node)); })) return true;
    }
    pushChildren(stack, n, analysis.keysOf);
  }
  return false;
}

/** `Object.entries(idsByTable)`, `_.toPairs(…)`: key–value entries of an object, whose values may be groups. */
const GROUP_ENTRIES = /^(Object\.entries\(|_\.toPairs\(|toPairs\()/;
const MAPPED_AWAY = /\)\s*\.\s*(map|flatMap)\(/;
/** A name for a list of items: `recordIds`, `rows`, `cellList`, `group`. */
const LIST_NAME = /(s|List|Group|Batch|Array|Set)$/;

/** `chunk(ids, 1000)`, `_.chunk(rows, 500)`, `batches`, `partition(…)`: a loop over lists of items. */
const CHUNKED = /\b(chunk|chunks|batch|batches|partition|paginate|pages|inGroupsOf|splitEvery)\b|chunk\(|batch\(/i;

function effectReads(analysis: FileAnalysis, site: CallSite): boolean {
  const e = analysis.effectOf(site);
  return e?.kind === 'query' && e.read;
}

/** Names that hold one whole batch per iteration: the element itself, or a slice of the collection. */
function batchBindings(analysis: FileAnalysis, rep: Repetition): Set<string> {
  const names = new Set<string>();
  const loop = rep.node;
  // `for (const [tableId, recordIds] of Object.entries(byTable))`: each entry's value is a group of
  // items (a table's ids); a query that takes the group whole (`whereIn('id', recordIds)`) is one per group.
  const addGroupValue = (pattern: Node | null | undefined) => {
    // Only groups by a part of the schema (a table's or a field's records): groups by order or by
    // user are as many as the orders or users, and a call per group is still a call per item.
    const key = pattern?.type === 'ArrayPattern' ? pattern.elements[0] : undefined;
    const value = pattern?.type === 'ArrayPattern' ? pattern.elements[1] : undefined;
    const bySchemaPart = (key?.type === 'Identifier' && SCHEMA_PART_KEY.test(key.name)) || GROUPS_BY_SCHEMA_PART.test(mapName(rep));
    if (value?.type === 'Identifier' && GROUP_ENTRIES.test(rep.collection ?? '') && LIST_NAME.test(value.name) && bySchemaPart) names.add(value.name);
  };
  if (loop.type === 'ForOfStatement') {
    const left = loop.left.type === 'VariableDeclaration' ? loop.left.declarations[0]?.id : loop.left;
    if (left?.type === 'Identifier') names.add(left.name);
    addGroupValue(left as Node);
  } else if (rep.kind === 'callback' && loop.type === 'CallExpression') {
    const fn = (loop.arguments as Node[]).map((a) => unwrapExpression(a)).find(isFunctionNode);
    const first = fn?.params[0];
    if (first?.type === 'Identifier') names.add(first.name);
    addGroupValue(first as Node);
  } else if (loop.type === 'ForStatement' && rep.collection && loop.body.type === 'BlockStatement') {
    // for (let i = 0; i < ids.length; i += 500) { const batch = ids.slice(i, i + 500); … }
    for (const s of loop.body.body) {
      if (s.type !== 'VariableDeclaration') continue;
      for (const d of s.declarations) {
        const init = d.init && unwrapExpression(d.init);
        if (d.id.type !== 'Identifier' || init?.type !== 'CallExpression') continue;
        const callee = unwrapExpression(init.callee);
        if (callee.type === 'MemberExpression' && ['slice', 'splice'].includes(propertyName(callee) ?? '') && analysis.text(unwrapExpression(callee.object)) === rep.collection) {
          for (const { id } of patternBindings(d.id)) names.add(id.name);
        }
      }
    }
  }
  // `const batchIds = batch.map((b) => b.id)` at the top of the body: the same chunk, reshaped.
  const body = loop.type === 'ForOfStatement' || rep.kind === 'callback' ? loopBody(rep) : undefined;
  if (names.size && body?.type === 'BlockStatement') {
    for (const s of body.body) {
      if (s.type !== 'VariableDeclaration') continue;
      for (const d of s.declarations) {
        const init = d.init && unwrapExpression(d.init);
        const callee = init?.type === 'CallExpression' ? unwrapExpression(init.callee) : undefined;
        const from = callee?.type === 'MemberExpression' && ['map', 'filter', 'flatMap'].includes(propertyName(callee) ?? '') ? unwrapExpression(callee.object as Node) : undefined;
        if (d.id.type === 'Identifier' && from?.type === 'Identifier' && names.has(from.name)) names.add(d.id.name);
      }
    }
  }
  return names;
}

/**
 * `prisma.$transaction(items.map((i) => prisma.product.update(…)))`: writes gathered into one
 * transaction batch are an ordered unit of work, like writes through a transaction handle.
 * Reads gathered that way are still one query per item (`findMany` with `in` would do).
 */
/**
 * `ops.push(prisma.secretVersion.create(…))` per item and `prisma.$transaction(ops)` after the loop: a
 * Prisma query is sent only when awaited, so the queued writes all go in the one transaction's batch
 * (as with `$transaction(items.map(…))`; reads gathered so are still one query per id).
 */
function queuedForTransaction(analysis: FileAnalysis, site: CallSite, effect: Extract<CallEffect, { kind: 'query' }>): boolean {
  if (effect.read || !effect.table.transactionMethods?.length) return false;
  const n = withWrappers(outermostChainCall(site.node));
  const push = n.parent;
  if (push?.type !== 'CallExpression' || calleeName(push) !== 'push' || !push.arguments.includes(n as never) || push.callee.type !== 'MemberExpression') return false;
  const list = unwrapExpression(push.callee.object as Node);
  const binding = list.type === 'Identifier' ? site.scope.lookup(list.name) : undefined;
  if (!binding || list.type !== 'Identifier') return false;
  return analysis.collected.calls.some((c) => {
    const callee = unwrapExpression(c.node.callee);
    if (callee.type !== 'MemberExpression' || !tableSets(effect.table).transaction.has(propertyName(callee) ?? '')) return false;
    if (!(c.node.arguments as Node[]).some((a) => referencedNames(a, analysis.keysOf).has(list.name)) || c.scope.lookup(list.name) !== binding) return false;
    const client = analysis.resolver.resolve(callee.object, c.scope);
    return client?.kind === 'client' && client.table.id === effect.table.id;
  });
}

/**
 * `if (!accountByName.has(note.account.name)) { const a = await prisma.accounts.findFirst(…); accountByName.set(…) }`
 * in the loop, with the map made before it and keyed by something items share: the call runs once
 * per group. Keyed by the item itself or its id (`if (!(id in memo))`), it only skips repeats: each
 * distinct item still queries.
 */
function memoisedAcrossItems(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  const items = repetitionItemNames(rep);
  let child: Node = site.node;
  for (let p: Node | undefined = site.node.parent; p && p !== rep.node && !isFunctionNode(p); child = p, p = p.parent) {
    if (p.type !== 'IfStatement' || child === p.test) continue;
    const lookup = keyedLookup(unwrapExpression(p.test as Node), child === p.consequent);
    if (!lookup || ownKeyOfItem(lookup.key, items)) continue;
    const memo = lookup.memo;
    const b = memo.type === 'Identifier' ? site.scope.lookup(memo.name) : undefined;
    const declared = b?.kind === 'variable' ? b.values[0]?.node : undefined;
    // Made outside the loop (not afresh per item), and filled in the branch that queries.
    if (declared && !within(declared as Node, rep.node) && fillsMemo(child, analysis.text(memo), (x) => analysis.text(x), analysis.keysOf)) return true;
  }
  return false;
}

function gatheredIntoTransaction(analysis: FileAnalysis, site: CallSite, rep: Repetition, effect: Extract<CallEffect, { kind: 'query' }>): boolean {
  if (effect.read || rep.kind !== 'callback') return false;
  let n: Node = rep.node;
  let p: Node | undefined = n.parent;
  while (p && (p.type === 'SpreadElement' || p.type === 'ArrayExpression')) {
    n = p;
    p = p.parent;
  }
  if (p?.type !== 'CallExpression' || !(p.arguments as Node[]).includes(n)) return false;
  const callee = unwrapExpression(p.callee);
  const method = callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
  if (!method || callee.type !== 'MemberExpression') return false;
  const client = analysis.resolver.resolve(callee.object, site.scope);
  return client?.kind === 'client' && tableSets(client.table).transaction.has(method);
}
