import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeName, isFunctionNode, keyName, patternBindings, propertyName, rootName, stringValue, unwrapExpression, type Node } from '../analysis/ast';
import { enclosingChainCalls, outermostChainCall, type CallEffect } from '../analysis/call-effects';
import { isBatchableWrite, type FileAnalysis } from '../analysis/file-analysis';
import type { CallSite, Repetition } from '../analysis/model';
import { libraryById, tableSets } from '../analysis/libraries';
import { isAllowed, type AnalysisOptions } from '../analysis/options';
import { fileAnalysis, mayReportIn } from './util/analysis-context';
import { createRule } from './util/create-rule';
import { repetitionItemNames } from './util/loop-items';
import { repetitionPhrase } from './util/phrases';
import { optionsSchema } from './util/schema';

type Options = [AnalysisOptions];
type FindingId = 'perItem' | 'perItemViaHelper' | 'perItemViaModule';
type MessageIds = FindingId | 'remotePerItem' | 'remotePerItemViaHelper' | 'remotePerItemViaModule';

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
    hasSuggestions: false,
    messages: {
      perItem: '`{{call}}` runs once per {{repetition}}. That is one round trip per item; one batched call would do.',
      perItemViaHelper: '`{{call}}` queries once per {{repetition}}. It runs `{{query}}` (line {{queryLine}}) each time; one batched call would do.',
      perItemViaModule: '`{{call}}` queries once per {{repetition}}{{from}}. It runs `{{query}}` ({{where}}) each time; one batched call would do.',
      // HTTP APIs seldom have a batch endpoint: the advice is a few at a time, not one batched call.
      remotePerItem: '`{{call}}` sends one request per {{repetition}}. Run a few at a time (bounded concurrency) unless the API has a batch endpoint.',
      remotePerItemViaHelper: '`{{call}}` sends a request once per {{repetition}}. It calls `{{query}}` (line {{queryLine}}) each time; run a few at a time unless the API has a batch endpoint.',
      remotePerItemViaModule: '`{{call}}` sends a request once per {{repetition}}{{from}}. It calls `{{query}}` ({{where}}) each time; run a few at a time unless the API has a batch endpoint.',
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
        for (const site of analysis.collected.calls) {
          const finding = findingAt(analysis, site);
          if (!finding || isAllowed(finding.data.call, options.allow)) continue;
          // Only once-only code reaches it (start-up, a loader, module scope): not worth fixing.
          const reach = analysis.reachOf(site.fn);
          if (reach?.kind === 'cold') {
            if (options.report !== 'all') continue;
            finding.data.cost = 'low';
          }
          if (finding.messageId === 'perItemViaModule') finding.data.from = reach?.kind === 'hot' ? `, from ${reach.entry} (${reach.file}:${reach.line})` : '';
          context.report({
            node: site.node as unknown as TSESTree.Node,
            messageId: libraryById(finding.library)?.kind === 'http-client' ? REMOTE[finding.messageId] : finding.messageId,
            data: finding.data,
          });
        }
      },
    };
  },
});

interface Finding {
  messageId: FindingId;
  /** Library id of the call that repeats (for the advice: batch, or a few at a time). */
  library: string;
  data: Record<string, string>;
  rep: Repetition;
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
    if (buildsWithoutRunning(site, effect) || analysis.passesTransactionOptions(site)) return undefined;
    const rep = analysis.perItemRepetition(site, effect);
    if (!rep || tablePerIteration(site, rep, effect) || pacedOnPurpose(analysis, rep) || queriesWholeBatch(analysis, site, rep) || gatheredIntoTransaction(analysis, site, rep, effect)) return undefined;
    if (batchedByPrisma(effect.table.id, effect.label, rep)) return undefined;
    return { messageId: 'perItem', data: { call: effect.label, repetition: repetitionPhrase(rep) }, rep, library: effect.table.id };
  }
  if (effect) return undefined;
  if (analysis.passesTransactionOptions(site)) return undefined; // a helper run on the caller's transaction
  const target = analysis.targetOf(site);
  if (target === analysis.ownerOf(site.fn) && target) return undefined;
  // A helper of this file, or a function, method or repository of another module (project model).
  const witness = target ? analysis.queryWitness(target) : analysis.externalQueryWitness(site);
  // Run on the caller's transaction, or served from a cache first: not a round trip per item.
  if (!witness || (witness.effect.tx && !witness.effect.read && !isBatchableWrite(witness.effect.label)) || witness.cached) return undefined;
  const rep = analysis.perItemRepetition(site);
  if (!rep || pacedOnPurpose(analysis, rep) || batchedByPrisma(witness.effect.library, witness.effect.label, rep)) return undefined;
  if (!target) {
    return {
      messageId: 'perItemViaModule',
      data: { call: shortCallee(analysis, site), query: witness.effect.label, where: `${witness.file}:${witness.line}`, repetition: repetitionPhrase(rep) },
      rep,
      library: witness.effect.library,
    };
  }
  const callText = target.name ? (unwrapExpression(site.node.callee).type === 'MemberExpression' && unwrapExpression((site.node.callee as TSESTree.MemberExpression).object).type === 'ThisExpression' ? `this.${target.name}` : target.name) : 'this call';
  return {
    messageId: 'perItemViaHelper',
    data: { call: callText, query: witness.effect.label, queryLine: String(witness.line), repetition: repetitionPhrase(rep) },
    rep,
    library: witness.effect.library,
  };
}

/**
 * Prisma's client gathers `findUnique` calls made in the same tick into one query (its dataloader):
 * `Promise.all(ids.map((id) => prisma.user.findUnique(…)))` and a GraphQL field resolver per parent
 * are one round trip, not N. A `for` loop that awaits each one is not gathered.
 */
function batchedByPrisma(library: string, label: string, rep: Repetition): boolean {
  if (library !== 'prisma' || !/\.findUnique$/.test(label) || (rep.kind !== 'callback' && rep.kind !== 'graphql-field')) return false;
  // `prisma.$transaction(ids.map(…))` runs the list as a batch transaction, one query after another.
  const p = rep.node.parent;
  return !(p?.type === 'CallExpression' && p.callee.type === 'MemberExpression' && propertyName(p.callee) === '$transaction');
}

const REMOTE: Record<FindingId, MessageIds> = { perItem: 'remotePerItem', perItemViaHelper: 'remotePerItemViaHelper', perItemViaModule: 'remotePerItemViaModule' };

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
 * purpose (third-party rate limits, throttled backfills); the per-item call is the design.
 * Callbacks do not count: `forEach(async …)` starts every item at once whatever it awaits.
 */
function pacedOnPurpose(analysis: FileAnalysis, rep: Repetition): boolean {
  return LOOP_STATEMENTS.has(rep.kind) && pacedLoops(analysis).has(rep);
}

/** Loops that contain a pause or pacer call, found in one pass over the calls (once per file, not once per finding). */
const pacedLoopsOf = new WeakMap<FileAnalysis, Set<Repetition>>();
function pacedLoops(analysis: FileAnalysis): Set<Repetition> {
  let paced = pacedLoopsOf.get(analysis);
  if (paced) return paced;
  paced = new Set();
  for (const site of analysis.collected.calls) {
    if (!site.loops.length) continue;
    const callee = unwrapExpression(site.node.callee);
    if (PAUSE_CALL.test(calleeName(site.node) ?? '') || (callee.type === 'MemberExpression' && PACER_RECEIVER.test(analysis.text(unwrapExpression(callee.object)).replace(/^this\./, '')))) {
      for (const loop of site.loops) paced.add(loop);
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

/**
 * `for (const { joinTable, ids } of relations) await trx(joinTable.name).whereIn(col, ids)`: each
 * iteration queries another table, so the queries cannot be merged into one. (One table named by
 * the item's data, `knex(item.type)`, is the same case: a table per kind.)
 */
function tablePerIteration(site: CallSite, rep: Repetition, effect: Extract<CallEffect, { kind: 'query' }>): boolean {
  if (!effect.table.lazyBuilder) return false; // a query builder that names its table: Knex
  const items = repetitionItemNames(rep);
  if (!items.size) return false;
  for (let n: Node = outermostChainCall(site.node); n.type === 'CallExpression'; ) {
    const callee = unwrapExpression(n.callee);
    const first = n.arguments[0] && unwrapExpression(n.arguments[0] as Node);
    const namesTable = callee.type !== 'MemberExpression' || TABLE_CALLS.has(propertyName(callee) ?? '');
    if (namesTable && first && first.type !== 'ObjectExpression') {
      const root = rootName(first);
      if (root && items.has(root)) return true;
    }
    if (callee.type !== 'MemberExpression') break;
    n = unwrapExpression(callee.object);
  }
  return false;
}

const RUNS_BUILDER = new Set(['then', 'catch', 'finally', 'asCallback', 'stream', 'pipe', 'exec']);

/** `dbQuery.select(col);` inside a `.map` over sort fields: a Knex builder grows, nothing is sent. */
function buildsWithoutRunning(site: CallSite, effect: Extract<CallEffect, { kind: 'query' }>): boolean {
  if (!effect.table.lazyBuilder) return false;
  const outer = outermostChainCall(site.node);
  // `.then(…)`, `.asCallback(…)`, `.stream()` run it.
  if (outer.type === 'CallExpression' && RUNS_BUILDER.has(calleeName(outer) ?? '')) return false;
  let p = outer.parent;
  while (p && (p.type === 'TSAsExpression' || p.type === 'TSNonNullExpression' || p.type === 'ChainExpression')) p = p.parent;
  return p?.type === 'ExpressionStatement';
}

/**
 * The iteration is over batches, not items: each call receives the whole element as a list
 * (`for (const ids of chunk(all, 500))` with `{ id: { in: ids } }`, `whereIn('id', batch)` where
 * `batch = items.slice(i, i + 500)`). That is the fix for N+1, not an instance of it.
 */
function queriesWholeBatch(analysis: FileAnalysis, site: CallSite, rep: Repetition): boolean {
  const batchNames = batchBindings(analysis, rep);
  if (!batchNames.size) return false;
  const chunked = CHUNKED.test(rep.collection ?? '');
  const isBatch = (n: Node | null | undefined): boolean => {
    const e = n && unwrapExpression(n);
    return !!e && e.type === 'Identifier' && batchNames.has(e.name);
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
      const sql = stringValue(args[0] && unwrapExpression(args[0]));
      if (sql && SQL_LIST_PARAM.test(sql) && args.slice(1).some((a) => { const e = unwrapExpression(a); return e.type === 'ArrayExpression' && e.elements.some((el) => isBatch(el as Node)); })) return true;
    }
    for (const key of analysis.keysOf(n)) {
      const child = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof (c as Node).type === 'string') stack.push(c as Node);
      } else if (child && typeof (child as Node).type === 'string') stack.push(child as Node);
    }
  }
  return false;
}

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
  if (loop.type === 'ForOfStatement') {
    const left = loop.left.type === 'VariableDeclaration' ? loop.left.declarations[0]?.id : loop.left;
    if (left?.type === 'Identifier') names.add(left.name);
  } else if (rep.kind === 'callback' && loop.type === 'CallExpression') {
    const fn = (loop.arguments as Node[]).map((a) => unwrapExpression(a)).find(isFunctionNode);
    const first = fn?.params[0];
    if (first?.type === 'Identifier') names.add(first.name);
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
  return names;
}

/**
 * `prisma.$transaction(items.map((i) => prisma.product.update(…)))`: writes gathered into one
 * transaction batch are an ordered unit of work, like writes through a transaction handle.
 * Reads gathered that way are still one query per item (`findMany` with `in` would do).
 */
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
