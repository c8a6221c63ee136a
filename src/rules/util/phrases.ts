import type { Repetition, RequestPathReason } from '../../analysis/model';
import type { Reach } from '../../analysis/project-view';

/** "item of `orders` (loop at line 12)", "`User` the parent query returns (GraphQL field resolver, line 30)". */
export function repetitionPhrase(rep: Repetition): string {
  const what = rep.collection ? `\`${shorten(rep.collection)}\`` : 'the collection';
  switch (rep.kind) {
    case 'callback':
      // A stream's per-item step: `stream.on('data', …)`, `new Transform({ transform() {…} })`.
      if (rep.stream) return `item ${what} streams through (\`${rep.method}\` at line ${rep.line})`;
      return `item of ${what} (\`${rep.viaFunction ? '' : '.'}${rep.method ?? 'map'}\` at line ${rep.line})`;
    case 'graphql-field':
      return `\`${rep.collection}\` the parent query returns (GraphQL field resolver, line ${rep.line})`;
    case 'recursion':
      // A loop written as a function that calls itself for the next item.
      if (rep.stepped) return `item of ${what} (\`${rep.stepped}\` calls itself for the next one, line ${rep.line})`;
      return `child of ${what} (recursive call at line ${rep.line})`;
    case 'for-await':
      return `item of ${what} (\`for await\` at line ${rep.line})`;
    default:
      return `item of ${what} (loop at line ${rep.line})`;
  }
}

export function requestPathPhrase(reason: RequestPathReason): string {
  return `on a request path (${reason.label}, line ${reason.line})`;
}

/** A request path found in another module: "on a request path (Express route `GET /x`, src/routes/x.ts:12, via `load` → `get`)". */
export function reachPhrase(reach: Extract<Reach, { kind: 'hot' }>): string {
  const via = reach.via.length ? `, via ${reach.via.map((v) => `\`${v}\``).join(' → ')}` : '';
  return `on a request path (${reach.entry}, ${reach.file}:${reach.line}${via})`;
}

export function shorten(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
