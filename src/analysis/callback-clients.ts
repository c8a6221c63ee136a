import { propertyName, unwrapExpression, type Node } from './ast';
import { libraryTables, tableSets } from './libraries';
import type { LibraryTable } from './libraries/types';
import type { CallSite, FunctionInfo } from './model';
import type { Origin } from './origins';

/**
 * A helper that runs a callback with a client of its own: `withTransaction(ctx, async (tx) => …)`
 * with `withTransaction(ctx, fn) { … return db.transaction(fn) }`, or `withClient(async (c) => …)`
 * with `const c = await pool.connect(); return fn(c)`, or `handle(db, { async handleAsync(db) { … } })`
 * calling `input.handleAsync(db)`. Which parameter takes the callback, which of the callback's
 * arguments is the client, and what client it is.
 */
export interface HandedClient {
  param: number;
  /** The callback is this member of an object the parameter takes (`input.handleAsync(db, schema)`). */
  member?: string;
  arg: number;
  table: LibraryTable;
  tx: boolean;
}

type Resolve = (node: Node, scope: CallSite['scope']) => Origin | undefined;

/** Every library's transaction methods: a call by another name never starts one, so its receiver is not resolved. */
const TRANSACTION_METHODS = new Set(libraryTables.flatMap((t) => t.transactionMethods ?? []));

/**
 * What `f` hands the callbacks it takes: it calls a parameter with a client (`fn(db)`, or a method
 * of an object parameter: `input.handleSync(db)`), or passes the parameter to a client's transaction
 * method (`db.transaction(fn)`, also from a nested arrow: `withRetry(() => db.transaction(fn))`).
 * One answer per callback; a transaction wins over the plain client when both occur.
 */
export function handedClients(f: FunctionInfo, calls: readonly CallSite[], resolve: Resolve): HandedClient[] {
  const params = new Map<string, number>();
  (f.node.params as Node[]).forEach((p, i) => {
    if (p.type === 'Identifier') params.set(p.name, i);
  });
  if (!params.size) return [];
  // The parameter itself, not a variable of a nested function that shadows it.
  const paramAt = (n: Node, site: CallSite): number | undefined => {
    const id = unwrapExpression(n);
    if (id.type !== 'Identifier' || !params.has(id.name)) return undefined;
    const b = site.scope.lookup(id.name);
    return b?.kind === 'parameter' && b.owner === f ? params.get(id.name) : undefined;
  };
  const found = new Map<string, HandedClient>();
  const add = (h: HandedClient) => {
    const key = `${h.param}.${h.member ?? ''}`;
    if (!found.get(key)?.tx) found.set(key, h);
  };
  for (const site of calls) {
    const callee = unwrapExpression(site.node.callee);
    const args = site.node.arguments as Node[];
    const member = callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
    const called = callee.type === 'MemberExpression' ? (member ? paramAt(callee.object as Node, site) : undefined) : paramAt(callee, site);
    if (called !== undefined) {
      for (let i = 0; i < args.length; i++) {
        const o = resolve(args[i], site.scope);
        if (o?.kind !== 'client') continue;
        add({ param: called, ...(member && { member }), arg: i, table: o.table, tx: !!o.tx });
        break;
      }
    }
    if (callee.type !== 'MemberExpression' || !member || !TRANSACTION_METHODS.has(member)) continue;
    const passed = args.findIndex((a) => paramAt(a, site) !== undefined);
    if (passed < 0) continue;
    const o = resolve(callee.object as Node, site.scope);
    if (o?.kind === 'client' && tableSets(o.table).transaction.has(member)) add({ param: paramAt(args[passed], site)!, arg: 0, table: o.table, tx: true });
  }
  return [...found.values()];
}
