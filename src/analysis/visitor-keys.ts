import type { Node } from './ast';

export type KeysOf = (node: Node) => readonly string[];

const SKIP = new Set(['parent', 'loc', 'range', 'type', 'start', 'end', 'tokens', 'comments']);

/**
 * Child keys per node type. Hosts give us their visitor keys (ESLint and oxlint expose
 * `sourceCode.visitorKeys`); without them we read the node's own keys, which is slower but
 * works for any ESTree producer.
 */
export function makeKeysOf(visitorKeys: Readonly<Record<string, readonly string[] | undefined>> | undefined): KeysOf {
  const fallback = (node: Node): readonly string[] => {
    const keys: string[] = [];
    for (const k in node) {
      if (SKIP.has(k)) continue;
      const v = (node as unknown as Record<string, unknown>)[k];
      if (v && typeof v === 'object') keys.push(k);
    }
    return keys;
  };
  if (!visitorKeys) return fallback;
  return (node) => visitorKeys[node.type] ?? fallback(node);
}
