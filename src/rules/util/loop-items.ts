import { patternBindings } from '../../analysis/ast';
import { itemPattern } from '../../analysis/loop-shape';
import type { CallSite, Repetition } from '../../analysis/model';

/** Names bound per item: `for (const { id, name } of rows)`, `rows.map(({ id }) => …)`. Empty for other repetitions. */
export function repetitionItemNames(rep: Repetition): Set<string> {
  const pattern = itemPattern(rep);
  return new Set(pattern ? patternBindings(pattern).map((b) => b.id.name) : []);
}

/** The innermost loop over a collection around a call; `for (const k of ['ca', 'key', 'cert'])` is a fixed list, not one. */
export function perItemLoop(site: CallSite): Repetition | undefined {
  for (let i = site.repetitions.length - 1; i >= 0; i--) if (!site.repetitions[i].fixedSize) return site.repetitions[i];
  return undefined;
}
