import type { TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, propertyName, rangeOf, referencedNames, rootName, unwrapExpression, type Node } from '../analysis/ast';
import { developmentOnly } from '../analysis/development-only';
import type { FileAnalysis } from '../analysis/file-analysis';
import type { CallSite, FunctionInfo } from '../analysis/model';
import { isAllowed, type AnalysisOptions } from '../analysis/options';
import { fileAnalysis, mayReportIn } from './util/analysis-context';
import { createRule } from './util/create-rule';
import { onOperatorPath } from './util/operator-path';
import { loggerAround } from './util/logger-context';
import { perItemLoop } from './util/loop-items';
import { runsOnEveryRequest } from './util/request-frequency';
import { reachPhrase, requestPathPhrase } from './util/phrases';
import { optionsSchema } from './util/schema';
import { asyncTwinFix } from './util/fixes/async-twin';
import { onErrorBranch, onErrorPath } from './util/failure-path';
import { assigns } from './util/fill-once';

type Options = [AnalysisOptions];
type MessageIds = 'blocking' | 'useAsync';

/** Functions that only run while the process starts (Next.js static-generation hooks run at build time). */
const STARTUP_NAME = /^(main|bootstrap|start|startup|init\w*|setup\w*|configure\w*|register\w*|define\w*|load\w*Config\w*|onModuleInit|onApplicationBootstrap|getStaticProps|getStaticPaths|generateStaticParams)$/;
/**
 * Folders and files that load the application's parts when the process starts (Medusa's
 * `loaders/`, n8n's `nodes-loader/`, `bootstrap.ts`). A loop there runs once, not per request;
 * a request path found in them is still reported.
 */
const STARTUP_PATH = /(^|\/)(loaders?|[\w-]+-loaders?|bootstrap|startup|boot)(\/|\.[cm]?[jt]s$)/i;
/**
 * Blocking calls that only ask about or change one path's entry (no file data read or written, no
 * tree walked): one system call of microseconds on a local disk. Real, but seldom worth a change;
 * shown as a hint. Reading a directory, copying and removing a tree (`rmSync`) are not in this list.
 */
const CHEAP_CALLS = new Set(['existsSync', 'accessSync', 'statSync', 'lstatSync', 'fstatSync', 'realpathSync', 'readlinkSync', 'mkdirSync', 'rmdirSync', 'unlinkSync', 'renameSync', 'chmodSync', 'chownSync', 'utimesSync', 'symlinkSync', 'linkSync']);
/**
 * Blocking by name only: bcrypt's `genSaltSync(rounds)` draws 16 random bytes and formats them; the
 * rounds are spent later, by `hashSync`. Microseconds, whatever the cost factor.
 */
const CHEAP_CPU_CALLS = new Set(['genSaltSync']);
/**
 * A first-run set-up wizard (`POST /setup`, `POST /finalize` in `setup.js`) answers once per
 * installation: key generation or a config file written there is not on a path requests share.
 */
const SETUP_ROUTE = /`[A-Z]+ \/(?:[\w:-]+\/)*(setup|setup-[\w-]+|first-run)(\/|`)/;
const SETUP_FILE = /(^|\/)setup(-[\w-]+)?\.[cm]?[jt]s$/;
/** Worker threads exist to run blocking work off the main event loop. */
const WORKER_THREAD_MODULES = new Set(['worker_threads', 'node:worker_threads']);
const WORKER_SIDE_EXPORTS = new Set(['parentPort', 'workerData']);

export default createRule<MessageIds, Options>({
  name: 'no-blocking-io',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow synchronous file, process, crypto and compression calls on request paths and in loops',
      recommended: true,
      category: 'application',
    },
    hasSuggestions: true,
    messages: {
      blocking: '`{{call}}` blocks the event loop {{where}}. Every other request waits until it returns.',
      useAsync: 'Use `{{replacement}}` instead.',
    },
    schema: optionsSchema(),
    defaultOptions: [{}],
  },
  create(context, [options]) {
    // Every blocking export ends in `Sync`; it must appear in the text even when imported under an alias.
    if (!mayReportIn(context, 'no-blocking-io')) return {};
    return {
      'Program:exit'() {
        const analysis = fileAnalysis(context, options);
        if (!analysis || analysis.fileKind !== 'runtime' || isWorkerThreadFile(analysis)) return;
        for (const site of analysis.collected.calls) {
          const effect = analysis.effectOf(site);
          if (effect?.kind !== 'blocking' || isAllowed(effect.label, options.allow)) continue;
          if (loggerAround(analysis, site)) continue; // reported by no-sync-logging
          const blocks = whereItBlocks(analysis, site);
          if (!blocks) continue;
          const where = blocks.phrase;
          // A stat of a local path takes microseconds: real, but seldom worth a change. One file read or
          // written by code that runs on some requests only (a service several calls below the
          // handler: an admin action, a PDF download) costs what the file weighs, which the code does
          // not show: a hint too. In a handler, per item of a collection, or CPU work by design (key
          // derivation, password hashing, compression, a child process), it is worth fixing.
          // In a loop that no request path is seen to reach, it is most often start-up or build code
          // (locales, templates, a bundler's plugin read file by file): a hint with the fix.
          // On an error path (a `catch`, a branch that answers 500 or throws) it runs when something failed: a hint too.
          const cheap =
            CHEAP_CALLS.has(effect.name) ||
            CHEAP_CPU_CALLS.has(effect.name) ||
            !blocks.onRequestPath ||
            blocks.setupOnly ||
            (effect.table.kind === 'fs' && !perItemLoop(site) && !runsOnEveryRequest(analysis, site)) ||
            onErrorPath(site) ||
            onErrorBranch(site.node, (n) => analysis.text(n)) ||
            onOperatorPath(analysis, site);
          if (cheap && options.report !== 'all') continue;
          const replacement = asyncTwinFix(analysis, site, effect);
          context.report({
            node: site.node as unknown as TSESTree.Node,
            messageId: 'blocking',
            data: { call: effect.label, where, ...(cheap && { cost: 'low' }) },
            ...(replacement && {
              suggest: [{ messageId: 'useAsync', data: { replacement: replacement.preview }, fix: replacement.fix }],
            }),
          });
        }
      },
    };
  },
});

/** Where the call blocks, as the message says it, and whether a request path is seen to reach it. */
function whereItBlocks(analysis: FileAnalysis, site: CallSite): { phrase: string; onRequestPath: boolean; setupOnly?: boolean } | undefined {
  const owner = analysis.ownerOf(site.fn);
  // A helper only ever called from start-up code (a provider method called from `onModuleInit`) is start-up code.
  if (owner && calledOnlyAtStartup(analysis, owner)) return undefined;
  if (isMemoized(analysis, site, owner) || developmentOnly(site.node as Node, (n) => analysis.text(n))) return undefined;
  // `if (!cachedSkills) cachedSkills = loadSkillsFromDisk();`: a loader only a fill-once guard calls runs once.
  if (owner && onlyReachedOnce(analysis, owner)) return undefined;
  const reason = analysis.requestPathOf(site.fn);
  // Only assumed from where it lives (a service module's export), and called by scripts or start-up code alone.
  if (reason && (reason.assumed || reason.service) && analysis.onlyOnceOnlyCallers(site.fn)) return undefined;
  if (reason) return { phrase: requestPathPhrase(reason), onRequestPath: true, setupOnly: setupWizard(reason.label, analysis.relativePath) };
  // Callers in other modules (the project model): hot if an entry point reaches it, cold if only start-up code does.
  const reach = analysis.reachOfCall(site);
  if (reach?.kind === 'hot') return { phrase: reachPhrase(reach), onRequestPath: true, setupOnly: setupWizard(reach.entry, reach.file) };
  // Loops count inside functions that are not start-up only; module-level loops run once.
  const loop = perItemLoop(site);
  if (loop && owner && reach?.kind !== 'cold' && !isStartupOnly(analysis, owner) && !STARTUP_PATH.test(analysis.relativePath)) return { phrase: `in a loop (line ${loop.line})`, onRequestPath: false };
  return undefined;
}

/** A route of a first-run set-up wizard: its path says so, or it is registered in `setup.js`. */
function setupWizard(entry: string, file: string): boolean {
  return SETUP_ROUTE.test(entry) || (SETUP_FILE.test(file) && entry.startsWith('route handler'));
}

/** Every in-file caller is start-up code; a caller on a request path never counts, whatever its name. */
function calledOnlyAtStartup(analysis: FileAnalysis, fn: FunctionInfo): boolean {
  return analysis.everyCaller(fn, (_, caller) => caller !== fn && !analysis.requestPathOf(caller) && isStartupOnly(analysis, caller, new Set([fn])));
}

function isStartupOnly(analysis: FileAnalysis, fn: FunctionInfo | undefined, seen = new Set<FunctionInfo>()): boolean {
  if (!fn) return true;
  if (fn.name && STARTUP_NAME.test(fn.name)) return true;
  if (seen.has(fn)) return false;
  seen.add(fn);
  return analysis.everyCaller(fn, (_, caller) => isStartupOnly(analysis, caller, seen));
}

/**
 * Read once, then reused: `tpl ??= fs.readFileSync(...)`, `if (!tpl) tpl = ...`,
 * `if (!cache.has(k)) cache.set(k, ...)`. Only the first call pays, so it is start-up cost in disguise.
 * The store must outlive the call (a module variable, `this.x`, a module-level Map), not `req.x`.
 */
function isMemoized(analysis: FileAnalysis, site: CallSite, owner: FunctionInfo | undefined): boolean {
  if (owner && (returnsEarlyFromStore(analysis, site, owner) || insideFillOnceGuard(analysis, site, owner))) return true;
  let store: Node | undefined;
  let n: Node = site.node;
  for (let p: Node | undefined = n.parent; p && !isFunctionNode(p); n = p, p = p.parent) {
    if (p.type === 'AssignmentExpression' && p.right === n) {
      if (p.operator === '??=' || p.operator === '||=') return outlives(analysis, site, owner, p.left);
      if (p.operator === '=') store = p.left;
    }
    if (!store && p.type === 'CallExpression' && p.arguments.includes(n as never)) {
      const callee = unwrapExpression(p.callee);
      if (callee.type === 'MemberExpression' && propertyName(callee) === 'set') store = callee.object;
    }
    if (!store) continue;
    const root = rootName(store);
    if (!root || !outlives(analysis, site, owner, store)) return false;
    // `if (!tpl) tpl = ...`, `tpl || (tpl = ...)`, `cache.has(k) ? ... : cache.set(k, ...)`
    const test = p.type === 'IfStatement' || p.type === 'ConditionalExpression' ? p.test : p.type === 'LogicalExpression' && p.right === n ? p.left : undefined;
    if (test && referencedNames(test, analysis.keysOf).has(root)) return true;
  }
  return false;
}

/**
 * `if (!build) { build = { … }; build.sha = fs.readFileSync(…); }`: the block runs while a store that
 * outlives the call (a module variable, `this.x`) is empty, and fills it, so it runs once.
 */
function insideFillOnceGuard(analysis: FileAnalysis, site: CallSite, owner: FunctionInfo): boolean {
  for (let n: Node = site.node, p: Node | undefined = n.parent; p && n !== owner.node; n = p, p = p.parent) {
    if (p.type !== 'IfStatement' || p.consequent !== n) continue;
    const store = emptinessTested(p.test as Node);
    if (!store || !outlives(analysis, site, owner, store)) continue;
    if (assigns(analysis.text(p.consequent as Node), analysis.text(store))) return true;
  }
  return false;
}


/** `!x`, `x == null`, `x === undefined`, `!this.cache`: the store the test finds empty. */
function emptinessTested(test: Node): Node | undefined {
  const t = unwrapExpression(test);
  if (t.type === 'UnaryExpression' && t.operator === '!') {
    const arg = unwrapExpression(t.argument as Node);
    return arg.type === 'Identifier' || arg.type === 'MemberExpression' ? arg : undefined;
  }
  if (t.type === 'BinaryExpression' && (t.operator === '==' || t.operator === '===')) {
    const empty = (x: Node) => (x.type === 'Literal' && x.value === null) || (x.type === 'Identifier' && x.name === 'undefined');
    const [a, b] = [unwrapExpression(t.left as Node), unwrapExpression(t.right as Node)];
    if (empty(b) && (a.type === 'Identifier' || a.type === 'MemberExpression')) return a;
  }
  return undefined;
}

/**
 * A helper of this file that only fill-once code calls (`cached ??= loadAll()`, `if (!cached)
 * cached = loadAll()`), directly or through other such helpers, and no other module: it runs once.
 */
function onlyReachedOnce(analysis: FileAnalysis, fn: FunctionInfo, seen = new Set<FunctionInfo>()): boolean {
  if (seen.has(fn) || fn.exported) return false;
  seen.add(fn);
  return analysis.everyCaller(fn, (s, caller) => !!caller && caller !== fn && (isMemoized(analysis, s, caller) || onlyReachedOnce(analysis, caller, seen)));
}

/**
 * `if (cached !== undefined) return cached; … cached = build(fs.readFileSync(p));`: the function
 * answers from a variable that outlives the call, and fills it after the blocking read. Only the
 * first call reads.
 */
function returnsEarlyFromStore(analysis: FileAnalysis, site: CallSite, owner: FunctionInfo): boolean {
  const body = owner.node.body;
  if (body.type !== 'BlockStatement') return false;
  const [callStart] = rangeOf(site.node);
  for (const s of body.body) {
    if (rangeOf(s)[0] >= callStart) break;
    if (s.type !== 'IfStatement') continue;
    const exit = s.consequent.type === 'BlockStatement' ? s.consequent.body[0] : s.consequent;
    const returned = exit?.type === 'ReturnStatement' && exit.argument ? unwrapExpression(exit.argument) : undefined;
    if (returned?.type !== 'Identifier' && returned?.type !== 'MemberExpression') continue;
    const store = rootName(returned);
    if (!store || !referencedNames(s.test, analysis.keysOf).has(store) || !outlives(analysis, site, owner, returned)) continue;
    // … and the same store is assigned after the blocking call.
    if (assigns(analysis.file.text.slice(callStart, rangeOf(body)[1]), analysis.text(returned))) return true;
  }
  return false;
}

/** The store is declared outside the function that reads (or is `this.x`), so it survives the call. */
function outlives(analysis: FileAnalysis, site: CallSite, owner: FunctionInfo | undefined, target: Node): boolean {
  const root = rootName(target);
  if (root === 'this') return true;
  if (!root) return false;
  const b = site.scope.lookup(root);
  if (!b) return false;
  for (let f: FunctionInfo | undefined = site.fn; f; f = f.parent) {
    if (b.owner === f) return false;
    if (f === owner) break;
  }
  return true;
}

function isWorkerThreadFile(analysis: FileAnalysis): boolean {
  for (const b of analysis.collected.moduleScope.vars.values()) {
    if (b.importFrom && WORKER_THREAD_MODULES.has(b.importFrom.module) && WORKER_SIDE_EXPORTS.has(b.importFrom.imported)) return true;
    // `const { parentPort } = require('node:worker_threads')`
    const v = b.values[0];
    const init = v && unwrapExpression(v.node);
    if (init?.type === 'CallExpression' && v.path.length === 1 && WORKER_SIDE_EXPORTS.has(v.path[0])) {
      const arg = init.arguments[0];
      if (arg?.type === 'Literal' && typeof arg.value === 'string' && WORKER_THREAD_MODULES.has(arg.value)) return true;
    }
  }
  return false;
}
