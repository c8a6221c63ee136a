import Tag from './Tag';
import { Counters } from '../../lib/Counters';

export async function loadTags(tagIds: number[]) {
  return Promise.all(tagIds.map((id) => Tag.query().findById(id))); // expect: perf-coach/no-n-plus-one
}

export function countTags(tagIds: number[]) {
  for (const id of tagIds) {
    Counters.remember(String(id), 1); // ok: a mixin over a class that keeps a map in memory
  }
}
