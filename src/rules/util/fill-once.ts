import { rangeOf, unwrapExpression, type Node } from '../../analysis/ast';
import type { FunctionInfo } from '../../analysis/model';

/** `store = …`, `store ??= …`, `store ||= …` somewhere in `text` (not `store == …`). */
export function assigns(text: string, store: string): boolean {
  return new RegExp(`(^|[^\\w$.])${store.replace(/[.$]/g, '\\$&')}\\s*(=|\\?\\?=|\\|\\|=)[^=]`).test(text);
}

/**
 * `if (db) return;` (or `if (this.client) { …; return this.client; }`) before the call, on a store the
 * function fills after it (`db = client.db()`, also inside a callback it defines): the call runs on
 * the first pass only. `outlives` says whether the store survives the call (a module variable, `this.x`).
 */
export function returnsOnceFilled(owner: FunctionInfo, callNode: Node, text: (n: Node) => string, fileText: string, outlives: (store: Node) => boolean): boolean {
  const body = owner.node.body;
  if (body.type !== 'BlockStatement') return false;
  const [callStart] = rangeOf(callNode);
  for (const s of body.body) {
    if (rangeOf(s)[0] >= callStart) break;
    if (s.type !== 'IfStatement' || s.alternate) continue;
    const store = unwrapExpression(s.test as Node);
    if (store.type !== 'Identifier' && store.type !== 'MemberExpression') continue;
    const exits = s.consequent.type === 'BlockStatement' ? s.consequent.body.at(-1) : s.consequent;
    if (exits?.type !== 'ReturnStatement' || !outlives(store)) continue;
    if (assigns(fileText.slice(callStart, rangeOf(body)[1]), text(store))) return true;
  }
  return false;
}
