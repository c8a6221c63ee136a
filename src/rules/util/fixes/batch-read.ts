import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { propertyName, rangeOf, referencedNames, stringValue, unwrapExpression, type Node } from '../../../analysis/ast';
import type { CallEffect } from '../../../analysis/call-effects';
import type { FileAnalysis } from '../../../analysis/file-analysis';
import type { BatchRead } from '../../../analysis/libraries/types';
import type { CallSite, Repetition } from '../../../analysis/model';
import { namedImport, type FixPart } from './imports';
import { freshName, indentAt, isTypeScriptFile } from './names';
import { isPlainPath, promiseAllMap, returnedExpression } from './promise-all-map';

export interface Suggestion {
  /** Shown in the message: the batched call, e.g. `User.findAll`. */
  call: string;
  fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

/** One read by one key, as the library table describes it. */
interface KeyedRead {
  spec: BatchRead;
  /** What the batched call is made on (`User`, `prisma.user`, `knex('users')`). */
  receiver: Node;
  /** The key field: its name, or `[User.primaryKeyAttribute]`. */
  field: string;
  /** The value the key is compared with (the item, or a property of it). */
  value: Node;
  /** Drizzle: the column (`users.id`). */
  column?: Node;
  /** Options beside the key that go to the batched call as they are (`include: …`, `transaction`). */
  carried: Node[];
}

const FIELD = /^[A-Za-z_$][\w$]*$/;

/**
 * `await Promise.all(ids.map((id) => User.findByPk(id)))` → one read of every key, then the rows
 * put back in the order of `ids`: duplicates repeat and a missing key gives what the one-key read
 * gives (null or undefined). Keys are compared as strings, as the database compares them once it
 * has coerced the parameter (a numeric id given as text, a Mongo ObjectId).
 * Only offered when the key is the item (or a property of it) and the read says nothing else.
 */
export function batchReadFix(analysis: FileAnalysis, site: CallSite, effect: Extract<CallEffect, { kind: 'query' }>, rep: Repetition): Suggestion | undefined {
  if (!effect.read || !effect.table.batchReads) return undefined;
  const shape = promiseAllMap(rep);
  if (!shape || !isPlainPath(shape.collection) || shape.callback.params.length !== 1) return undefined;
  const param = shape.callback.params[0];
  if (param.type !== 'Identifier') return undefined;
  const list = analysis.text(shape.collection);
  const b = batched(analysis, site, effect, param.name, list, new Set([param.name]));
  if (!b || returnedExpression(shape.callback) !== b.top) return undefined;
  const rows = freshName('rows', ...b.context);
  const row = freshName('row', ...b.context);
  const byKey = freshName('byKey', ...b.context);
  const indent = indentAt(analysis.file.text, rangeOf(shape.all)[0]);
  const text = [
    `${b.call}.then((${rows}) => {`,
    `${indent}  const ${byKey} = ${b.toMap(rows, row)};`,
    `${indent}  return ${list}.map((${param.name}) => ${b.lookup(byKey)});`,
    `${indent}})`,
  ].join('\n');
  return { call: b.label, fix: (fixer) => [...(b.helper ? [b.helper(fixer)] : []), fixer.replaceText(shape.all, text)] };
}

export interface Batched {
  /** The read with what follows it and goes along (`User.findById(id).lean()`): what the code awaits. */
  top: Node;
  /** The batched read, e.g. `User.findAll({ where: { id: ids } })`. */
  call: string;
  /** For the message: `User.findAll`. */
  label: string;
  toMap: (rows: string, row: string) => string;
  lookup: (byKey: string) => string;
  helper?: FixPart;
  /** Texts the fix's own names must not shadow. */
  context: string[];
}

/** The batched form of the one-key read `site`, over the keys `list` yields as `item`. `local`: names the receiver must not use. */
export function batched(analysis: FileAnalysis, site: CallSite, effect: Extract<CallEffect, { kind: 'query' }>, item: string, list: string, local: Set<string>): Batched | undefined {
  const read = keyedRead(site, effect.table.batchReads ?? {});
  if (!read) return undefined;
  const value = unwrapExpression(read.value);
  const isItem = (n: Node) => n.type === 'Identifier' && n.name === item;
  if (!isItem(value) && !(value.type === 'MemberExpression' && !value.computed && !value.optional && isItem(unwrapExpression(value.object)))) return undefined;
  for (const n of [read.receiver, read.column, ...read.carried]) {
    if (n && [...referencedNames(n, analysis.keysOf)].some((name) => local.has(name))) return undefined;
  }
  let helper: { local: string; edit?: FixPart } | undefined;
  if (read.spec.needs) {
    helper = namedImport(analysis, site.scope, read.spec.needs.name, [read.spec.needs.from]);
    if (!helper) return undefined;
  }
  const receiver = analysis.text(read.receiver);
  const keyText = analysis.text(value);
  const keys = isItem(value) ? list : `${list}.map((${item}) => ${keyText})`;
  const field = read.field.replace('{receiver}', () => receiver);
  const batch = read.spec.batch
    .replace('{key}', () => field)
    .replace('{keyName}', () => field)
    .replace('{keys}', () => keys)
    .replace('{column}', () => (read.column ? analysis.text(read.column) : ''))
    .replace('{helper}', () => helper?.local ?? '')
    .replace('{rest}', () => read.carried.map((p) => `, ${analysis.text(p)}`).join(''))
    .replace('{options}', () => (read.carried.length ? `, { ${read.carried.map((p) => analysis.text(p)).join(', ')} }` : ''));
  const asConst = isTypeScriptFile(analysis.file.filename) ? ' as const' : '';
  const unique = read.spec.unique || field === 'id' || field === '_id';
  const missing = read.spec.missing === 'null' ? ' ?? null' : '';
  const method = /^\.(\w+)/.exec(read.spec.batch)?.[1] ?? '';
  const { top, suffix } = chainAbove(site.node, read.spec.chain ?? []);
  return {
    top,
    call: `${receiver}${batch}${suffix}`,
    label: `${receiver.length > 40 ? '…' : receiver}.${method}`,
    // A key that may repeat (`findOne({ where: { email } })`): the first row wins, as with the one-key read.
    toMap: (rows, row) => `new Map(${rows}.map((${row}) => [String(${field.startsWith('[') ? `${row}${field}` : `${row}.${field}`}), ${row}]${asConst})${unique ? '' : '.reverse()'})`,
    lookup: (byKey) => `${byKey}.get(String(${keyText}))${missing}`,
    helper: helper?.edit,
    context: [list, receiver, keyText, batch],
  };
}

function keyedRead(site: CallSite, reads: Readonly<Record<string, BatchRead>>): KeyedRead | undefined {
  const call = site.node;
  const callee = unwrapExpression(call.callee);
  if (call.type !== 'CallExpression' || callee.type !== 'MemberExpression' || callee.computed || callee.optional) return undefined;
  const spec = reads[propertyName(callee) ?? ''];
  if (!spec) return undefined;
  const args = call.arguments.map((a) => unwrapExpression(a as Node));
  const read = keyFor(site, spec, callee.object, args);
  if (!read) return undefined;
  // Options: in the object beside `where`, or a last argument of their own (`findByPk(id, opts)`, `findOne(filter, opts)`).
  const optionsIn = spec.keyIn === 'where' || spec.keyIn === 'drizzle-eq' ? args[0] : spec.keyIn === 'arg' || spec.keyIn === 'filter' ? args[1] : undefined;
  const carried = optionsIn ? carriedOptions(optionsIn, spec, read.field) : [];
  return carried && { ...read, carried };
}

function keyFor(site: CallSite, spec: BatchRead, receiver: Node, args: Node[]): Omit<KeyedRead, 'carried'> | undefined {
  const own = spec.keyIn === 'arg' || spec.keyIn === 'filter' ? 2 : 1;
  if (args.length > own || args.some((a) => a.type === 'SpreadElement')) return undefined;
  switch (spec.keyIn) {
    case 'arg':
      return args.length >= 1 && spec.keyField ? { spec, receiver, field: spec.keyField, value: args[0] } : undefined;
    case 'filter': {
      const only = onlyProperty(args[0]);
      return only && { spec, receiver, field: only.key, value: only.value };
    }
    case 'where': {
      const where = propertyOf(args[0], 'where');
      const only = where && onlyProperty(where);
      return only && { spec, receiver, field: only.key, value: only.value };
    }
    case 'knex-where': {
      // q.where({ id }).first() / q.where('id', id).first(): the batch runs on `q`.
      const inner = unwrapExpression(receiver);
      if (args.length || inner.type !== 'CallExpression') return undefined;
      const whereCallee = unwrapExpression(inner.callee);
      if (whereCallee.type !== 'MemberExpression' || whereCallee.computed || propertyName(whereCallee) !== 'where') return undefined;
      const whereArgs = inner.arguments.map((a) => unwrapExpression(a as Node));
      const only = whereArgs.length === 1 ? onlyProperty(whereArgs[0]) : whereArgs.length === 2 && FIELD.test(stringValue(whereArgs[0]) ?? '') ? { key: stringValue(whereArgs[0])!, value: whereArgs[1] } : undefined;
      return only && { spec, receiver: whereCallee.object, field: only.key, value: only.value };
    }
    case 'drizzle-eq': {
      const eqCall = propertyOf(args[0], 'where');
      const eq = eqCall && unwrapExpression(eqCall);
      if (eq?.type !== 'CallExpression' || eq.arguments.length !== 2) return undefined;
      const fn = unwrapExpression(eq.callee);
      if (fn.type !== 'Identifier' || site.scope.lookup(fn.name)?.importFrom?.imported !== 'eq' || site.scope.lookup(fn.name)?.importFrom?.module !== 'drizzle-orm') return undefined;
      const column = unwrapExpression(eq.arguments[0] as Node);
      if (column.type !== 'MemberExpression' || column.computed) return undefined;
      const field = propertyName(column);
      return field && FIELD.test(field) ? { spec, receiver, field, value: eq.arguments[1] as Node, column } : undefined;
    }
  }
}

/** `read.lean().exec()`: the calls without arguments above the read that the batched call takes too. */
function chainAbove(read: Node, chain: readonly string[]): { top: Node; suffix: string } {
  let top = read;
  let suffix = '';
  for (;;) {
    const member = top.parent;
    const call = member?.parent;
    if (member?.type !== 'MemberExpression' || member.object !== top || member.computed || call?.type !== 'CallExpression' || call.callee !== member || call.arguments.length) break;
    const name = propertyName(member);
    if (!name || !chain.includes(name)) break;
    suffix += `.${name}()`;
    top = call;
  }
  return { top, suffix };
}

/** The value of property `name` of an object literal. */
function propertyOf(n: Node | undefined, name: string): Node | undefined {
  const o = n && unwrapExpression(n);
  if (o?.type !== 'ObjectExpression') return undefined;
  const p = o.properties.find((x) => x.type === 'Property' && !x.computed && keyOf(x) === name);
  return p?.type === 'Property' ? (p.value as Node) : undefined;
}

/** A property's key as written: `id`, `'id'`. */
export function keyOf(p: TSESTree.Property): string | undefined {
  return p.key.type === 'Identifier' ? p.key.name : stringValue(p.key as Node);
}

/**
 * The options beside the key the batched call can take as they are, or undefined when one of
 * them could pick other rows, order them, or leave the key out of the rows.
 */
function carriedOptions(n: Node, spec: BatchRead, field: string): Node[] | undefined {
  const o = unwrapExpression(n);
  if (o.type !== 'ObjectExpression') return undefined;
  const out: Node[] = [];
  for (const p of o.properties) {
    if (p.type !== 'Property' || p.computed || p.kind !== 'init' || p.method) return undefined;
    const key = keyOf(p);
    if (key === 'where' && (spec.keyIn === 'where' || spec.keyIn === 'drizzle-eq')) continue;
    const kind = key ? spec.options?.[key] : undefined;
    const value = unwrapExpression(p.value as Node);
    if (!kind || (kind === 'selection' && !namesKey(value, field)) || (kind === 'projection' && !keepsId(value))) return undefined;
    out.push(p);
  }
  return out;
}

/** `{ id: true }`, `{ id: 1 }`, `['id', 'name']`: the selection keeps the key. */
function namesKey(v: Node, field: string): boolean {
  if (v.type === 'ArrayExpression') return v.elements.some((e) => e && stringValue(e as Node) === field);
  if (v.type !== 'ObjectExpression') return false;
  return v.properties.some((p) => p.type === 'Property' && !p.computed && keyOf(p) === field && p.value.type === 'Literal' && (p.value.value === true || p.value.value === 1));
}

/** A MongoDB projection written out that does not drop `_id` (which stays unless told). */
function keepsId(v: Node): boolean {
  if (v.type !== 'ObjectExpression') return false;
  return v.properties.every((p) => p.type === 'Property' && !p.computed && (keyOf(p) !== '_id' || (p.value.type === 'Literal' && (p.value.value === true || p.value.value === 1))));
}

/** `{ k: v }` with exactly one plain property. */
function onlyProperty(n: Node | undefined): { key: string; value: Node } | undefined {
  const o = n && unwrapExpression(n);
  if (o?.type !== 'ObjectExpression' || o.properties.length !== 1) return undefined;
  const p = o.properties[0];
  if (p.type !== 'Property' || p.kind !== 'init' || p.method || p.computed) return undefined;
  const key = p.key.type === 'Identifier' ? p.key.name : stringValue(p.key as Node);
  return key && FIELD.test(key) ? { key, value: p.value as Node } : undefined;
}

/**
 * `const byKey = await <batched read>.then((rows) => new Map(…));` plus the indentation of `at`, to
 * insert before the statement at offset `at`; `byKey` is a name `scopeText` does not use.
 */
export function readIntoMapBefore(analysis: FileAnalysis, b: Batched, scopeText: string, at: number): { byKey: string; text: string } {
  const byKey = freshName('byKey', scopeText);
  const rows = freshName('rows', ...b.context);
  const row = freshName('row', ...b.context);
  const indent = indentAt(analysis.file.text, at);
  return { byKey, text: `const ${byKey} = await ${b.call}.then((${rows}) => ${b.toMap(rows, row)});\n${indent}` };
}
