import { describe, expect, it } from 'vitest';
import { pickPracticeQuestion, questionsForRules } from '../../src/extension/knowledge/practice.js';
import { repoCatalog } from './fixtures.js';

const index = repoCatalog();
const first = () => 0;
const last = () => 0.999999;

describe('questionsForRules', () => {
  it('includes questions linked from either side', () => {
    const ids = questionsForRules(index, ['no-n-plus-one']).map((q) => q.id);
    for (const q of index.rules.get('no-n-plus-one')!.questions) expect(ids).toContain(q);
    for (const q of index.catalog.questions.filter((q) => q.patterns.includes('no-n-plus-one'))) expect(ids).toContain(q.id);
  });

  it('accepts prefixed rule ids', () => {
    expect(questionsForRules(index, ['perf-coach/no-blocking-io'])).toEqual(questionsForRules(index, ['no-blocking-io']));
  });
});

describe('pickPracticeQuestion', () => {
  it('picks a question about a pattern found in the workspace, and says which', () => {
    for (const random of [first, last, () => 0.5]) {
      const pick = pickPracticeQuestion(index, ['perf-coach/no-sequential-await'], { random })!;
      expect(questionsForRules(index, ['no-sequential-await'])).toContain(pick.question);
      expect(pick.matchedRuleIds).toEqual(['no-sequential-await']);
    }
  });

  it('falls back to the whole set when nothing was found', () => {
    const pick = pickPracticeQuestion(index, [], { random: last })!;
    expect(pick.question).toBe(index.catalog.questions.at(-1));
    expect(pick.matchedRuleIds).toEqual([]);
  });

  it('avoids recently shown questions while others remain', () => {
    const related = questionsForRules(index, ['no-n-plus-one']).map((q) => q.id);
    const recent = related.slice(0, -1);
    const pick = pickPracticeQuestion(index, ['no-n-plus-one'], { recent, random: first })!;
    expect(pick.question.id).toBe(related.at(-1));
    // All seen: repeat rather than show nothing.
    expect(pickPracticeQuestion(index, ['no-n-plus-one'], { recent: related, random: first })!.question.id).toBe(related[0]);
  });
});
