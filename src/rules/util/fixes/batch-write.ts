import type { TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, propertyName, pushChildren, rangeOf, referencedNames, unwrapExpression, type FunctionNode, type Node } from '../../../analysis/ast';
import type { CallEffect } from '../../../analysis/call-effects';
import type { FileAnalysis } from '../../../analysis/file-analysis';
import type { BatchWrite } from '../../../analysis/libraries/types';
import type { CallSite, Repetition } from '../../../analysis/model';
import { keyOf, type Suggestion } from './batch-read';
import { declaredNames } from './batch-read-loop';
import { freshName, indentAt } from './names';
import { isPlainPath, promiseAllMap, returnedExpression } from './promise-all-map';

/** One write of one row, as the library table describes it. */
interface RowWrite {
  spec: BatchWrite;
  /** The call that writes one row (`db('users').insert(row)`). */
  call: Node;
  /** The write with the calls that follow it and go along: what the code awaits. */
  top: Node;
  /** What the call for many rows is made on (`prisma.user`, `db.insert(users)`). */
  receiver: Node;
  row: Node;
  /** Options beside the row that go along (`transaction: t`). */
  carried: TSESTree.Property[];
  /** The calls that follow (`.onConflictDoNothing()`). */
  chain: TSESTree.CallExpression[];
}

/**
 * A write of one row per item, where the library has a call for many rows:
 *
 *   for (const u of users) { …; await prisma.user.create({ data: { … } }); }
 * becomes
 *   const rows = [];
 *   for (const u of users) { …; rows.push({ … }); }
 *   if (rows.length > 0) await prisma.user.createMany({ data: rows });
 *
 * and `await Promise.all(users.map((u) => prisma.user.create({ data: … })))` one call over
 * `users.map((u) => ({ … }))`. Only when the write's result is dropped, and nothing else in the
 * loop waits, returns, throws or queries: then no code runs between the writes that could see
 * them, and writing the same rows after the loop keeps the result. The one difference is on
 * failure: one statement writes all the rows or none.
 */
export function batchWriteFix(analysis: FileAnalysis, site: CallSite, effect: Extract<CallEffect, { kind: 'query' }>, rep: Repetition): Suggestion | undefined {
  if (effect.read || !effect.table.batchWrites) return undefined;
  const write = rowWrite(analysis, site, effect.table.batchWrites);
  if (!write) return undefined;
  return rep.kind === 'for-of' ? inLoop(analysis, site, write, rep) : rep.kind === 'callback' ? inPromiseAll(analysis, write, rep) : undefined;
}

function inLoop(analysis: FileAnalysis, site: CallSite, write: RowWrite, rep: Repetition): Suggestion | undefined {
  const loop = rep.node;
  if (loop.type !== 'ForOfStatement' || loop.await || site.repetitions.at(-1) !== rep || site.loops.at(-1) !== rep) return undefined;
  if (loop.parent?.type !== 'BlockStatement' && loop.parent?.type !== 'Program') return undefined;
  if (loop.left.type !== 'VariableDeclaration') return undefined;
  const awaited = write.top.parent;
  const statement = awaited?.parent;
  if (awaited?.type !== 'AwaitExpression' || statement?.type !== 'ExpressionStatement' || !directlyIn(statement, loop)) return undefined;
  if (!onlyThisWriteWaits(analysis, loop, write, awaited)) return undefined;
  const local = new Set<string>([...(analysis.collected.loops.get(loop)?.assigned ?? []), ...declaredNames(loop, analysis)]);
  if (usesAny(analysis, write, local)) return undefined;
  const fnText = analysis.text(site.fn?.node ?? analysis.collected.program);
  const rows = freshName('rows', fnText);
  const indent = indentAt(analysis.file.text, rangeOf(loop)[0]);
  return {
    call: label(analysis, write),
    fix: (fixer) => [
      fixer.insertTextBefore(loop, `const ${rows} = [];\n${indent}`),
      fixer.replaceText(statement, `${rows}.push(${analysis.text(write.row)});`),
      fixer.insertTextAfter(loop, `\n${indent}if (${rows}.length > 0) await ${manyRows(analysis, write, rows)};`),
    ],
  };
}

function inPromiseAll(analysis: FileAnalysis, write: RowWrite, rep: Repetition): Suggestion | undefined {
  const shape = promiseAllMap(rep);
  if (!shape) return undefined;
  const awaited = shape.all.parent;
  const statement = awaited?.parent;
  if (awaited?.type !== 'AwaitExpression' || statement?.type !== 'ExpressionStatement') return undefined;
  if (statement.parent?.type !== 'BlockStatement' && statement.parent?.type !== 'Program') return undefined;
  if (writtenByCallback(shape.callback) !== write.top) return undefined;
  const local = new Set<string>(declaredNames(shape.callback, analysis));
  if (usesAny(analysis, write, local)) return undefined;
  const fnText = analysis.text(statement.parent);
  const rows = freshName('rows', fnText);
  const indent = indentAt(analysis.file.text, rangeOf(statement)[0]);
  const params = shape.callback.params.map((p) => analysis.text(p as Node)).join(', ');
  const row = unwrapExpression(write.row).type === 'ObjectExpression' ? `(${analysis.text(write.row)})` : analysis.text(write.row);
  const only = shape.callback.params.length === 1 ? shape.callback.params[0] : undefined;
  const list = analysis.text(shape.collection);
  // `rows.map((row) => db.insert(t).values(row))`: the list is the rows (it has `map`, so it is an array).
  const asIs = only?.type === 'Identifier' && unwrapExpression(write.row).type === 'Identifier' && (unwrapExpression(write.row) as TSESTree.Identifier).name === only.name && isPlainPath(shape.collection);
  const text = asIs
    ? `if (${list}.length > 0) await ${manyRows(analysis, write, list)};`
    : `const ${rows} = ${list}.map((${params}) => ${row});\n${indent}if (${rows}.length > 0) await ${manyRows(analysis, write, rows)};`;
  return { call: label(analysis, write), fix: (fixer) => [fixer.replaceText(statement, text)] };
}

/** `(u) => X.create(…)`, `async (u) => await X.create(…)`, `async (u) => { await X.create(…); }`: the write the callback makes and nothing else. */
function writtenByCallback(fn: FunctionNode): Node | undefined {
  const only = fn.body.type === 'BlockStatement' && fn.body.body.length === 1 ? fn.body.body[0] : undefined;
  if (only?.type !== 'ExpressionStatement') return returnedExpression(fn);
  const e = unwrapExpression(only.expression);
  return e.type === 'AwaitExpression' ? unwrapExpression(e.argument) : e;
}

/** The write `site` makes, if the library has a call for many rows and the write says nothing that call cannot. */
function rowWrite(analysis: FileAnalysis, site: CallSite, writes: Readonly<Record<string, BatchWrite>>): RowWrite | undefined {
  const call = site.node;
  const callee = unwrapExpression(call.callee);
  if (call.type !== 'CallExpression' || callee.type !== 'MemberExpression' || callee.computed || callee.optional) return undefined;
  const spec = writes[propertyName(callee) ?? ''];
  if (!spec) return undefined;
  const args = call.arguments.map((a) => unwrapExpression(a as Node));
  if (args.some((a) => a.type === 'SpreadElement')) return undefined;
  let receiver: Node = callee.object;
  let top: Node = call;
  let row: Node | undefined;
  let carried: TSESTree.Property[] | undefined = [];
  switch (spec.rowIn) {
    case 'arg':
      row = args[0];
      carried = args.length === 1 ? [] : args.length === 2 ? carriedOptions(args[1], spec) : undefined;
      break;
    case 'data': {
      const only = args.length === 1 && args[0].type === 'ObjectExpression' && args[0].properties.length === 1 ? args[0].properties[0] : undefined;
      row = only?.type === 'Property' && !only.computed && keyOf(only) === 'data' ? (only.value as Node) : undefined;
      if (row && nestedWrite(row, spec.nestedWrites ?? [])) return undefined;
      break;
    }
    case 'values': {
      // `db.insert(users).values(row)`: the call for many rows is made on `db.insert(users)`.
      const member = call.parent;
      const values = member?.parent;
      if (member?.type !== 'MemberExpression' || member.computed || propertyName(member) !== 'values' || values?.type !== 'CallExpression' || values.callee !== member || values.arguments.length !== 1) return undefined;
      receiver = call;
      top = values;
      row = unwrapExpression(values.arguments[0] as Node);
      if (row.type === 'SpreadElement') return undefined;
      break;
    }
  }
  if (!row || !carried) return undefined;
  const chain: TSESTree.CallExpression[] = [];
  for (;;) {
    const member: Node | undefined = top.parent;
    const next: Node | undefined = member?.parent;
    if (member?.type !== 'MemberExpression' || member.object !== top || member.computed || next?.type !== 'CallExpression' || next.callee !== member) break;
    if (!spec.chain?.includes(propertyName(member) ?? '')) return undefined;
    chain.push(next);
    top = next;
  }
  // A list written as one row (`insert([a, b])`) is already a batch.
  if (unwrapExpression(row).type === 'ArrayExpression') return undefined;
  return { spec, call, top, receiver, row, carried, chain };
}

/** The options of a write that the call for many rows takes as they are, or undefined when one of them is something else. */
function carriedOptions(n: Node, spec: BatchWrite): TSESTree.Property[] | undefined {
  if (n.type !== 'ObjectExpression') return undefined;
  const out: TSESTree.Property[] = [];
  for (const p of n.properties) {
    if (p.type !== 'Property' || p.computed || p.kind !== 'init' || p.method || !spec.options?.includes(keyOf(p) ?? '')) return undefined;
    out.push(p);
  }
  return out;
}

/** `{ author: { connect: { id } } }`: a row that also writes to another table. */
function nestedWrite(row: Node, keys: readonly string[]): boolean {
  const o = unwrapExpression(row);
  if (o.type !== 'ObjectExpression') return false;
  return o.properties.some((p) => {
    if (p.type !== 'Property') return false;
    const v = unwrapExpression(p.value as Node);
    return v.type === 'ObjectExpression' && v.properties.some((q) => q.type !== 'Property' || keys.includes(keyOf(q) ?? ''));
  });
}

/** The receiver, options or chained calls read a name the loop or callback makes: they would differ per row. */
function usesAny(analysis: FileAnalysis, write: RowWrite, local: Set<string>): boolean {
  const parts: Node[] = [write.receiver, ...write.carried, ...write.chain.flatMap((c) => c.arguments as Node[])];
  return parts.some((n) => [...referencedNames(n, analysis.keysOf)].some((name) => local.has(name)));
}

/** `prisma.user.createMany({ data: rows })` with what goes along. */
function manyRows(analysis: FileAnalysis, write: RowWrite, rows: string): string {
  const carried = write.carried.map((p) => analysis.text(p));
  const batch = write.spec.batch
    .replace('{rows}', () => rows)
    .replace('{rest}', () => carried.map((c) => `, ${c}`).join(''))
    .replace('{options}', () => (carried.length ? `, { ${carried.join(', ')} }` : ''));
  // Each call as written after what it is called on: `.onConflictDoNothing()`.
  const chain = write.chain.map((c) => analysis.text(c).slice(rangeOf((c.callee as TSESTree.MemberExpression).object as Node)[1] - rangeOf(c)[0]));
  return `${analysis.text(write.receiver)}${batch}${chain.join('')}`;
}

function label(analysis: FileAnalysis, write: RowWrite): string {
  const receiver = analysis.text(write.receiver);
  return `${receiver.length > 40 ? '…' : receiver}.${/^\.(\w+)/.exec(write.spec.batch)?.[1] ?? ''}`;
}

/** `statement` is in the loop's body and not in a function nested there. */
function directlyIn(statement: Node, loop: Node): boolean {
  for (let n = statement.parent; n; n = n.parent) {
    if (n === loop) return true;
    if (isFunctionNode(n)) return false;
  }
  return false;
}

/**
 * Nothing in the loop but the write waits, yields, leaves the function or the loop's enclosing
 * block, or calls code that queries: the writes can then all happen after the loop.
 */
function onlyThisWriteWaits(analysis: FileAnalysis, loop: TSESTree.ForOfStatement, write: RowWrite, own: Node): boolean {
  // The write itself, what it is made on and what follows it are the fix's own calls.
  const chain = new Set<Node>([write.call, write.top, ...write.chain, write.receiver]);
  const stack: Array<[Node, boolean]> = [[loop.body as Node, false]];
  while (stack.length) {
    const [n, nested] = stack.pop()!;
    // A function made in the loop may run now or later: it must not wait either, but its own `return` is its own.
    const inFunction = nested || isFunctionNode(n);
    if (n.type === 'AwaitExpression' && n !== own) return false;
    if (n.type === 'YieldExpression' || (n.type === 'ForOfStatement' && n.await)) return false;
    if (!nested && (n.type === 'ReturnStatement' || n.type === 'ThrowStatement' || ((n.type === 'BreakStatement' || n.type === 'ContinueStatement') && n.label))) return false;
    if ((n.type === 'CallExpression' || n.type === 'NewExpression') && !chain.has(n)) {
      const c = analysis.collected.callByNode.get(n as TSESTree.CallExpression);
      if (c) {
        if (analysis.effectOf(c)?.kind === 'query') return false;
        const t = analysis.targetOf(c);
        if (t ? analysis.queryWitness(t) : analysis.externalQueryWitness(c)) return false;
      }
    }
    const children: Node[] = [];
    pushChildren(children, n, analysis.keysOf);
    for (const c of children) stack.push([c, inFunction]);
  }
  return true;
}
