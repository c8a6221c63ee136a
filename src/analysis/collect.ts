import type { TSESTree } from '@typescript-eslint/utils';
import { boundTarget, calleeName, decoratorNames, isFunctionNode, objectListed, keyName, patternBindings, propertyName, stringValue, taggedCallView, unwrapExpression, type CallLike, type FunctionNode, type Node } from './ast';
import type { CallSite, ClassInfo, FunctionInfo, LoopInfo, Repetition, RequestPathReason, StatementList } from './model';
import { isFieldResolver, isRootResolver, registrationAt } from './request-path';
import { MEMOISER, requiredModule } from './origins';
import { constValue, Scope, singleValue, type Binding } from './scope';
import type { KeysOf } from './visitor-keys';
import { MAX_AST_DEPTH, NestingTooDeepError } from './nesting-limit';
import { cursorStep, drainedCursor, drainedList, helperIteration, isIterationHelper, isLimitArgument, poolList } from './loop-shape';
import { localIterationHelpers } from './iteration-helpers';

/**
 * The one walk over a file's AST. It records what the rules' questions need and nothing more:
 * scopes and bindings, functions and classes, every call with the repetitions around it, loops with
 * the names they assign, statement lists (for sequential awaits) and request-path registrations.
 * Everything that needs name resolution is answered lazily afterwards (origins.ts, summaries.ts).
 */

export interface CollectedFile {
  program: TSESTree.Program;
  moduleScope: Scope;
  functions: FunctionInfo[];
  functionByNode: Map<Node, FunctionInfo>;
  classes: ClassInfo[];
  calls: CallSite[];
  callByNode: Map<Node, CallSite>;
  loops: Map<Node, LoopInfo>;
  statementLists: StatementList[];
  awaits: Array<{ node: TSESTree.AwaitExpression; fn: FunctionInfo | undefined; repetitions: Repetition[]; loops: Repetition[] }>;
  /** Handlers registered by name (`app.get('/x', getUser)`), resolved after the walk. */
  handlerRefs: Array<{ name: string; node: Node; scope: Scope; reason: RequestPathReason }>;
  /** `ids.map(this.repo.balanceOf)`, `pMap(ids, loadUser)`: a function passed by name, called once per item. */
  pointFreeIterations: Array<{
    call: TSESTree.CallExpression;
    ref: Node;
    /** The iteration the call makes; none for a push onto a work queue, which repeats as the loop around it does. */
    repetition?: Repetition;
    /** Where a finding goes when not at `ref`: the push, for a work queue's worker. */
    at?: Node;
  }>;
  /** Calls that receive a transaction callback: `prisma.$transaction(async (tx) => ...)`. */
  transactionCalls: Array<{ call: TSESTree.CallExpression; callback: FunctionInfo }>;
  exportedNames: Set<string>;
  /** The local name of what the module exports as its default (`module.exports = MessageHandler`, `export default class Store`). */
  defaultExportName?: string;
  /** Module-level `type Name = …`: what a declared type names (`type Database = PostgresJsDatabase<…>`). */
  typeAliases: Map<string, TSESTree.TypeNode>;
  /** Those of them with type parameters (`type TenantModelProxy<T> = () => T`). */
  /** Module-level type aliases with type parameters, and the parameters' names. */
  genericTypeAliases: Map<string, string[]>;
  /** Interfaces declared at module level (`interface ItemRepository { … }`): a type whose methods its implementations answer. */
  interfaces: Set<string>;
  /** Members of the module's own interfaces (`interface Deps { db: Database }`), for what a value so declared holds. */
  interfaceMembers: Map<string, TSESTree.TypeElement[]>;
  /** Module-level `'use server'` (Next.js server actions). */
  useServerFile: boolean;
}

/** Array iteration methods whose first argument runs once per element. */
const ITERATION_METHODS = new Set(['map', 'forEach', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight']);
/** Library iteration helpers taking (collection, fn): lodash, async, p-map, Bluebird. */
/** `new Transform({ transform(row, enc, cb) {…} })`, `new Writable({ write(row, …) {…} })`: stream classes whose step runs once per chunk or row. */
const STREAM_CLASSES = /^(Transform|Writable|Duplex)$/;
const STREAM_STEPS = new Set(['transform', 'write', 'writev']);

function streamStepFunction(call: Node, callee: Node, args: Node[]): { fn: Node; method: string } | undefined {
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
  if (!name || !STREAM_CLASSES.test(name) || (call.type !== 'NewExpression' && call.type !== 'CallExpression')) return undefined;
  const options = args[0] && unwrapExpression(args[0]);
  if (options?.type !== 'ObjectExpression') return undefined;
  for (const p of options.properties) {
    const key = p.type === 'Property' ? keyName(p) : undefined;
    const value = p.type === 'Property' ? unwrapExpression(p.value as Node) : undefined;
    if (key && STREAM_STEPS.has(key) && value && isFunctionNode(value)) return { fn: value, method: key };
  }
  return undefined;
}

/** A stream step whose chunk is used as a list (`pages.map(…)`, `for (const p of pages)`, `docs.length`). */
function receivesBatches(fn: Node, textOf: (n: Node) => string): boolean {
  if (!isFunctionNode(fn)) return false;
  const first = fn.params[0];
  if (first?.type !== 'Identifier') return false;
  const name = first.name.replace(/[$]/g, '\\$&');
  const asList = new RegExp(String.raw`\b${name}\s*\.\s*(?:map|forEach|filter|length|reduce|flatMap|some|every|slice)\b|\bof\s+${name}\b`);
  return asList.test(textOf(fn.body as Node));
}

/** csvtojson's parser chain (`csv().fromFile(p)`, `.fromStream(s)`, `.fromString(t)`), whose `subscribe` handler gets one record at a time. */
const CSV_ROWS = /\.from(File|Stream|String)\(/;
/** Papa Parse, as imported (`Papa`, `papa`, `Papaparse`). */
const PAPA = /^papa(parse)?$/i;

/** The `step` function of Papa Parse's options, when written in place. */
function stepOption(options: Node | undefined): Node | undefined {
  const o = options && unwrapExpression(options);
  if (o?.type !== 'ObjectExpression') return undefined;
  for (const p of o.properties) {
    if (p.type !== 'Property' || keyName(p) !== 'step') continue;
    const v = unwrapExpression(p.value as Node);
    return isFunctionNode(v) ? v : undefined;
  }
  return undefined;
}

/** Stream events delivered once per item (a row of a query stream, a CSV record, a line of a file). */
const STREAM_ITEM_EVENTS = new Set(['data', 'row', 'record', 'line', 'document']);
/** Streams of items (a query or cursor stream, a CSV parser, readline), not sockets or request bodies, whose `data` is a message. */
const ITEM_STREAM = /stream\(|Stream\b|stream$|cursor|parser|parse\(|csv|reader|readline|createInterface|\brl\b|\.pipe\(/i;
/** Iterations whose callback does work per item (not a predicate), when it is passed by name. */
const POINT_FREE_METHODS = new Set(['map', 'forEach', 'flatMap']);
/** `loadUser`, `this.repo.balanceOf`: a function named, not called. Not `Boolean`, `String`, `Number`. */
function isFunctionReference(n: Node): boolean {
  if (n.type === 'Identifier') return !/^(Boolean|String|Number|Object|Array|Date|BigInt|Symbol|parseInt|parseFloat|encodeURIComponent|decodeURIComponent)$/.test(n.name);
  return n.type === 'MemberExpression' && !n.computed;
}
/** `this.loadOne.bind(this)` → `this.loadOne`; anything else as it is. */
const unbound = (n: Node): Node => boundTarget(n) ?? n;
/** Adding one task to a work queue: caolan/async's `queue` and fastq run their worker once per task. */
const QUEUE_PUSH = new Set(['push', 'unshift', 'pushAsync', 'unshiftAsync']);
const ASYNC_MODULES = new Set(['async', 'neo-async', 'fastq']);

/**
 * The worker of a work queue held in `q` (`const q = async.queue(this.saveEntry.bind(this), 10)`,
 * `fastq.promise(saveEntry, 5)`), when it is a function named, not written in place.
 */
function queueWorker(q: Node, scope: Scope): Node | undefined {
  const made = q.type === 'Identifier' ? singleValue(scope.lookup(q.name)) : undefined;
  if (made?.type !== 'CallExpression') return undefined;
  const callee = unwrapExpression(made.callee);
  const root = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : callee;
  const method = callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
  if (root.type !== 'Identifier') return undefined;
  const b = scope.lookup(root.name);
  // `import async from 'async'`, `const fastq = require('fastq')`, `import { queue } from 'async'`.
  const required = singleValue(b);
  const module = b?.kind === 'import' ? b.importFrom?.module : required && requiredModule(required, scope);
  if (!module || !ASYNC_MODULES.has(module)) return undefined;
  const isQueue = callee.type === 'MemberExpression' ? method === 'queue' || (module === 'fastq' && method === 'promise') : module === 'fastq' || b?.importFrom?.imported === 'queue';
  if (!isQueue) return undefined;
  // fastq takes an optional `this` first: `fastq(that, worker, 1)`.
  const arg = made.arguments[made.arguments.length >= 3 ? 1 : 0] as Node | undefined;
  const ref = arg && unbound(unwrapExpression(arg));
  return ref && isFunctionReference(ref) ? ref : undefined;
}

/** `$transaction`, `withTransaction`, `runInTransaction`, a project's `executeTx(db, async (trx) => …)`. */
// `tx`, `txIf`: pg-promise's (`db.tx(async (t) => …)`). Not its `task`: puppeteer-cluster's
// `cluster.task(fn)` is a job handler, and the name alone is all this walk sees.
const TRANSACTION_METHOD = /^(\$transaction|transaction|begin|savepoint|transactional|withSession|tx|txIf|[a-z]\w*Transaction|[a-z]\w*Tx)$/;

/** Kysely's `db.transaction().execute(async (trx) => …)`: the callback of `execute` gets the transaction. */
function startsTransaction(n: Node): boolean {
  const e = unwrapExpression(n);
  if (e.type !== 'CallExpression') return false;
  const callee = unwrapExpression(e.callee);
  return callee.type === 'MemberExpression' && propertyName(callee) === 'transaction';
}

export function collectFile(program: TSESTree.Program, keysOf: KeysOf, textOf: (n: Node) => string, line: (n: Node) => number, path: string): CollectedFile {
  const moduleScope = new Scope(undefined, true, undefined);
  const out: CollectedFile = {
    program,
    moduleScope,
    functions: [],
    functionByNode: new Map(),
    classes: [],
    calls: [],
    callByNode: new Map(),
    loops: new Map(),
    statementLists: [],
    awaits: [],
    handlerRefs: [],
    transactionCalls: [],
    pointFreeIterations: [],
    exportedNames: new Set(),
    typeAliases: new Map(),
    genericTypeAliases: new Map(),
    interfaces: new Set(),
    interfaceMembers: new Map(),
    useServerFile: hasDirective(program.body, 'use server'),
  };

  const localHelpers = localIterationHelpers(program, keysOf, textOf);
  const pendingReasons = new Map<Node, RequestPathReason>();
  const pendingRepetitions = new Map<Node, Repetition>();
  const pendingTransaction = new Map<Node, TSESTree.CallExpression>();
  const pendingAssignments: Array<{ scope: Scope; name: string; value: Node; path: string[] }> = [];

  // Walk state
  let scope = moduleScope;
  let fn: FunctionInfo | undefined;
  let cls: ClassInfo | undefined;
  let reps: Repetition[] = [];
  let loopStack: Repetition[] = [];
  let inCatch = 0;


  function declare(target: Scope, id: TSESTree.Identifier, kind: Binding['kind'], extra: Partial<Binding> = {}): Binding {
    return target.declare({ name: id.name, kind, values: [], declNode: id, owner: target.owner, ...extra });
  }

  /** `counter`: a step of a counter (`i++`, `order += 1`), whose values the loop does not take from anything it reads. */
  function markAssigned(name: string, counter = false) {
    for (const l of loopStack) {
      const loop = out.loops.get(l.node);
      loop?.assigned.add(name);
      if (!counter) loop?.assignedOtherThanCounted.add(name);
    }
  }

  // The hottest loop of the analysis: indexed loops, because for-of here allocated an iterator
  // result per child (a fifth of all the analysis's allocations on the benchmark corpus).
  function visitChildren(node: Node) {
    const keys = keysOf(node);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key === 'typeAnnotation' || key === 'returnType' || key === 'typeParameters' || key === 'typeArguments' || key === 'decorators') continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const c = child[i] as Node | null;
          if (c && typeof c.type === 'string') visit(c, node);
        }
      } else if (child && typeof (child as Node).type === 'string') visit(child as Node, node);
    }
  }

  function withBlockScope(body: () => void) {
    const saved = scope;
    scope = new Scope(scope, false, fn);
    try {
      body();
    } finally {
      scope = saved;
    }
  }

  function recordStatements(statements: TSESTree.Statement[]) {
    if (statements.length > 1) out.statementLists.push({ statements, fn, repetitions: reps });
  }

  function hoistFunctionDeclarations(statements: readonly Node[]) {
    for (const s of statements) {
      const decl = s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' ? s.declaration : s;
      if (decl?.type === 'FunctionDeclaration' && decl.id) declare(scope, decl.id, 'function');
      if (decl?.type === 'ClassDeclaration' && decl.id) declare(scope, decl.id, 'class');
    }
  }

  function pushLoop(node: Node, rep: Repetition, body: () => void) {
    out.loops.set(node, { repetition: rep, assigned: new Set(), assignedOtherThanCounted: new Set(), fn, body: node });
    const savedReps = reps;
    const savedLoops = loopStack;
    reps = [...reps, rep];
    loopStack = [...loopStack, rep];
    try {
      body();
    } finally {
      reps = savedReps;
      loopStack = savedLoops;
    }
  }

  // Depth-guarded: a throw ends the whole walk, so no finally is needed to restore `depth`.
  let depth = 0;
  function visit(node: Node, parent: Node | undefined) {
    if (++depth > MAX_AST_DEPTH) throw new NestingTooDeepError();
    visitNode(node, parent);
    depth--;
  }

  function visitNode(node: Node, parent: Node | undefined) {
    if (parent && !node.parent) (node as { parent?: Node }).parent = parent;
    switch (node.type) {
      case 'ImportDeclaration': {
        const module = String(node.source.value);
        for (const s of node.specifiers) {
          const imported = s.type === 'ImportDefaultSpecifier' ? 'default' : s.type === 'ImportNamespaceSpecifier' ? '*' : s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
          declare(moduleScope, s.local, 'import', { importFrom: { module, imported } });
        }
        return;
      }
      case 'TSImportEqualsDeclaration': {
        // `import fs = require('fs')`
        const ref = node.moduleReference;
        if (ref.type === 'TSExternalModuleReference' && ref.expression.type === 'Literal') declare(moduleScope, node.id, 'import', { importFrom: { module: String(ref.expression.value), imported: 'default' } });
        return;
      }
      case 'VariableDeclaration': {
        const target = node.kind === 'var' ? scope.functionScope() : scope;
        for (const d of node.declarations) {
          // Declarators are not visited themselves; rules walk `parent` up through them (ESLint sets it everywhere).
          (d as { parent?: Node }).parent ??= node;
          for (const { id, path } of patternBindings(d.id)) {
            const b = declare(target, id, 'variable', { typeAnnotation: id.typeAnnotation?.typeAnnotation });
            if (d.init) b.values.push({ node: d.init, path, scope });
            if (d.init && isFunctionNode(unwrapExpression(d.init)) && path.length === 0) pendingFunctionBinding.set(unwrapExpression(d.init), b);
            // `export const getUser = cache(async (id) => …)`, `export const act = client.action(async (…) => …)`,
            // `client.action(withAudit(…, async (…) => …))`: the function runs when the name is called, as if it were bound to it.
            const [wrapped, ...keptToo] = d.init && path.length === 0 && scope === moduleScope ? keptFunctions(d.init) : [];
            if (wrapped) {
              pendingFunctionBinding.set(wrapped, b);
              wrappedFunctions.add(wrapped);
            }
            for (const f of keptToo) wrappedFunctions.add(f);
          }
          if (d.init) visit(d.init, d);
          visit(d.id, d);
        }
        return;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        enterFunction(node, parent);
        return;
      case 'ClassDeclaration':
      case 'ClassExpression':
        enterClass(node);
        return;
      case 'CallExpression':
      case 'NewExpression':
        onCall(node);
        visitChildren(node);
        return;
      case 'TaggedTemplateExpression':
        // `sql\`select …\``, `prisma.$queryRaw\`…\``: a call of the tag, found by either node.
        onCall(taggedCallView(node));
        out.callByNode.set(node, out.callByNode.get(taggedCallView(node))!);
        visitChildren(node);
        return;
      case 'ForOfStatement':
      case 'ForInStatement':
        withBlockScope(() => {
          visit(node.right, node);
          const kind = node.type === 'ForInStatement' ? 'for-in' : node.await ? 'for-await' : 'for-of';
          pushLoop(node, { kind, node, collection: textOf(node.right), overCollection: true, fixedSize: isSmallLiteral(node.right, scope) || (kind === 'for-in' && isEnumLike(unwrapExpression(node.right), scope)), line: line(node) }, () => {
            visit(node.left, node);
            visit(node.body, node);
          });
        });
        return;
      case 'ForStatement':
        withBlockScope(() => {
          if (node.init) visit(node.init, node);
          const collection = indexedCollection(node, textOf, scope);
          pushLoop(node, { kind: 'for', node, collection, overCollection: collection !== undefined, line: line(node) }, () => {
            if (node.test) visit(node.test, node);
            if (node.update) visit(node.update, node);
            visit(node.body, node);
          });
        });
        return;
      case 'WhileStatement':
      case 'DoWhileStatement': {
        // `while (await cursor.hasNext()) { const row = await cursor.next(); … }`: one pass per row of the cursor.
        // `while (queue.length) { const n = queue.shift(); … }`: one pass per item of a work list.
        const cursor = node.type === 'WhileStatement' ? (drainedCursor(node.test as Node) ?? drainedCursor(cursorStep(node.body as Node)?.value) ?? drainedList(node, textOf)) : undefined;
        pushLoop(node, { kind: node.type === 'WhileStatement' ? 'while' : 'do-while', node, overCollection: !!cursor, ...(cursor && { collection: textOf(cursor) }), line: line(node) }, () => visitChildren(node));
        return;
      }
      case 'BlockStatement':
      case 'StaticBlock':
        withBlockScope(() => {
          hoistFunctionDeclarations(node.body);
          recordStatements(node.body);
          visitChildren(node);
        });
        return;
      case 'SwitchCase':
        recordStatements(node.consequent);
        visitChildren(node);
        return;
      case 'CatchClause':
        withBlockScope(() => {
          if (node.param) for (const { id } of patternBindings(node.param)) declare(scope, id, 'variable');
          inCatch++;
          try {
            visit(node.body, node);
          } finally {
            inCatch--;
          }
        });
        return;
      case 'AssignmentExpression': {
        const left = unwrapExpression(node.left);
        if (left.type === 'Identifier') {
          const step = unwrapExpression(node.right);
          markAssigned(left.name, (node.operator === '+=' || node.operator === '-=') && step.type === 'Literal' && typeof step.value === 'number');
          pendingAssignments.push({ scope, name: left.name, value: node.right, path: [] });
        } else if (left.type === 'MemberExpression') {
          onMemberAssignment(left, node.right);
        } else {
          for (const { id, path } of patternBindings(left)) {
            markAssigned(id.name);
            pendingAssignments.push({ scope, name: id.name, value: node.right, path });
          }
        }
        visitChildren(node);
        return;
      }
      case 'UpdateExpression': {
        const arg = unwrapExpression(node.argument);
        if (arg.type === 'Identifier') markAssigned(arg.name, true);
        visitChildren(node);
        return;
      }
      case 'AwaitExpression':
        out.awaits.push({ node, fn, repetitions: reps, loops: loopStack });
        visitChildren(node);
        return;
      case 'ExportNamedDeclaration': {
        const d = node.declaration;
        if (d?.type === 'VariableDeclaration') for (const decl of d.declarations) for (const { id } of patternBindings(decl.id)) out.exportedNames.add(id.name);
        else if ((d?.type === 'FunctionDeclaration' || d?.type === 'ClassDeclaration') && d.id) out.exportedNames.add(d.id.name);
        for (const s of node.specifiers) if (s.local.type === 'Identifier') out.exportedNames.add(s.local.name);
        visitChildren(node);
        return;
      }
      case 'ExportDefaultDeclaration': {
        const d = unwrapExpression(node.declaration as Node);
        if (d.type === 'Identifier') out.exportedNames.add(d.name);
        else if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) out.exportedNames.add(d.id.name);
        out.defaultExportName = d.type === 'Identifier' ? d.name : 'id' in d && d.id?.type === 'Identifier' ? d.id.name : undefined;
        visitChildren(node);
        return;
      }
      case 'TSTypeAliasDeclaration':
        if (scope === moduleScope) out.typeAliases.set(node.id.name, node.typeAnnotation);
        if (scope === moduleScope && node.typeParameters?.params.length) out.genericTypeAliases.set(node.id.name, node.typeParameters.params.map((p) => p.name.name));
        return;
      case 'TSInterfaceDeclaration':
        if (scope === moduleScope) {
          out.interfaces.add(node.id.name);
          out.interfaceMembers.set(node.id.name, node.body.body);
        }
        return;
      case 'TSDeclareFunction':
      case 'TSModuleDeclaration':
      case 'TSEnumDeclaration':
      case 'ImportExpression':
        return;
      default:
        visitChildren(node);
    }
  }

  const pendingFunctionBinding = new Map<Node, Binding>();
  /** Functions handed to a wrapper as a module-level variable's value (see `wrappedFunction`). */
  const wrappedFunctions = new Set<Node>();

  function onMemberAssignment(left: TSESTree.MemberExpression, right: Node) {
    const obj = unwrapExpression(left.object);
    const prop = propertyName(left);
    if (!prop) return;
    if (obj.type === 'ThisExpression' && cls) {
      addField(cls, prop, { value: right, scope });
    }
    // exports.handler = ..., module.exports.handler = ...
    const isExportsObject = (obj.type === 'Identifier' && obj.name === 'exports') || (obj.type === 'MemberExpression' && propertyName(obj) === 'exports' && unwrapExpression(obj.object).type === 'Identifier');
    if (isExportsObject) exportedValues.push({ name: prop, value: right });
    // module.exports = { a, b } / module.exports = handler
    if (obj.type === 'Identifier' && obj.name === 'module' && prop === 'exports') {
      const value = unwrapExpression(right);
      if (value.type === 'ObjectExpression') {
        for (const p of value.properties) if (p.type === 'Property') exportedValues.push({ name: keyName(p) ?? '?', value: p.value as Node });
      } else exportedValues.push({ name: 'default', value });
    }
  }
  const exportedValues: Array<{ name: string; value: Node }> = [];

  function addField(c: ClassInfo, name: string, entry: { value?: Node; typeAnnotation?: TSESTree.TypeNode; decorators?: TSESTree.Decorator[]; scope: Scope }) {
    const list = c.fields.get(name);
    if (list) list.push(entry);
    else c.fields.set(name, [entry]);
  }

  /**
   * `pMap(ids, loadOne, { concurrency: 5 })`, `promiseMapWithLimit(5, ids, loadOne)`: an iteration
   * helper handed a function by name, which it runs once per item of the list before it.
   */
  function helperOverReference(call: CallLike, args: Node[], method: string) {
    if (call.type !== 'CallExpression') return;
    for (let i = 1; i < args.length; i++) {
      const ref = unbound(unwrapExpression(args[i]));
      const named = ref.type === 'Identifier' ? scope.lookup(ref.name) : undefined;
      // A local or imported function, or a method named on its owner (`this.loadOne`, `Persona.import`).
      const owner = ref.type === 'MemberExpression' && !ref.computed ? unwrapExpression(ref.object).type : undefined;
      const isFunction = named ? named.kind === 'function' || named.kind === 'import' || !!named.fn : owner === 'ThisExpression' || owner === 'Identifier';
      if (!isFunction) continue;
      const list = args.slice(0, i).map((a) => unwrapExpression(a)).find((a) => !isLimitArgument(a) && !isFunctionNode(a) && a.type !== 'Literal' && a.type !== 'ObjectExpression');
      if (list) out.pointFreeIterations.push({ call, ref, repetition: { kind: 'callback', node: call, collection: textOf(list), list, overCollection: true, fixedSize: isSmallLiteral(list, scope), line: line(call), method, viaFunction: true } });
      return;
    }
  }

  function onCall(call: CallLike) {
    const site: CallSite = { node: call, fn, scope, repetitions: reps, inCatch: inCatch > 0, loops: loopStack };
    out.calls.push(site);
    out.callByNode.set(call, site);
    if (fn) fn.calls.push(site);

    const callee = unwrapExpression(call.callee);
    const args = call.arguments as Node[];
    // `const q = async.queue(this.saveEntry.bind(this), 10); entries.forEach((e) => q.push(e))`: each push runs the worker once.
    const worker = call.type === 'CallExpression' && callee.type === 'MemberExpression' && QUEUE_PUSH.has(propertyName(callee) ?? '') ? queueWorker(unwrapExpression(callee.object), scope) : undefined;
    if (worker) out.pointFreeIterations.push({ call: call as TSESTree.CallExpression, ref: worker, at: call });
    const perChunk = streamStepFunction(call, callee, args);
    // `write(pages, …) { pages.map(…) }` after a batching transform: each step gets a whole batch, chunked on purpose.
    if (perChunk && !receivesBatches(perChunk.fn, textOf)) pendingRepetitions.set(perChunk.fn, { kind: 'callback', node: call, collection: textOf(callee), overCollection: true, line: line(call), method: perChunk.method, stream: true });
    if (call.type === 'CallExpression' && callee.type === 'MemberExpression') {
      const method = propertyName(callee);
      const first = args[0] && unwrapExpression(args[0]);
      if (method && ITERATION_METHODS.has(method) && first && isFunctionNode(first)) {
        pendingRepetitions.set(first, { kind: 'callback', node: call, collection: textOf(callee.object), overCollection: true, fixedSize: isSmallLiteral(callee.object, scope), line: line(call), method });
      } else if (method === 'process' && first && isFunctionNode(first) && poolList(callee.object)) {
        // @supercharge/promise-pool: `PromisePool.withConcurrency(2).for(ids).process(async (id) => …)`, once per item of `ids`.
        const list = poolList(callee.object)!;
        pendingRepetitions.set(first, { kind: 'callback', node: call, collection: textOf(list), overCollection: true, fixedSize: isSmallLiteral(list, scope), line: line(call), method: 'process' });
      } else if (method && POINT_FREE_METHODS.has(method) && first && isFunctionReference(unbound(first)) && call.type === 'CallExpression' && !args.slice(1).some((a) => isFunctionNode(unwrapExpression(a)))) {
        // (Not Bluebird's `Promise.map(rows, async (row) => …)`: there the list comes first and the function after it.)
        const ref = unbound(first);
        out.pointFreeIterations.push({ call, ref, repetition: { kind: 'callback', node: call, collection: textOf(callee.object), overCollection: true, fixedSize: isSmallLiteral(callee.object, scope), line: line(call), method } });
      } else if (method === 'on' && args.length >= 2 && STREAM_ITEM_EVENTS.has(stringValue(unwrapExpression(args[0])) ?? '') && isFunctionNode(unwrapExpression(args[1])) && ITEM_STREAM.test(textOf(callee.object) ?? '')) {
        // `stream.on('data', async (row) => …)`: the handler runs once per row the stream delivers.
        const event = stringValue(unwrapExpression(args[0]));
        pendingRepetitions.set(unwrapExpression(args[1]), { kind: 'callback', node: call, collection: textOf(callee.object), overCollection: true, line: line(call), method: `on('${event}')`, stream: true });
      } else if (method === 'subscribe' && first && isFunctionNode(first) && CSV_ROWS.test(textOf(callee.object) ?? '')) {
        // csvtojson's `csv().fromStream(s).subscribe(async (row) => …)`: the handler runs once per parsed record.
        pendingRepetitions.set(first, { kind: 'callback', node: call, collection: textOf(callee.object), overCollection: true, line: line(call), method: 'subscribe', stream: true });
      } else if (method === 'parse' && PAPA.test(textOf(callee.object) ?? '')) {
        // Papa Parse's `Papa.parse(file, { step: (results) => … })`: the step runs once per parsed row.
        const step = stepOption(args[1]);
        if (step) pendingRepetitions.set(step, { kind: 'callback', node: call, collection: textOf(args[0]!), overCollection: true, line: line(call), method: 'step', stream: true });
      } else if (method && isIterationHelper(method) && args.length >= 2) {
        const it = helperIteration(args);
        if (it && !isFunctionNode(first)) pendingRepetitions.set(it.fn, { kind: 'callback', node: call, collection: textOf(it.collection), list: it.collection, overCollection: true, line: line(call), method });
        else if (!it) helperOverReference(call, args, method);
      }
      if (method && (TRANSACTION_METHOD.test(method) || (method === 'execute' && startsTransaction(callee.object)))) {
        for (const a of args) {
          const f = unwrapExpression(a);
          if (isFunctionNode(f)) pendingTransaction.set(f, call);
        }
      }
    } else if (call.type === 'CallExpression' && callee.type === 'Identifier') {
      const local = localHelpers.get(callee.name);
      if (isIterationHelper(utilityName(callee.name, scope)) && args.length >= 2) {
        const it = helperIteration(args);
        if (it) pendingRepetitions.set(it.fn, { kind: 'callback', node: call, collection: textOf(it.collection), list: it.collection, overCollection: true, line: line(call), method: callee.name, viaFunction: true });
        else helperOverReference(call, args, callee.name);
      } else if (local && args[local.list] && args[local.fn] && isFunctionNode(unwrapExpression(args[local.fn])) && scope.lookup(callee.name)?.scope === moduleScope) {
        // `processInSubBatches(items, async (item) => …)`, a helper of this module that runs its callback per item.
        pendingRepetitions.set(unwrapExpression(args[local.fn]), { kind: 'callback', node: call, collection: textOf(args[local.list]), overCollection: true, line: line(call), method: callee.name, viaFunction: true });
      }
      // A project's own helper, `transaction(this.knex, async (trx) => …)`: the callback is one unit of work.
      if (TRANSACTION_METHOD.test(callee.name)) {
        for (const a of args) {
          const f = unwrapExpression(a);
          if (isFunctionNode(f)) pendingTransaction.set(f, call);
        }
      }
      if (callee.name === '__decorate') onCompiledDecorators(call);
    } else if (call.type === 'CallExpression' && callee.type === 'MemberExpression' && propertyName(callee) === '__decorate') onCompiledDecorators(call);

    const registration = registrationAt(call);
    if (registration) {
      const reason = { ...registration.reason, line: line(call) };
      for (const h of registration.handlers) {
        if (h.type === 'Identifier') out.handlerRefs.push({ name: h.name, node: h, scope, reason });
        else pendingReasons.set(h, reason);
      }
    }
  }

  /**
   * tsc's output for member decorators: `__decorate([Get(), (0, x_1.Transaction)()], C.prototype, "m", null)`.
   * Recorded by class and member name, and added to the method's decorators after the walk.
   */
  function onCompiledDecorators(call: TSESTree.CallExpression) {
    const [list, target, member] = call.arguments as Node[];
    const name = stringValue(member);
    if (list?.type !== 'ArrayExpression' || !target || !name) return;
    const t = unwrapExpression(target);
    const cls = t.type === 'MemberExpression' && propertyName(t) === 'prototype' ? unwrapExpression(t.object) : t;
    if (cls.type !== 'Identifier') return;
    const names: string[] = [];
    for (const el of list.elements) {
      const e = el && unwrapExpression(el as Node);
      const c = e?.type === 'CallExpression' ? unwrapExpression(e.callee) : e;
      const n = c?.type === 'Identifier' ? c.name : c?.type === 'MemberExpression' ? propertyName(c) : undefined;
      if (n && n !== '__metadata' && n !== '__param') names.push(n);
    }
    if (names.length) compiledDecorators.push({ className: cls.name, member: name, names });
  }
  const compiledDecorators: Array<{ className: string; member: string; names: string[] }> = [];

  function functionName(node: FunctionNode, parent: Node | undefined): string | undefined {
    if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') if (node.id) return node.id.name;
    if (!parent) return undefined;
    switch (parent.type) {
      case 'VariableDeclarator':
        return parent.id.type === 'Identifier' ? parent.id.name : undefined;
      case 'Property':
      case 'MethodDefinition':
      case 'PropertyDefinition':
        return keyName(parent);
      case 'AssignmentExpression': {
        const left = unwrapExpression(parent.left);
        return left.type === 'Identifier' ? left.name : left.type === 'MemberExpression' ? propertyName(left) : undefined;
      }
      case 'ExportDefaultDeclaration':
        return 'default';
      default:
        return undefined;
    }
  }

  function enterFunction(node: FunctionNode, parent: Node | undefined) {
    const p = parent ? stepRunnerCall(skipWrappers(parent), node) : undefined;
    // Callbacks run where they are written, except registered handlers and listeners, which run
    // later, once per request or event.
    // A stream's per-item handler (`stream.on('data', …)`) runs as part of the function that opened the stream.
    const inline = !!p && (p.type === 'CallExpression' || p.type === 'NewExpression') && !pendingReasons.has(node) && (!isDeferredRegistration(p) || pendingRepetitions.has(node)) && !wrappedFunctions.has(node);
    const isMethod = p?.type === 'MethodDefinition' || p?.type === 'PropertyDefinition';
    // Methods get their class; arrow functions see the enclosing `this`, which `cls` follows
    // lexically: also in a field's initializer (`handlers = { 'chats.update': async () => this.repo… }`).
    const ownerClass = isMethod || node.type === 'ArrowFunctionExpression' ? cls : undefined;
    const info: FunctionInfo = {
      node,
      name: functionName(node, p),
      parent: fn,
      inline,
      cls: ownerClass,
      methodKind: p?.type === 'MethodDefinition' ? p.kind : isMethod ? 'method' : undefined,
      decorators: isMethod ? decoratorNames(p as TSESTree.MethodDefinition) : [],
      isAsync: node.async,
      scope: new Scope(scope, true, undefined),
      calls: [],
      requestPath: pendingReasons.get(node),
      repetition: pendingRepetitions.get(node),
      isTransactionCallback: pendingTransaction.has(node),
      exported: false,
      line: line(node),
    };
    (info.scope as { owner: FunctionInfo | undefined }).owner = info;
    if (!info.repetition) {
      const parentType = isFieldResolver(info, path);
      if (parentType) {
        // Field resolvers run once per parent object the query returned.
        info.repetition = { kind: 'graphql-field', node, collection: parentType, overCollection: true, line: info.line };
        info.requestPath ??= { label: `GraphQL field resolver \`${parentType}.${info.name ?? '?'}\``, line: info.line };
      } else if (isRootResolver(info)) info.requestPath ??= { label: `GraphQL resolver \`${info.name ?? '?'}\``, line: info.line };
    }
    out.functions.push(info);
    out.functionByNode.set(node, info);
    if (node.type === 'FunctionDeclaration' && node.id) {
      const b = scope.lookup(node.id.name);
      if (b && b.kind === 'function') b.fn = info;
      else declare(scope, node.id, 'function').fn = info;
    }
    const boundVariable = pendingFunctionBinding.get(node);
    if (boundVariable) boundVariable.fn = info;
    if (boundVariable && wrappedFunctions.has(node)) info.name ??= boundVariable.name;
    if (isMethod && ownerClass && info.name) ownerClass.methods.set(info.name, info);
    if (pendingTransaction.has(node)) out.transactionCalls.push({ call: pendingTransaction.get(node)!, callback: info });
    if (node.body.type === 'BlockStatement' && hasDirective(node.body.body, 'use server')) info.requestPath ??= { label: 'Next.js server action', line: info.line };

    const saved = { scope, fn, cls, reps, loopStack, inCatch };
    scope = info.scope;
    fn = info;
    cls = ownerClass;
    if (!inline) {
      reps = [];
      loopStack = [];
      inCatch = 0;
    }
    if (info.repetition) reps = [...reps, info.repetition];
    try {
      if (node.type !== 'FunctionDeclaration' && node.type !== 'ArrowFunctionExpression' && node.id) declare(scope, node.id, 'function').fn = info;
      node.params.forEach((param, index) => {
        if (param.type === 'TSParameterProperty' && ownerClass) {
          const id = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
          if (id.type === 'Identifier') addField(ownerClass, id.name, { typeAnnotation: id.typeAnnotation?.typeAnnotation, decorators: param.decorators, scope });
        }
        for (const { id, path } of patternBindings(param as Node)) {
          const b = declare(scope, id, 'parameter', { typeAnnotation: id.typeAnnotation?.typeAnnotation, decorators: (param as { decorators?: TSESTree.Decorator[] }).decorators });
          if (path.length === 1) {
            b.memberType = memberType(param as Node, path[0]);
            b.paramMember = { index, key: path[0] };
          }
          if (path.length === 0) b.paramIndex = index;
          // `constructor(id, database = db)`: what the parameter holds when the caller leaves it out.
          if (path.length === 0 && param.type === 'AssignmentPattern' && param.left === id) b.values.push({ node: param.right as Node, path: [], scope });
        }
        if (param.type === 'AssignmentPattern') visit(param.right, param);
      });
      if (node.body.type === 'BlockStatement') {
        hoistFunctionDeclarations(node.body.body);
        recordStatements(node.body.body);
        (node.body as { parent?: Node }).parent ??= node;
        visitChildren(node.body);
      } else visit(node.body, node);
    } finally {
      ({ scope, fn, cls, reps, loopStack, inCatch } = saved);
    }
  }

  function enterClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression) {
    const info: ClassInfo = {
      node,
      name: node.id?.name ?? (node.parent?.type === 'VariableDeclarator' && node.parent.id.type === 'Identifier' ? node.parent.id.name : undefined),
      decorators: decoratorNames(node),
      fields: new Map(),
      methods: new Map(),
      superClass: node.superClass ?? undefined,
      scope,
    };
    out.classes.push(info);
    if (node.id) {
      const b = scope.lookup(node.id.name);
      if (b && b.kind === 'class') b.cls = info;
      else declare(scope, node.id, 'class').cls = info;
    }
    if (node.superClass) visit(node.superClass, node);
    const saved = cls;
    cls = info;
    try {
      for (const member of node.body.body) {
        (member as { parent?: Node }).parent ??= node.body;
        if (member.type === 'PropertyDefinition') {
          const name = keyName(member);
          if (name) addField(info, name, { value: member.value ?? undefined, typeAnnotation: member.typeAnnotation?.typeAnnotation, decorators: member.decorators, scope });
          if (member.value) visit(member.value, member);
        } else if (member.type === 'MethodDefinition') {
          visit(member.value, member);
        } else visit(member, node.body);
      }
    } finally {
      cls = saved;
    }
  }

  hoistFunctionDeclarations(program.body);
  recordStatements(program.body);
  for (const s of program.body) visit(s, program);

  // Deferred: assignments to names declared anywhere (hoisting), exports via CommonJS.
  for (const a of pendingAssignments) a.scope.lookup(a.name)?.values.push({ node: a.value, path: a.path, scope: a.scope });
  // `module.exports = class Editor extends Model {…}`: the class itself is what is exported.
  const exportedNodes = new Set<Node>();
  for (const { name, value } of exportedValues) {
    out.exportedNames.add(name);
    const v = unwrapExpression(value);
    exportedNodes.add(v);
    if (v.type === 'Identifier') out.exportedNames.add(v.name);
    if (name === 'default') out.defaultExportName = v.type === 'Identifier' ? v.name : v.type === 'ClassExpression' && v.id ? v.id.name : undefined;
    const f = isFunctionNode(v) ? out.functionByNode.get(v) : v.type === 'Identifier' ? moduleScope.lookup(v.name)?.fn : undefined;
    if (f) {
      f.exported = true;
      if (f.name === undefined) f.name = name;
      if (name === 'handler') f.name = 'handler';
    }
  }
  for (const f of out.functions) {
    if (!f.parent && f.name && out.exportedNames.has(f.name) && (f.node.type === 'FunctionDeclaration' || f.node.parent?.type === 'VariableDeclarator' || wrappedFunctions.has(f.node))) f.exported = true;
    if (f.node.parent?.type === 'ExportDefaultDeclaration') f.exported = true;
  }
  for (const d of compiledDecorators) {
    for (const c of out.classes) {
      const m = c.name === d.className ? c.methods.get(d.member) : undefined;
      if (m) m.decorators = [...m.decorators, ...d.names];
    }
  }
  for (const c of out.classes) {
    const exported = (c.name && out.exportedNames.has(c.name)) || c.node.parent?.type === 'ExportDefaultDeclaration' || exportedNodes.has(c.node);
    if (exported) for (const m of c.methods.values()) m.exported = m.exported || m.methodKind === 'method';
  }
  return out;
}

/** Calls that run the function they are given before they return (so it is not wrapped for later). */
const RUNS_ITS_ARGUMENT = new Set([...ITERATION_METHODS, 'then', 'catch', 'finally', 'all', 'allSettled', 'race', 'any', 'call', 'apply', 'run', 'transaction', '$transaction', 'sort', 'Promise']);

/**
 * The function literals handed to a wrapper call that makes a module-level variable's value:
 * `cache(async (id) => …)`, `withAuth(async (req) => …)`, `authenticatedActionClient.inputSchema(Z).action(async (…) => …)`,
 * `createStep(id, async (input) => …, async (rollback) => …)`. The wrapper keeps them for later: the
 * first runs each time the variable is called, the others (a compensation, an error handler) when
 * the wrapper decides; none runs at load. Not calls that run them at once (`list.map(…)`,
 * `Promise.all`, `new Promise(…)`). Empty when there is no such wrapper.
 */
function keptFunctions(init: Node, depth = 0): Node[] {
  const call = unwrapExpression(init);
  if (call.type !== 'CallExpression') return [];
  const callee = unwrapExpression(call.callee);
  // `createApiRequestHandler(validator)(async (req) => …)`: a wrapper configured first, then handed the function.
  const name = calleeName(callee.type === 'CallExpression' ? callee : call);
  if (!name || RUNS_ITS_ARGUMENT.has(name)) return [];
  const args = call.arguments.map((a) => unwrapExpression(a as Node));
  const fns = args.filter(isFunctionNode);
  // `client.action(withAuditLogging('created', 'contact', async ({ ctx }) => …))`: a wrapper inside the wrapper.
  if (!fns.length && args.length === 1 && depth < 2) return keptFunctions(args[0]!, depth + 1);
  // `remember('prisma', () => new PrismaClient())`: a memoiser of a value hands back the value, not a function.
  if (fns.length === 1 && !fns[0].params.length && MEMOISER.test(name)) return [];
  return fns;
}

// `tool(async (input) => …, { name, schema })` (LangChain): an agent's tool, run when the model calls it, not where it is defined.
const DEFERRED_CALLEES = new Set(['setInterval', 'setTimeout', 'setImmediate', 'on', 'once', 'addListener', 'addEventListener', 'prependListener', 'subscribe', 'schedule', 'addHook', 'register', 'scheduleJob', 'rescheduleJob', 'CronJob', 'cron', 'every', 'nextTick', 'queueMicrotask', 'tool', 'DynamicTool', 'DynamicStructuredTool']);

/** Calls whose callback runs later and possibly many times (timers, listeners, schedulers). */
function isDeferredRegistration(call: Node): boolean {
  if (call.type !== 'CallExpression' && call.type !== 'NewExpression') return false;
  const callee = unwrapExpression(call.callee);
  // `constructor() { super(queue, HOUR, async () => this.sync()) }`: the base class keeps the function
  // to run later (a periodic task, a handler), it does not run it while constructing.
  if (callee.type === 'Super') return true;
  const name = calleeName(call);
  // `runCronJob('onboarding', () => run(), DAY)`, `addCronTask(…)`: a job run on a schedule, not once at load.
  return !!name && (DEFERRED_CALLEES.has(name) || CRON_REGISTRATION.test(name));
}

const CRON_REGISTRATION = /cron/i;

/** At most this many items written out by hand is a fixed list, not a collection that grows with data. */
const SMALL_LITERAL = 3;

/** `for (const f of ['a.yaml', 'b.yaml'])`, or over a `const` bound to such a literal, or over an enum's values. */
/** Array methods whose result has at most as many items as the list they are called on. */
const SIZE_KEEPING = new Set(['filter', 'map', 'slice', 'sort', 'toSorted', 'reverse']);

function isSmallLiteral(node: Node, scope: Scope, depth = 0): boolean {
  let n = unwrapExpression(node);
  if (isEnumValues(n, scope)) return true;
  // `prices.filter(({ price }) => price != null)` over three written-out prices: at most as many items.
  if (depth < 4 && n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && SIZE_KEEPING.has(propertyName(n.callee) ?? '')) return isSmallLiteral(n.callee.object as Node, scope, depth + 1);
  if (n.type === 'Identifier') {
    const only = constValue(scope.lookup(n.name));
    if (!only) return false;
    n = only;
    // `const identifiers = [body.id, body.email].filter(Boolean)`: the filtered literal, through its name.
    if (depth < 4 && n.type === 'CallExpression') return isSmallLiteral(n, scope, depth + 1);
  }
  // `const out = []` is a list that gets filled, not a fixed one: it takes written-out items.
  return n.type === 'ArrayExpression' && n.elements.length > 0 && n.elements.length <= SMALL_LITERAL && n.elements.every((e) => e && e.type !== 'SpreadElement');
}

/**
 * `Object.values(JobStatus)`, `Object.keys(PaymentMethod)` (and `for (const k in JobStatus)`): the members of an enum or of an object
 * written in the code (an enum declared here, an imported PascalCase or UPPER_CASE name, a
 * module-level `const` object literal). The code fixes how many there are, not the data.
 */
function isEnumValues(n: Node, scope: Scope): boolean {
  const listed = objectListed(n);
  return !!listed && isEnumLike(listed, scope);
}

/**
 * `JobStatus` (an enum), an imported PascalCase or UPPER_CASE name, a module-level `const` object
 * literal, or one written out in the function with its keys (`const orderFields = { order_list: …,
 * order_manage: … }`): members the code fixes. An empty one, or one with spread or computed keys,
 * is filled at run time.
 */
function isEnumLike(arg: Node, scope: Scope): boolean {
  if (arg.type !== 'Identifier') return false;
  const b = scope.lookup(arg.name);
  // Enums are not bound in our scopes: an unbound PascalCase name here is one (or a global).
  if (!b) return /^[A-Z]/.test(arg.name);
  if (b.kind === 'import') return /^[A-Z][A-Za-z0-9]*$|^[A-Z][A-Z0-9_]*$/.test(arg.name);
  const only = constValue(b);
  if (only?.type !== 'ObjectExpression') return false;
  return !b.owner || (only.properties.length > 0 && only.properties.every((p) => p.type === 'Property' && !p.computed));
}

function skipWrappers(n: Node): Node {
  let p = n;
  while (p.type === 'TSAsExpression' || p.type === 'TSNonNullExpression' || p.type === 'TSSatisfiesExpression' || p.type === 'ChainExpression') {
    if (!p.parent) break;
    p = p.parent;
  }
  return p;
}

/**
 * `async.waterfall([(cb) => …, (row, cb) => …], done)`, `async.parallel({ a: (cb) => … })`: the steps
 * in the array (or object) run now, one after another or together, as if handed to the call itself.
 */
function stepRunnerCall(p: Node, fn: FunctionNode): Node {
  const holder = p.type === 'ArrayExpression' ? p : p.type === 'Property' && p.value === fn && p.parent?.type === 'ObjectExpression' ? p.parent : undefined;
  const call = holder?.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== holder) return p;
  const callee = unwrapExpression(call.callee);
  const receiver = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : undefined;
  // `async.waterfall(…)` or an imported `waterfall(…)`; not `gulp.series(…)` or a router's array of handlers.
  const viaAsync = callee.type === 'Identifier' || (receiver?.type === 'Identifier' && /^async$/i.test(receiver.name));
  return viaAsync && STEP_RUNNERS.has(calleeName(call) ?? '') ? call : p;
}
const STEP_RUNNERS = new Set(['waterfall', 'series', 'parallel', 'parallelLimit', 'seriesLimit', 'auto', 'autoInject', 'tryEach']);

function hasDirective(body: readonly Node[], directive: string): boolean {
  for (const s of body) {
    if (s.type !== 'ExpressionStatement') return false;
    if (stringValue(s.expression) === directive) return true;
    if (!('directive' in s)) return false;
  }
  return false;
}

/** `for (let i = 0; i < items.length; i++)` → `items`; counted or retry loops → undefined. */
function indexedCollection(node: TSESTree.ForStatement, textOf: (n: Node) => string, scope: Scope): string | undefined {
  const test = node.test;
  if (test?.type !== 'BinaryExpression') return undefined;
  if (walksSlices(node, textOf)) return undefined;
  // `for (let i = 0, len = items.length; i < len; i++)`: the length kept in a variable of the loop's own,
  // or in a `const` before the loop (`const n = rows.length; for (let i = 0; i < n; i++)`).
  const declared = (name: string) => {
    const d = node.init?.type === 'VariableDeclaration' ? node.init.declarations.find((x) => x.id.type === 'Identifier' && x.id.name === name) : undefined;
    return d?.init ? unwrapExpression(d.init as Node) : constValue(scope.lookup(name));
  };
  const sizeOf = (e: Node | undefined) => (e?.type === 'MemberExpression' && SIZE_PROPERTIES.has(propertyName(e) ?? '') ? textOf(e.object as Node) : undefined);
  if (test.operator === '<' || test.operator === '<=') {
    const right = unwrapExpression(test.right as Node);
    return sizeOf(right) ?? (right.type === 'Identifier' ? sizeOf(declared(right.name)) : undefined);
  }
  // `for (let i = items.length - 1; i >= 0; i--)`: the same list, walked backwards.
  const left = unwrapExpression(test.left as Node);
  if ((test.operator === '>=' || test.operator === '>') && left.type === 'Identifier') {
    const start = declared(left.name);
    return start?.type === 'BinaryExpression' && start.operator === '-' ? sizeOf(unwrapExpression(start.left as Node)) : sizeOf(start);
  }
  return undefined;
}

const SIZE_PROPERTIES = new Set(['length', 'size', 'count']);

/**
 * `for (let i = 0; i < ids.length; i += batchSize) { const batch = ids.slice(i, i + batchSize); … }`:
 * one pass per slice of the list, which is how a loop is chunked on purpose; not once per item.
 */
function walksSlices(node: TSESTree.ForStatement, textOf: (n: Node) => string): boolean {
  const update = node.update;
  if (update?.type !== 'AssignmentExpression' || update.operator !== '+=' || update.left.type !== 'Identifier') return false;
  const step = unwrapExpression(update.right as Node);
  if (step.type === 'Literal' && step.value === 1) return false;
  const index = update.left.name;
  return new RegExp(`\\.(slice|splice|subarray)\\(\\s*${index}\\s*,`).test(textOf(node.body as Node));
}

/**
 * `({ getStream }: { getStream: GetStream })`: the type the parameter's type literal gives the member a
 * name is destructured from.
 */
function memberType(param: Node, key: string): TSESTree.TypeNode | undefined {
  const pattern = param.type === 'AssignmentPattern' ? (param.left as Node) : param;
  const type = pattern.type === 'ObjectPattern' ? pattern.typeAnnotation?.typeAnnotation : undefined;
  if (type?.type !== 'TSTypeLiteral') return undefined;
  const member = type.members.find((m) => m.type === 'TSPropertySignature' && !m.computed && m.key.type === 'Identifier' && m.key.name === key);
  return member?.type === 'TSPropertySignature' ? member.typeAnnotation?.typeAnnotation : undefined;
}

const LOWER_CASE_NAMES: Readonly<Record<string, string>> = { foreach: 'forEach', flatmap: 'flatMap' };

/** Utility libraries whose functions are imported one by one: `lodash/map`, `lodash.foreach`, `lodash-es`, `async/eachLimit`. */
const UTILITY_MODULE = /^(lodash(?:-es)?|underscore|async|bluebird)(?:[/.](\w+))?$/;

/**
 * The library's own name of a utility imported under another: `_map` from `import _map from
 * 'lodash/map'`, `const _each = require('lodash.foreach')` or `import { map as _map } from 'lodash'`.
 * Any other name is returned as it is.
 */
function utilityName(local: string, scope: Scope): string {
  const b = scope.lookup(local);
  const only = b?.kind === 'variable' && b.values.length === 1 ? b.values[0] : undefined;
  const spec = b?.importFrom?.module ?? (only ? requiredModule(only.node, only.scope) : undefined);
  const m = spec ? UTILITY_MODULE.exec(spec) : undefined;
  if (!m) return local;
  const imported = b?.importFrom ? b.importFrom.imported : only?.path[0];
  if (imported && imported !== 'default' && imported !== '*') return imported;
  // The per-method packages are named in lower case: `lodash.foreach` is `forEach`.
  return m[2] ? (LOWER_CASE_NAMES[m[2]] ?? m[2]) : local;
}
