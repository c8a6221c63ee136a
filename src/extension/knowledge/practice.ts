// Choosing an interview question to practise: prefer questions about the
// patterns this workspace actually has, so practice starts from the user's
// own code; fall back to the whole set when there are none.
import type { CatalogQuestion } from '../../knowledge/schema.js';
import { bareRuleId, type CatalogIndex } from './catalog.js';

export interface PracticePick {
  question: CatalogQuestion;
  /** Rule ids from the workspace findings that this question is about (empty when picked from all questions). */
  matchedRuleIds: string[];
}

export interface PracticeOptions {
  /** Question ids shown recently; avoided while other candidates remain. */
  recent?: readonly string[];
  /** Returns a number in [0, 1); injectable for tests. */
  random?: () => number;
}

/** Questions linked to any of the rules, either from the question's `patterns` or from the rule explainer's `questions`. */
export function questionsForRules(index: CatalogIndex, ruleIds: readonly string[]): CatalogQuestion[] {
  const wanted = new Set(ruleIds.map(bareRuleId));
  const ids = new Set<string>();
  for (const q of index.catalog.questions) if (q.patterns.some((p) => wanted.has(p))) ids.add(q.id);
  for (const id of wanted) for (const q of index.rules.get(id)?.questions ?? []) ids.add(q);
  return index.catalog.questions.filter((q) => ids.has(q.id));
}

export function pickPracticeQuestion(
  index: CatalogIndex,
  foundRuleIds: readonly string[],
  options: PracticeOptions = {},
): PracticePick | undefined {
  const random = options.random ?? Math.random;
  const recent = new Set(options.recent ?? []);
  const related = questionsForRules(index, foundRuleIds);
  const pool = related.length > 0 ? related : index.catalog.questions;
  if (pool.length === 0) return undefined;
  const fresh = pool.filter((q) => !recent.has(q.id));
  const candidates = fresh.length > 0 ? fresh : pool;
  const question = candidates[Math.min(candidates.length - 1, Math.floor(random() * candidates.length))]!;
  const found = new Set(foundRuleIds.map(bareRuleId));
  const matchedRuleIds =
    related.length > 0
      ? [...found].filter((r) => question.patterns.includes(r) || index.rules.get(r)?.questions.includes(question.id)).sort()
      : [];
  return { question, matchedRuleIds };
}
